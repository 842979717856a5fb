/** Zip files for tests (a Firefox .xpi, the store zips): JSZip, the library WXT itself zips with. */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import JSZip from 'jszip';

/** Every file under `dir`, as forward-slash paths relative to it. */
export function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** Zips a folder's contents (paths relative to it) into `file`. */
export async function zipFolder(dir: string, file: string): Promise<void> {
  const zip = new JSZip();
  for (const path of filesUnder(dir)) zip.file(path, readFileSync(join(dir, path)));
  writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

/** The files in a zip (directories left out), by path. */
export async function readZip(file: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const out = new Map<string, Buffer>();
  for (const entry of Object.values(zip.files)) {
    if (!entry.dir) out.set(entry.name, await entry.async('nodebuffer'));
  }
  return out;
}

/** Unzips into `dir`. */
export async function unzipTo(file: string, dir: string): Promise<void> {
  for (const [path, data] of await readZip(file)) {
    const target = join(dir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, data);
  }
}
