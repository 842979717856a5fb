/** The machine the figures come from, for the report. */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { findChromium } from '../browser/chromium';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGb: number;
  os: string;
  chromium: string;
  node: string;
  /** 1-minute load average when the run started (other work on the machine skews timings). */
  loadAverageAtStart: number;
  loadAverageAtEnd?: number;
}

function osName(): string {
  const release = existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : '';
  const pretty = /^PRETTY_NAME="?([^"\n]+)"?/m.exec(release)?.[1];
  return `${pretty ?? os.type()} (${os.type()} ${os.release()}, ${os.arch()})`;
}

function chromiumVersion(): string {
  try {
    return execFileSync(findChromium(), ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return 'unknown';
  }
}

export function machine(): Machine {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    os: osName(),
    chromium: chromiumVersion(),
    node: process.version,
    loadAverageAtStart: Number((os.loadavg()[0] ?? 0).toFixed(2)),
  };
}
