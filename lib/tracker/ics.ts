/**
 * An iCalendar (RFC 5545) file of due dates, so follow-ups appear in the user's calendar. Pure.
 * One VEVENT per due item; DTSTART in UTC; text escaped (\\ ; , newline); lines folded at 75 octets
 * of UTF-8 (never inside a character) with CRLF line ends; UIDs stable per contact and action, so
 * importing a newer export updates the events instead of duplicating them.
 */
import type { DueItem, DueKind } from './reminders';

const TITLES: Record<DueKind, string> = {
  'first-message': 'Send your first message to',
  'follow-up': 'Follow up with',
  withdraw: 'Withdraw your request to',
  reply: 'Reply to',
  inmail: 'Send an InMail to',
  escalate: 'Escalate with',
  're-engage': 'Re-engage',
  other: 'Reach out to',
};

/** RFC 5545 TEXT escaping. */
export function escapeIcsText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds one content line into ≤75-octet lines joined by CRLF + space. */
export function foldLine(line: string): string {
  const enc = new TextEncoder();
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = enc.encode(ch).length;
    // The first line holds 75 octets; continuation lines start with a space, so they hold 74 more.
    if (size + n > 75) {
      out.push(current);
      current = ` ${ch}`;
      size = 1 + n;
    } else {
      current += ch;
      size += n;
    }
  }
  out.push(current);
  return out.join('\r\n');
}

/** 20260310T090000Z */
function icsDate(iso: string | Date): string {
  const d = typeof iso === 'string' ? new Date(iso) : iso;
  return d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** FNV-1a, 32 bits, as hex: a short stable id from a string. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

export function icsUid(item: Pick<DueItem, 'contactId' | 'action'>): string {
  return `${hash(item.contactId)}-${hash(`${item.contactId}|${item.action}`)}-${item.action}@connect-coach.invalid`;
}

export interface IcsOptions {
  /** Event length in minutes (default 15). */
  minutes?: number;
}

export function toIcs(items: readonly DueItem[], now: Date, options: IcsOptions = {}): string {
  const minutes = options.minutes ?? 15;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Connect Coach//Tracker//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  for (const item of items) {
    const start = new Date(item.dueAt);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${icsUid(item)}`,
      `DTSTAMP:${icsDate(now)}`,
      `DTSTART:${icsDate(start)}`,
      `DTEND:${icsDate(new Date(start.getTime() + minutes * 60_000))}`,
      `SUMMARY:${escapeIcsText(`${TITLES[item.kind]} ${item.name}`)}`,
      `DESCRIPTION:${escapeIcsText(`${item.reason}\n\n${item.evidence.claim} (${item.evidence.figure})\n${item.profileUrl}`)}`,
      `URL:${item.profileUrl}`,
      `CATEGORIES:${escapeIcsText(item.kind)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
