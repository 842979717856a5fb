/**
 * The sequencing advisor on the command line (Node only).
 *
 *   npm run --silent advise -- [--now ISO] < contact.json        one {contact, settings} → the advice
 *   npm run --silent advise -- --jsonl [--now ISO] < many.jsonl  lines {id, now?, contact, settings?}
 *                                                                → one {id, ...advice} per line
 *
 * `contact` is either the advisor's own shape (name, degree, request, messages…) or a tracked record
 * exactly as the extension stores and exports it (dashboard → Export JSON: one of `contacts`). A
 * tracked record goes through the same function as the extension's surfaces (lib/tracker/next-step.ts),
 * with `facts` (what a page showed, lib/linkedin/facts-types.ts) merged in when given, so the answer
 * is the UI's: the same action, due date, reason, and `tracked`, `timeZone`, `dueDay`, `callName`.
 * `settings` is the advisor's (timeZone, workingDays, staleAfterDays…) or the extension's settings.
 *
 * --now defaults to the current time (a line's own `now` wins); a time without an offset is read in
 * the settings' time zone. Bad input: a message naming the field (and the line) on stderr, exit 2;
 * in --jsonl mode the other lines are still answered.
 */

import type { PersonFacts } from '../lib/linkedin/facts-types.ts';
import {
  type Advice,
  AdviceInputError,
  advise,
  isIsoDate,
  parseAdviceInput,
  toInstant,
} from '../lib/sequencing/index.ts';
import { type NextStep, nextStep } from '../lib/tracker/next-step.ts';
import { repairContact } from '../lib/tracker/repair-contact.ts';
import { DEFAULT_SETTINGS, repairSettings, type Settings } from '../lib/tracker/settings.ts';
import {
  EXIT_BAD_INPUT,
  InputError,
  parseArgs,
  parseJsonl,
  readInput,
  runCli,
  useEnvLanguage,
} from './io.ts';

const USAGE = 'Usage: advise [--now ISO] [--jsonl] [--file PATH]  (reads standard input without --file)';

/** now: the record's own, else --now, else the clock; read in the user's zone when it has no offset. */
function resolveNow(own: unknown, flag: string | undefined, timeZone: string | undefined): Date {
  const value = own ?? flag;
  if (value === undefined) return new Date();
  if (typeof value !== 'string' || !isIsoDate(value)) throw new InputError('now: expected an ISO date');
  return toInstant(value, timeZone ?? 'UTC');
}

/** A tracked record as the extension stores it (a profile URL and a creation date), not the advisor's shape. */
function isTracked(contact: unknown): boolean {
  return (
    contact !== null &&
    typeof contact === 'object' &&
    typeof (contact as Record<string, unknown>).profileUrl === 'string' &&
    (contact as Record<string, unknown>).createdAt !== undefined
  );
}

/** The extension's settings from either shape (unknown keys are ignored; bad values named). */
function trackerSettings(raw: unknown): Settings {
  if (raw === undefined) return { ...DEFAULT_SETTINGS, timeZone: 'UTC' };
  const { settings } = parseAdviceInput({ contact: { name: 'x', degree: null }, settings: pickAdvice(raw) });
  const r = repairSettings({ ...DEFAULT_SETTINGS, ...(raw as object), ...settings });
  return { ...r.value, timeZone: r.value.timeZone ?? settings.timeZone ?? 'UTC' };
}

/** The advisor's settings fields of a settings object (the extension's has more). */
function pickAdvice(raw: unknown): unknown {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return raw;
  const keys = [
    'inmailCredits',
    'staleAfterDays',
    'accountType',
    'workingDays',
    'timeZone',
    'followUpBusinessDays',
    'historyAfterDays',
    'holidays',
  ];
  const out: Record<string, unknown> = {};
  for (const k of keys) {
    const v = (raw as Record<string, unknown>)[k];
    if (v !== undefined && v !== null) out[k] = v;
  }
  return out;
}

/** A tracked record through the extension's one advisor. */
function adviseTracked(
  record: Record<string, unknown>,
  nowFlag: string | undefined,
  ownNow?: unknown,
): NextStep {
  const repaired = repairContact(record.contact);
  if (!repaired.ok) throw new InputError(`contact: ${repaired.reason}`);
  if (repaired.repaired.length) throw new InputError(`contact: invalid ${repaired.repaired.join(', ')}`);
  const settings = trackerSettings(record.settings);
  const now = resolveNow(ownNow, nowFlag, settings.timeZone ?? 'UTC');
  const facts = record.facts === undefined ? null : (record.facts as PersonFacts);
  return nextStep({ record: repaired.contact, facts }, now, settings, 'UTC');
}

/** One record → advice; every input problem comes out as an InputError naming the field. */
function adviseRecord(record: unknown, nowFlag: string | undefined, ownNow?: unknown): Advice {
  try {
    if (
      record !== null &&
      typeof record === 'object' &&
      isTracked((record as Record<string, unknown>).contact)
    )
      return adviseTracked(record as Record<string, unknown>, nowFlag, ownNow);
    const { contact, settings } = parseAdviceInput(record);
    return advise(contact, resolveNow(ownNow, nowFlag, settings.timeZone), settings);
  } catch (err) {
    if (err instanceof AdviceInputError) throw new InputError(err.message);
    throw err;
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new InputError(`Input is not valid JSON (${(err as Error).message}).`);
  }
}

function single(text: string, nowFlag: string | undefined): number {
  const advice = adviseRecord(parseJson(text), nowFlag);
  process.stdout.write(`${JSON.stringify(advice, null, 2)}\n`);
  return 0;
}

function idOf(value: unknown): string | number {
  const id = (value as { id?: unknown }).id;
  if (typeof id === 'string' || typeof id === 'number') return id;
  throw new InputError(id === undefined ? 'id: missing' : 'id: expected a string or a number');
}

function jsonl(text: string, nowFlag: string | undefined): number {
  let bad = 0;
  const report = (line: number, message: string) => {
    bad++;
    process.stderr.write(`line ${line}: ${message}\n`);
  };
  for (const { line, value } of parseJsonl(text, report)) {
    try {
      if (value === null || typeof value !== 'object' || Array.isArray(value))
        throw new InputError('expected an object {id, now, contact, settings}');
      const id = idOf(value);
      const { contact, settings, now, facts } = value as Record<string, unknown>;
      const advice = adviseRecord({ contact, settings, facts }, nowFlag, now);
      process.stdout.write(`${JSON.stringify({ id, ...advice })}\n`);
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      report(line, err.message);
    }
  }
  return bad > 0 ? EXIT_BAD_INPUT : 0;
}

function main(): number {
  const args = parseArgs(process.argv.slice(2), {
    now: 'string',
    jsonl: 'boolean',
    file: 'string',
    help: 'boolean',
  });
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const nowFlag = args.now as string | undefined;
  // Check --now once up front so a typo fails before any work.
  if (nowFlag !== undefined && !isIsoDate(nowFlag)) throw new InputError('--now: expected an ISO date');
  const text = readInput(args.file as string | undefined);
  return args.jsonl ? jsonl(text, nowFlag) : single(text, nowFlag);
}

runCli(() => {
  // The advice's reasons and evidence follow LANG (scripts/io.ts); the JSON's keys and ids do not.
  useEnvLanguage();
  return main();
});
