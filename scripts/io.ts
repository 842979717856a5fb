/**
 * Shared plumbing for the command-line tools (Node only; never imported by the extension).
 * Exit codes: 0 ok, 2 bad input (the message names the line or field), 1 unexpected failure.
 */
import { readFileSync } from 'node:fs';
import { flatSource } from '../lib/i18n/catalogue.ts';
import { matchUiLanguage, type UiLanguage } from '../lib/i18n/languages.ts';
import { setMessageSource } from '../lib/i18n/t.ts';

export const EXIT_BAD_INPUT = 2;

/**
 * The language of the tools' output, as a command-line user expects from gettext programs: the
 * locale of LC_ALL, else LC_MESSAGES, else LANG ("de_DE.UTF-8" → German); "C" and "POSIX" mean
 * English; LANGUAGE ("fr:de", a list of preferences) wins over them unless the locale is C. A
 * language we do not ship falls through to the next choice, and in the end to English.
 */
export function languageFromEnv(env: NodeJS.ProcessEnv = process.env): UiLanguage {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  if (locale === 'C' || locale === 'POSIX') return 'en';
  const choices = [...(env.LANGUAGE ?? '').split(':'), locale];
  for (const choice of choices) {
    const lang = matchUiLanguage(choice);
    if (lang) return lang;
  }
  return 'en';
}

/** Makes t() speak the environment's language (the translation over the built-in English). */
export function useEnvLanguage(env: NodeJS.ProcessEnv = process.env): UiLanguage {
  const lang = languageFromEnv(env);
  if (lang === 'en') {
    setMessageSource(null);
    return lang;
  }
  const file = new URL(`../lib/i18n/locales/${lang}.json`, import.meta.url);
  setMessageSource(flatSource(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>));
  return lang;
}

export class InputError extends Error {}

/** Minimal flag parser: --name value, --flag (boolean). Unknown flags are an InputError. */
export function parseArgs(
  argv: readonly string[],
  spec: Record<string, 'string' | 'boolean'>,
): Record<string, string | boolean | undefined> {
  const out: Record<string, string | boolean | undefined> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') continue;
    if (!arg.startsWith('--')) throw new InputError(`Unexpected argument "${arg}".`);
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    const kind = spec[name];
    if (!kind)
      throw new InputError(
        `Unknown option --${name}. Known: ${Object.keys(spec)
          .map((k) => `--${k}`)
          .join(', ')}.`,
      );
    if (kind === 'boolean') {
      out[name] = true;
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined || value.startsWith('--'))
      throw new InputError(`Option --${name} needs a value.`);
    out[name] = value;
  }
  return out;
}

/** The text of --file F, or all of standard input. */
export function readInput(file: string | undefined): string {
  try {
    return readFileSync(file ?? 0, 'utf8');
  } catch (err) {
    throw new InputError(`Cannot read ${file ? `"${file}"` : 'standard input'}: ${(err as Error).message}`);
  }
}

/** The bytes of file F, or all of standard input (for readers that find the encoding themselves). */
export function readBytes(file: string | undefined): Uint8Array {
  try {
    return new Uint8Array(readFileSync(file ?? 0));
  } catch (err) {
    throw new InputError(`Cannot read ${file ? `"${file}"` : 'standard input'}: ${(err as Error).message}`);
  }
}

export interface JsonlLine {
  /** 1-based line number in the input. */
  line: number;
  value: unknown;
}

/**
 * Parses JSON Lines, skipping blank lines. A malformed line does not stop the others: it is
 * reported through onError with its line number and the rest are still returned.
 */
export function parseJsonl(text: string, onError: (line: number, message: string) => void): JsonlLine[] {
  const out: JsonlLine[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    if (raw.trim() === '') return;
    try {
      out.push({ line: index + 1, value: JSON.parse(raw) });
    } catch (err) {
      onError(index + 1, `not valid JSON (${(err as Error).message})`);
    }
  });
  return out;
}

/** Runs a CLI main (sync or async); InputError → message on stderr and exit 2, anything else → exit 1. */
export function runCli(main: () => number | undefined | Promise<number | undefined>): void {
  const failed = (err: unknown) => {
    if (err instanceof InputError) {
      process.stderr.write(`${err.message}\n`);
      process.exitCode = EXIT_BAD_INPUT;
      return;
    }
    process.stderr.write(`Unexpected failure: ${(err as Error).stack ?? String(err)}\n`);
    process.exitCode = 1;
  };
  try {
    const result = main();
    if (result instanceof Promise)
      result.then((code) => {
        process.exitCode = code ?? 0;
      }, failed);
    else process.exitCode = result ?? 0;
  } catch (err) {
    failed(err);
  }
}
