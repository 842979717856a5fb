/**
 * Dates as sheets write them (lib/sheet/dates.ts, date-order.ts): ISO kept exactly, numeric dates in
 * either order, dotted, with or without a time, 12- or 24-hour, Excel serials, month names in five
 * languages; the day/month order decided per column from the values, and asked once when nothing tells.
 */
import { describe, expect, it } from 'vitest';
import { classifyDate, readNumeric } from '../../../lib/sheet/dates';
import { readSheet } from '../../../lib/sheet/read';
import { parseSheetText } from '../../../lib/sheet/table';

const NOW = new Date('2026-03-10T09:00:00Z');

describe('reading one date', () => {
  it.each([
    // ISO: kept as written, so an export re-imports exactly
    ['2026-03-02', '2026-03-02'],
    ['2026-03-02T10:15:00.000Z', '2026-03-02T10:15:00.000Z'],
    ['2026-03-02T10:15+01:00', '2026-03-02T10:15+01:00'],
    // year first, as SQL and some sheets write
    ['2026-03-02 10:15', '2026-03-02T10:15'],
    ['2026-03-02 10:15:30', '2026-03-02T10:15:30'],
    ['2026/3/2', '2026-03-02'],
    // dotted: day first everywhere (de, fr, es, pt)
    // Excel serial day numbers (1900 date system), the fraction is the time
    ['46082', '2026-03-01'],
    ['46082.4375', '2026-03-01T10:30'],
    ['46082,5', '2026-03-01T12:00'],
    // month names in five languages
    ['2 Mar 2026', '2026-03-02'],
    ['Mar 2, 2026', '2026-03-02'],
    ['March 2, 2026 at 9:05 PM', '2026-03-02T21:05'],
    ['2-Mar-26', '2026-03-02'],
    ['Mon, 2 Mar 2026', '2026-03-02'],
    ['2. März 2026', '2026-03-02'],
    ['2. März 2026 10:15', '2026-03-02T10:15'],
    ['2 mars 2026', '2026-03-02'],
    ['4 févr. 2026', '2026-02-04'],
    ['2 de marzo de 2026', '2026-03-02'],
    ['14 de fev. de 2026', '2026-02-14'],
    ['2 de março de 2026', '2026-03-02'],
  ])('%j → %s', (raw, iso) => {
    expect(classifyDate(raw, NOW)).toEqual({ kind: 'date', iso });
  });

  it.each([
    ['25/03/2026', 'dmy', '2026-03-25'],
    ['03/25/2026', 'mdy', '2026-03-25'],
    ['25-03-2026 09:00', 'dmy', '2026-03-25T09:00'],
    ['3/25/2026 9:05 PM', 'mdy', '2026-03-25T21:05'],
    ['3/25/2026 9:05:07 AM', 'mdy', '2026-03-25T09:05:07'],
    ['3/25/26 12:00 AM', 'mdy', '2026-03-25T00:00'],
    ['25/03/2026 10:15 UTC', 'dmy', '2026-03-25T10:15:00Z'],
  ] as const)('%j proves %s and reads %s', (raw, order, iso) => {
    expect(classifyDate(raw, NOW)).toEqual({ kind: 'numeric', proves: order });
    expect(readNumeric(raw, order, NOW)).toBe(iso);
  });

  it.each([
    ['03/04/2026', null, '2026-04-03', '2026-03-04'],
    ['3/4/26 10:15', null, '2026-04-03T10:15', '2026-03-04T10:15'],
    ['12-11-2026', null, '2026-11-12', '2026-12-11'],
    ['25/03/2026', 'dmy', '2026-03-25', null],
    ['03/25/2026', 'mdy', null, '2026-03-25'],
  ])('%j proves %s; read day first %s, month first %s', (raw, proves, dmy, mdy) => {
    const c = classifyDate(raw, NOW);
    if (proves === null) expect(c).toEqual({ kind: 'numeric', proves: null });
    else expect(c).toEqual({ kind: 'numeric', proves });
    expect(readNumeric(raw, 'dmy', NOW)).toBe(dmy);
    expect(readNumeric(raw, 'mdy', NOW)).toBe(mdy);
  });

  it.each(['31/02/2026', '13/13/2026', '2026-02-30', '30.02.2026', '25/03/2026 25:00', '02/30/2026'])(
    '%j names no real day',
    (raw) => {
      expect(classifyDate(raw, NOW)).toEqual({ kind: 'bad' });
    },
  );

  it.each(['yesterday', 'next week', 'Yes', '12345', '', 'v2'])('%j is no date', (raw) => {
    expect(classifyDate(raw, NOW)).toEqual({ kind: 'none' });
  });

  it.each([
    ['02.03.2026', '2026-03-02'],
    ['2.3.2026 14:05', '2026-03-02T14:05'],
    ['02.03.26', '2026-03-02'],
  ])('dotted %j is %s, and shows a day-first writer', (raw, iso) => {
    expect(classifyDate(raw, NOW)).toEqual({ kind: 'date', iso, proves: 'dmy' });
  });

  it('the machine’s zone never shifts a wall-clock time (a DST gap in Europe)', () => {
    // 29 March 2026 02:30 does not exist in Europe/Berlin; parsed in UTC it stays 02:30.
    expect(classifyDate('29.03.2026 02:30', NOW)).toMatchObject({ kind: 'date', iso: '2026-03-29T02:30' });
  });
});

