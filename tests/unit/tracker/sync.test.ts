import { describe, expect, it } from 'vitest';
import { type FoundInvitation, parseSentLabel, planSentSync } from '../../../lib/tracker/sync';
import { contact, NOW } from './helpers';

const DAY = 24 * 3_600_000;

describe('parseSentLabel', () => {
  it.each([
    ['Sent today', '2026-03-10T09:00:00.000Z', 'day'],
    ['Sent yesterday', '2026-03-09T09:00:00.000Z', 'day'],
    ['Sent 1 day ago', '2026-03-09T09:00:00.000Z', 'day'],
    ['Sent 3 days ago', '2026-03-07T09:00:00.000Z', 'day'],
    ['Sent a week ago', '2026-03-03T09:00:00.000Z', 'week'],
    ['Sent 2 weeks ago', '2026-02-24T09:00:00.000Z', 'week'],
    ['Sent 2w ago', '2026-02-24T09:00:00.000Z', 'week'],
    ['Sent a month ago', '2026-02-10T09:00:00.000Z', 'month'],
    ['Sent 3 months ago', '2025-12-10T09:00:00.000Z', 'month'],
    ['Sent 1 year ago', '2025-03-10T09:00:00.000Z', 'year'],
    ['Sent an hour ago', '2026-03-10T08:00:00.000Z', 'hour'],
    ['  SENT   5 MINUTES AGO ', '2026-03-10T08:55:00.000Z', 'minute'],
    ['Envoyée il y a 2 semaines', '2026-02-24T09:00:00.000Z', 'week'],
    ['Envoyée hier', '2026-03-09T09:00:00.000Z', 'day'],
    ['Envoyée aujourd’hui', '2026-03-10T09:00:00.000Z', 'day'],
    ['Envoyée il y a 1 mois', '2026-02-10T09:00:00.000Z', 'month'],
    ['Vor 3 Wochen gesendet', '2026-02-17T09:00:00.000Z', 'week'],
    ['Vor einem Monat gesendet', '2026-02-10T09:00:00.000Z', 'month'],
    ['Gestern gesendet', '2026-03-09T09:00:00.000Z', 'day'],
    ['Vor 2 Tagen gesendet', '2026-03-08T09:00:00.000Z', 'day'],
    ['Enviada hace 2 semanas', '2026-02-24T09:00:00.000Z', 'week'],
  ])('%j → %s (approximate)', (label, at, unit) => {
    expect(parseSentLabel(label, NOW)).toEqual({ at, approximate: true, unit });
  });

  it.each(['', 'Pending', 'Sent', 'Withdraw', 'Sent some time ago'])('%j is not understood', (label) => {
    expect(parseSentLabel(label, NOW)).toBeNull();
  });
});

describe('planSentSync', () => {
  const tracked = [
    contact('ana', { request: { sentAt: '2026-03-01T09:00:00.000Z', note: null }, status: 'pending' }),
    contact('bo', { request: { sentAt: '2026-02-01T09:00:00.000Z', note: null }, status: 'pending' }),
    contact('cy', {
      request: { sentAt: '2026-02-01T09:00:00.000Z', note: null, withdrawnAt: '2026-03-01T09:00:00.000Z' },
      status: 'withdrawn',
    }),
    contact('dee', { acceptedAt: '2026-03-01T09:00:00.000Z', degree: 1, status: 'accepted' }),
  ];
  const found: FoundInvitation[] = [
    { name: 'Ana', profileUrl: 'https://de.linkedin.com/in/ANA/', sentLabel: 'Sent 1 week ago', note: null },
    { name: 'Cy', profileUrl: 'https://www.linkedin.com/in/cy', sentLabel: 'Sent today', note: null },
    {
      name: 'Eve New',
      profileUrl: 'https://www.linkedin.com/in/eve',
      sentLabel: 'Sent 2 weeks ago',
      note: 'Hi Eve',
    },
    {
      name: 'Eve New',
      profileUrl: 'https://www.linkedin.com/in/eve/',
      sentLabel: 'Sent 2 weeks ago',
      note: 'Hi Eve',
    },
    { name: 'Fay', profileUrl: 'https://www.linkedin.com/in/fay', sentLabel: '???', note: '' },
    {
      name: 'Company',
      profileUrl: 'https://www.linkedin.com/company/acme',
      sentLabel: 'Sent today',
      note: null,
    },
  ];

  it('counts found, new and already tracked; marks new dates approximate', () => {
    const plan = planSentSync(tracked, found, NOW, false);
    expect(plan.found).toBe(4);
    expect(plan.new.map((n) => n.name)).toEqual(['Eve New', 'Fay']);
    expect(plan.alreadyTracked.map((m) => [m.tracked.name, m.statusMismatch])).toEqual([
      ['Ana', false],
      ['Cy', true],
    ]);
    expect(plan.new[0]?.contact).toMatchObject({
      id: 'https://www.linkedin.com/in/eve',
      status: 'pending',
      channel: 'request',
      request: {
        sentAt: new Date(NOW.getTime() - 14 * DAY).toISOString(),
        note: 'Hi Eve',
        approximate: true,
      },
    });
    expect(plan.new[1]).toMatchObject({
      labelUnderstood: false,
      contact: { request: { note: null, approximate: true } },
    });
    expect(plan.skipped.map((s) => s.name)).toEqual(['Company']);
    expect(plan.missing).toEqual([]);
  });

  it('lists missing pending requests only when the list is complete', () => {
    const plan = planSentSync(tracked, found, NOW, true);
    expect(plan.missing.map((c) => c.name)).toEqual(['Bo']);
  });

  it('an empty page with a complete list means every pending request is missing', () => {
    expect(planSentSync(tracked, [], NOW, true).missing.map((c) => c.name)).toEqual(['Ana', 'Bo']);
    expect(planSentSync(tracked, [], NOW, false).missing).toEqual([]);
  });
});
