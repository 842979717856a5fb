import { describe, expect, it } from 'vitest';
import { AdviceInputError, ContactSchema, parseAdviceInput, SettingsSchema } from '../../../lib/sequencing';

const ok = { name: 'Ana Silva', degree: 2, signals: {} };

describe('parseAdviceInput: errors name the field', () => {
  it.each<[string, unknown, string]>([
    [
      'a bad request date',
      { contact: { ...ok, request: { sentAt: 'last week', note: null } } },
      'contact.request.sentAt: expected an ISO date',
    ],
    [
      'an impossible day',
      { contact: { ...ok, acceptedAt: '2026-02-30' } },
      'contact.acceptedAt: expected an ISO date',
    ],
    [
      'a number for a date',
      { contact: { ...ok, repliedAt: 1772000000000 } },
      'contact.repliedAt: expected an ISO date',
    ],
    ['a missing name', { contact: { degree: 2, signals: {} } }, 'contact.name: missing'],
    ['an empty name', { contact: { ...ok, name: '  ' } }, 'contact.name: expected a non-empty name'],
    ['a bad degree', { contact: { ...ok, degree: 4 } }, 'contact.degree: expected 1, 2, 3 or null'],
    [
      'a bad message kind',
      { contact: { ...ok, messages: [{ sentAt: '2026-03-01', kind: 'nudge' }] } },
      'contact.messages[0].kind: expected "first" or "follow-up"',
    ],
    [
      'a bad trigger date',
      { contact: { ...ok, signals: { trigger: { kind: 'funding', at: 'soon' } } } },
      'contact.signals.trigger.at: expected an ISO date',
    ],
    [
      'a bad signal type',
      { contact: { ...ok, signals: { openProfile: 'yes' } } },
      'contact.signals.openProfile: expected true or false',
    ],
    [
      'a bad time zone',
      { contact: ok, settings: { timeZone: 'Mars/Olympus' } },
      'settings.timeZone: expected an IANA time zone',
    ],
    [
      'a weekday out of range',
      { contact: ok, settings: { workingDays: [1, 7] } },
      'settings.workingDays[1]: expected a weekday number',
    ],
    [
      'no working days',
      { contact: ok, settings: { workingDays: [] } },
      'settings.workingDays: expected at least one working day',
    ],
    [
      'a holiday with a time',
      { contact: ok, settings: { holidays: ['2026-12-25T00:00:00Z'] } },
      'settings.holidays[0]: expected a day as YYYY-MM-DD',
    ],
    [
      'negative credits',
      { contact: ok, settings: { inmailCredits: -1 } },
      'settings.inmailCredits: expected a whole number',
    ],
    [
      'a fractional stale threshold',
      { contact: ok, settings: { staleAfterDays: 2.5 } },
      'settings.staleAfterDays: expected a whole number',
    ],
    [
      'a bad account type',
      { contact: ok, settings: { accountType: 'gold' } },
      'settings.accountType: expected "free" or "premium"',
    ],
    ['no contact', { settings: {} }, 'contact: missing'],
    ['not an object', 'hello', 'expected an object { contact, settings }'],
  ])('%s', (_label, raw, message) => {
    expect(() => parseAdviceInput(raw)).toThrow(AdviceInputError);
    expect(() => parseAdviceInput(raw)).toThrow(message);
  });

  it('lists every bad field, each with its path', () => {
    try {
      parseAdviceInput({ contact: { ...ok, degree: 9, acceptedAt: 'x' }, settings: { timeZone: 'x' } });
      expect.unreachable();
    } catch (err) {
      expect((err as AdviceInputError).issues.map((i) => i.path)).toEqual([
        'contact.degree',
        'contact.acceptedAt',
        'settings.timeZone',
      ]);
    }
  });
});

describe('parseAdviceInput: accepted input', () => {
  it('fills defaults: settings {}, signals {}, a request note of null', () => {
    const { contact, settings } = parseAdviceInput({
      contact: { name: 'Ana', degree: null, request: { sentAt: '2026-03-01T10:00:00+01:00' } },
    });
    expect(settings).toEqual({});
    expect(contact.signals).toEqual({});
    expect(contact.request).toEqual({ sentAt: '2026-03-01T10:00:00+01:00', note: null });
  });

  it.each(['2026-03-01', '2026-03-01T10:00', '2026-03-01T10:00:00Z', '2026-03-01T10:00:00.123+05:30'])(
    'accepts the ISO form %s',
    (iso) => {
      expect(ContactSchema.safeParse({ ...ok, acceptedAt: iso }).success).toBe(true);
    },
  );

  it('accepts a full settings object', () => {
    const settings = {
      inmailCredits: 5,
      staleAfterDays: 30,
      accountType: 'premium',
      workingDays: [0, 1, 2, 3, 4],
      timeZone: 'Asia/Jerusalem',
      followUpBusinessDays: 5,
      holidays: ['2026-04-02'],
    };
    expect(SettingsSchema.parse(settings)).toEqual(settings);
  });
});