describe('the day/month order of a column', () => {
  const read = (body: string, dateOrder?: 'dmy' | 'mdy') =>
    readSheet(parseSheetText(`Name,Profile URL,Sent,Accepted\n${body}`), {
      now: NOW,
      choices: dateOrder ? { dateOrder } : {},
    });

  it('one date with a day over 12 decides the whole column', () => {
    const r = read('A,linkedin.com/in/a,03/04/2026,\nB,linkedin.com/in/b,25/04/2026,\n');
    expect(r.dates.columns[0]).toMatchObject({
      header: 'Sent',
      proven: 'dmy',
      proof: { row: 3, value: '25/04/2026' },
    });
    expect(r.ready).toBe(true);
    expect(r.contacts.map((c) => c.request?.sentAt)).toEqual(['2026-04-03', '2026-04-25']);
  });

  it('a column that cannot tell follows the file’s other date columns', () => {
    const r = read('A,linkedin.com/in/a,03/04/2026,04/30/2026\n');
    expect(r.dates).toMatchObject({ order: 'mdy', orderFrom: 'file', needOrder: false });
    expect(r.contacts[0]).toMatchObject({ request: { sentAt: '2026-03-04' }, acceptedAt: '2026-04-30' });
  });

  it('when nothing tells, it asks once for the file, then reads every ambiguous date that way', () => {
    const body = 'A,linkedin.com/in/a,03/04/2026,05/04/2026\nB,linkedin.com/in/b,01/02/2026,\n';
    const asked = read(body);
    expect(asked.dates).toMatchObject({
      needOrder: true,
      example: { row: 2, value: '03/04/2026', header: 'Sent' },
    });
    expect(asked.ready).toBe(false);
    expect(asked.issues).toEqual([]);
    const answered = read(body, 'mdy');
    expect(answered.ready).toBe(true);
    expect(answered.contacts.map((c) => [c.request?.sentAt, c.acceptedAt])).toEqual([
      ['2026-03-04', '2026-05-04'],
      ['2026-01-02', undefined],
    ]);
  });

  it('a date that cannot be in its column’s order is a question for its row only', () => {
    const r = read(
      'A,linkedin.com/in/a,25/04/2026,\nB,linkedin.com/in/b,26/04/2026,\nC,linkedin.com/in/c,04/27/2026,\n',
    );
    expect(r.dates.columns[0]?.proven).toBe('dmy');
    expect(r.issues).toMatchObject([
      { row: 4, field: 'sent_at', problem: 'order-conflict', value: '04/27/2026' },
    ]);
    expect(r.contacts).toHaveLength(2);
  });

  it('dotted and ISO dates need no question, and dotted dates show the file puts the day first', () => {
    const r = read('A,linkedin.com/in/a,02.03.2026,2026-03-05\n');
    expect(r.dates.needOrder).toBe(false);
    expect(r.contacts[0]).toMatchObject({ request: { sentAt: '2026-03-02' }, acceptedAt: '2026-03-05' });
    const mixed = read('A,linkedin.com/in/a,02.03.2026,\nB,linkedin.com/in/b,03/04/2026,05/06/2026\n');
    expect(mixed.dates).toMatchObject({ needOrder: false, order: 'dmy', orderFrom: 'file' });
    expect(mixed.contacts[1]).toMatchObject({ request: { sentAt: '2026-04-03' }, acceptedAt: '2026-06-05' });
  });
});
