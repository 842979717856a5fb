/**
 * One data row → one tracked contact, or the questions that stand in the way, each with the options
 * that would answer it. The status cell is checked against the dates and ticks of the same row; a fact
 * the sheet gives without its date ("Replied: yes") is kept as the status (schema.ts deriveStatus).
 */
import {
  type Channel,
  CONTACT_VERSION,
  deriveStatus,
  type Status,
  type TrackedContact,
} from '../tracker/schema';
import { normaliseProfileUrl } from '../tracker/url';
import { unescapeCell } from './cells';
import type { DateCell, DateOrder } from './dates';
import { CANONICAL, type DateField, type SheetField, type ValueKind } from './fields';
import type { ColumnMapping, SheetMemory } from './mapping';
import { lookupValue } from './values';

export type IssueProblem =
  | 'unknown-value'
  | 'bad-date'
  | 'order-conflict'
  | 'bad-url'
  | 'no-name'
  | 'status-vs-dates'
  | 'needs-sent-date'
  | 'extra-cells'
  | 'invalid';

/**
 * Option ids: a canonical value (the cell means that), 'empty' (leave it empty), 'skip' (leave the row
 * out), 'dates' (ignore the status, follow the dates), 'no-request' (import the person without a
 * request), 'name-from-url' (name them from their profile URL), 'as-is' (read the row as it is).
 * Every issue offers 'skip'.
 */
export interface RowIssue {
  row: number;
  field: SheetField | 'row';
  value: string;
  problem: IssueProblem;
  /** English, naming what is wrong (the command line prints it after "row N, field: "). */
  message: string;
  options: string[];
  /** The option the user took, when one is taken. */
  choice?: string;
  /** status-vs-dates: what the dates say; order-conflict: the column's order; no-name: the name from the URL. */
  detail?: string;
}

export interface RowContext {
  cell: (index: number) => string;
  byField: ReadonlyMap<SheetField, ColumnMapping[]>;
  classify: (raw: string) => DateCell;
  readNumeric: (raw: string, order: DateOrder) => string | null;
  orderOf: ReadonlyMap<number, DateOrder | null>;
  memory: SheetMemory;
  values: Partial<Record<ValueKind, Record<string, string>>> | undefined;
  now: Date;
  width: number;
  delimiter: string;
}

export interface RowResult {
  issues: RowIssue[];
  contact: TrackedContact | null;
  skipped: boolean;
}

/** What a step's columns say for one row (a date column and a yes/no column may both hold it). */
interface Step {
  date?: string;
  yes?: boolean;
  no?: boolean;
  /** A cell of this step is in question (its own issue says so). */
  unread?: boolean;
}

const STATUS_WORDS: Record<string, string> = { 'no-response': 'no response' };
const oneOf = (kind: ValueKind) => CANONICAL[kind].map((c) => STATUS_WORDS[c] ?? c).join(', ');

