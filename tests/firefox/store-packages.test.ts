/**
 * Ready for both stores: `npm run zip` gives the Chrome Web Store zip, the AMO zip and its sources
 * zip; building from a fresh copy of the sources zip with the README's own commands gives the
 * Firefox package file for file; the manifests' version is package.json's; addons-linter (what AMO
 * runs) finds no error in the AMO zip.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filesUnder, readZip, unzipTo } from '../zip';

const ROOT = join(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
const zipPath = (kind: 'chrome' | 'firefox' | 'sources') =>
  join(ROOT, '.output', `${pkg.name}-${pkg.version}-${kind}.zip`);

/** A shell as a reviewer has it: none of Vitest's NODE_ENV=test. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.NODE_ENV;
  delete env.VITEST;
  return env;
}

/** The commands in the README's "build from source" block, in order. */
function readmeBuildCommands(readme: string): string[] {
  const block = /<!-- amo-build:start -->\s*```sh\n([\s\S]*?)```\s*<!-- amo-build:end -->/.exec(readme);
  if (!block) throw new Error('README.md has no amo-build block');
  return (block[1] as string)
    .split('\n')
    .map((l) => l.replace(/\s+#.*$/, '').trim())
    .filter(Boolean);
}

let work: string;
beforeAll(() => {
  const zip = spawnSync('npm', ['run', 'zip'], { cwd: ROOT, env: cleanEnv(), encoding: 'utf8' });
  if (zip.status !== 0) throw new Error(`npm run zip failed:\n${zip.stdout}\n${zip.stderr}`);
  work = mkdtempSync(join(tmpdir(), 'cc-sources-'));
}, 120_000);
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('npm run zip', () => {
  it('gives the Chrome zip, the AMO zip and its sources zip, named by package.json’s version', async () => {
    for (const kind of ['chrome', 'firefox', 'sources'] as const)
      expect(existsSync(zipPath(kind)), kind).toBe(true);
    for (const kind of ['chrome', 'firefox'] as const) {
      const files = await readZip(zipPath(kind));
      const manifest = JSON.parse((files.get('manifest.json') as Buffer).toString('utf8'));
      expect(manifest.version, kind).toBe(pkg.version);
      expect(manifest.manifest_version, kind).toBe(3);
      expect(files.has('onboarding.html'), kind).toBe(true);
      expect(files.has('privacy.html'), kind).toBe(true);
    }
    const sources = await readZip(zipPath('sources'));
    for (const needed of ['package.json', 'package-lock.json', 'README.md', 'wxt.config.ts', 'tsconfig.json'])
      expect(sources.has(needed), needed).toBe(true);
    expect(
      [...sources.keys()].filter((p) => p.startsWith('node_modules/') || p.startsWith('.output/')),
    ).toEqual([]);
  });

  it('addons-linter finds no error in the AMO zip', () => {
    const lint = spawnSync(
      join(ROOT, 'node_modules/.bin/addons-linter'),
      ['--output', 'json', zipPath('firefox')],
      {
        encoding: 'utf8',
      },
    );
    const report = JSON.parse(lint.stdout) as { summary: { errors: number }; errors: { code: string }[] };
    expect(report.errors.map((e) => e.code)).toEqual([]);
    expect(report.summary.errors).toBe(0);
  });
});

describe('the sources zip, built with the README’s commands', () => {
  it('reproduces the AMO zip file for file', async () => {
    await unzipTo(zipPath('sources'), work);
    const commands = readmeBuildCommands(readFileSync(join(work, 'README.md'), 'utf8'));
    expect(commands).toEqual(['npm ci', 'npm run build:firefox']);
    for (const command of commands) {
      const run = spawnSync(command, {
        cwd: work,
        shell: true,
        env: { ...cleanEnv(), npm_config_audit: 'false', npm_config_fund: 'false' },
        encoding: 'utf8',
      });
      expect(run.status, `${command}\n${run.stdout}\n${run.stderr}`).toBe(0);
    }
    const built = join(work, '.output/firefox-mv3');
    const amo = await readZip(zipPath('firefox'));
    expect(filesUnder(built)).toEqual([...amo.keys()].sort());
    const differ = filesUnder(built).filter(
      (p) => !readFileSync(join(built, p)).equals(amo.get(p) as Buffer),
    );
    expect(differ).toEqual([]);
  }, 600_000);
});