/** Name from a profile URL's slug: "ana-silva-4b2a1" → "Ana Silva". */
function nameFromUrl(id: string): string {
  let slug = id.replace(/^.*\/in\//, '');
  try {
    slug = decodeURIComponent(slug);
  } catch {}
  return slug
    .replace(/-[0-9a-f]{5,}$/i, '')
    .split(/[-_]+/)
    .filter((w) => w && !/^\d+$/.test(w))
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

export function readRow(
  row: number,
  cells: readonly string[],
  ctx: RowContext,
  choices: Readonly<Record<string, string>>,
): RowResult {
  const issues: RowIssue[] = [];
  let open = false;
  /** Records an issue; returns the option taken, or undefined while it is open. */
  const issue = (i: Omit<RowIssue, 'row' | 'choice'>): string | undefined => {
    const choice = choices[i.field];
    const taken = choice !== undefined && i.options.includes(choice) ? choice : undefined;
    issues.push({ ...i, row, ...(taken ? { choice: taken } : {}) });
    if (!taken) open = true;
    return taken;
  };
  const text = (f: SheetField): string => {
    const c = ctx.byField.get(f)?.[0];
    if (!c) return '';
    const raw = ctx.cell(c.index);
    if (f !== 'note') return unescapeCell(raw.trim()).trim();
    // A note keeps its inner spacing and line breaks; a blank one is no note.
    const note = unescapeCell(raw);
    return note.trim() ? note : '';
  };

  if (ctx.width > 0 && cells.slice(ctx.width).some((x) => x.trim()))
    issue({
      field: 'row',
      value: '',
      problem: 'extra-cells',
      message: `has ${cells.length} cells where the header has ${ctx.width}: a cell may hold an unquoted ${JSON.stringify(ctx.delimiter || ',')}`,
      options: ['as-is', 'skip'],
    });

  /** A value through its alias table; an unknown one is an issue. */
  const enumValue = (f: 'channel' | 'status' | 'last_message_by'): string => {
    const raw = text(f);
    if (!raw) return '';
    const v = lookupValue(f, raw, ctx.memory, ctx.values);
    if (v !== undefined) return v;
    const taken = issue({
      field: f,
      value: raw,
      problem: 'unknown-value',
      message: `${JSON.stringify(raw)} is not one of ${oneOf(f)}`,
      options: [...CANONICAL[f], 'empty', 'skip'],
    });
    return taken && taken !== 'empty' && taken !== 'skip' ? taken : '';
  };

  /** A step's date and yes/no, from every column that holds it. */
  const step = (f: DateField): Step => {
    const s: Step = {};
    for (const c of ctx.byField.get(f) ?? []) {
      const raw = ctx.cell(c.index).trim();
      if (!raw) continue;
      const k = ctx.classify(raw);
      if (k.kind === 'date') {
        s.date ??= k.iso;
        continue;
      }
      if (k.kind === 'numeric') {
        const order = ctx.orderOf.get(c.index) ?? null;
        if (!order) {
          s.unread = true; // the file-wide day/month question covers it
          continue;
        }
        const iso = ctx.readNumeric(raw, order);
        if (iso) s.date ??= iso;
        else
          s.unread = !issue({
            field: f,
            value: raw,
            problem: 'order-conflict',
            message: `${JSON.stringify(raw)} cannot be ${order === 'dmy' ? 'day/month/year' : 'month/day/year'}, the order of the other dates in ${JSON.stringify(c.header)}`,
            options: ['empty', 'skip'],
            detail: order,
          });
        continue;
      }
      if (k.kind === 'none' && !/\d/.test(raw)) {
        let v = lookupValue('flag', raw, ctx.memory, ctx.values);
        if (v === undefined) {
          const taken = issue({
            field: f,
            value: raw,
            problem: 'unknown-value',
            message: `${JSON.stringify(raw)} is not a date, nor a yes or no`,
            options: ['yes', 'no', 'empty', 'skip'],
          });
          if (!taken) s.unread = true;
          v = taken;
        }
        if (v === 'yes') s.yes = true;
        else if (v === 'no') s.no = true;
        continue;
      }
      s.unread = !issue({
        field: f,
        value: raw,
        problem: 'bad-date',
        message: `${JSON.stringify(raw)} is not a date we can read`,
        options: ['empty', 'skip'],
      });
    }
    // "Sent: no" beside a date: planned, not sent. A no wins over a date for the same step.
    return s.no ? { no: true, ...(s.unread ? { unread: true } : {}) } : s;
  };

  const url = text('profile_url');
  const id = url ? normaliseProfileUrl(url) : null;
  if (!id)
    issue({
      field: 'profile_url',
      value: url,
      problem: 'bad-url',
      message: url ? `${JSON.stringify(url)} is not a LinkedIn profile URL` : 'is empty',
      options: ['skip'],
    });
  let name = text('name') || [text('first_name'), text('last_name')].filter(Boolean).join(' ');
  if (!name) {
    const fromUrl = id ? nameFromUrl(id) : '';
    const taken = issue({
      field: ctx.byField.has('name') || !ctx.byField.has('first_name') ? 'name' : 'first_name',
      value: '',
      problem: 'no-name',
      message: 'is empty',
      options: fromUrl ? ['name-from-url', 'skip'] : ['skip'],
      ...(fromUrl ? { detail: fromUrl } : {}),
    });
    if (taken === 'name-from-url') name = fromUrl;
  }

  const channel = enumValue('channel');
  const stated = enumValue('status');
  const lastBy = enumValue('last_message_by');
  const sent = step('sent_at');
  const accepted = step('accepted_at');
  const first = step('first_message_at');
  const replied = step('replied_at');
  const withdrawn = step('withdrawn_at');
  const note = text('note');

  // A request needs the date it was sent.
  let noRequest = false;
  const why = withdrawn.date
    ? 'withdrawn_at is given'
    : note
      ? 'a note is given'
      : stated === 'pending' || stated === 'withdrawn'
        ? `status is ${stated}`
        : withdrawn.yes
          ? 'the request is marked withdrawn'
          : sent.yes
            ? 'the request is marked sent'
            : '';
  if (!sent.date && !sent.unread && why) {
    const taken = issue({
      field: 'sent_at',
      value: '',
      problem: 'needs-sent-date',
      message: `is needed when ${why}`,
      options: ['no-request', 'skip'],
    });
    noRequest = taken === 'no-request';
  }

  // The status cell checked against the row's dates and ticks.
  const hasRequest = !!sent.date && !noRequest;
  const acceptedKnown = !!accepted.date || !!accepted.yes;
  const repliedKnown = !!replied.date || !!replied.yes;
  const withdrawnKnown = hasRequest && (!!withdrawn.date || !!withdrawn.yes);
  let status = stated;
  const contradicts =
    (stated === 'pending' && (acceptedKnown || repliedKnown || withdrawnKnown)) ||
    (stated === 'accepted' && (!!replied.date || withdrawnKnown || !!accepted.no)) ||
    (stated === 'replied' && ((withdrawnKnown && !acceptedKnown) || !!replied.no)) ||
    (stated === 'withdrawn' && (acceptedKnown || repliedKnown)) ||
    (stated === 'no-response' && repliedKnown);
  if (contradicts) {
    const says = repliedKnown
      ? 'replied'
      : acceptedKnown
        ? 'accepted'
        : withdrawnKnown
          ? 'withdrawn'
          : hasRequest
            ? 'pending'
            : 'no request';
    const taken = issue({
      field: 'status',
      value: text('status'),
      problem: 'status-vs-dates',
      message: `${JSON.stringify(text('status'))} does not match the dates given (they say ${says})`,
      options: ['dates', 'skip'],
      detail: says,
    });
    if (taken === 'dates') status = '';
  }

  // A row the user leaves out stays out (even once a value alias answers what made them choose so),
  // and needs no other answer.
  if (Object.values(choices).includes('skip')) {
    for (const i of issues) i.choice ??= 'skip';
    return { issues, contact: null, skipped: true };
  }
  if (open || !id) return { issues, contact: null, skipped: false };

  const at = ctx.now.toISOString();
  const c: TrackedContact = {
    v: CONTACT_VERSION,
    id,
    name,
    profileUrl: url,
    degree: null,
    messages: first.date ? [{ sentAt: first.date, kind: 'first' }] : [],
    status: 'none',
    signals: {},
    // Entered the tracker now: a re-import over an existing record keeps that record's date.
    createdAt: at,
    updatedAt: at,
  };
  // LinkedIn's own first-name field (Connections.csv "First Name"): what the advice calls them.
  const firstName = text('first_name');
  if (firstName && name.includes(firstName)) c.firstName = firstName;
  const audience = text('audience');
  const version = text('version');
  if (audience) c.audience = audience;
  if (version) c.version = version;
  if (channel) c.channel = channel as Channel;
  if (hasRequest)
    c.request = {
      sentAt: sent.date as string,
      note: note || null,
      ...(withdrawn.date ? { withdrawnAt: withdrawn.date } : {}),
    };
  if (accepted.date) c.acceptedAt = accepted.date;
  if (replied.date) c.repliedAt = replied.date;
  if (lastBy === 'me' || lastBy === 'them') c.lastMessageBy = lastBy;
  // Connected: accepted, or a reply to a connection request (an InMail reply connects no one).
  const byRequest = channel === '' || channel === 'request';
  if (acceptedKnown || status === 'accepted' || (byRequest && (repliedKnown || status === 'replied')))
    c.degree = 1;
  // Facts without their date ("Replied: yes", "Status: withdrawn") are kept as the status.
  let sticky: Status | undefined;
  if (status === 'ignored') sticky = 'ignored';
  else if (status === 'replied' || (replied.yes && !replied.date)) sticky = 'replied';
  else if (hasRequest && (status === 'withdrawn' || (withdrawn.yes && !withdrawn.date))) sticky = 'withdrawn';
  c.status = deriveStatus({ ...c, status: sticky });
  return { issues, contact: c, skipped: false };
}
