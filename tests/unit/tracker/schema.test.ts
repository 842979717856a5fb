import { describe, expect, it } from 'vitest';
import { advise } from '../../../lib/sequencing';
import {
  deriveStatus,
  type TrackedContact,
  TrackedContactSchema,
  toAdviceContact,
} from '../../../lib/tracker/schema';
import { DEFAULT_SETTINGS, toAdviceSettings } from '../../../lib/tracker/settings';
import { normaliseProfileUrl } from '../../../lib/tracker/url';
import { contact, NOW } from './helpers';

describe('normaliseProfileUrl', () => {
  it.each([
    ['https://www.linkedin.com/in/ana-silva', 'https://www.linkedin.com/in/ana-silva'],
    ['https://de.linkedin.com/in/Ana-Silva/', 'https://www.linkedin.com/in/ana-silva'],
    ['http://linkedin.com/in/ana-silva?miniProfileUrn=x#top', 'https://www.linkedin.com/in/ana-silva'],
    ['www.linkedin.com/in/ana-silva/details/experience/', 'https://www.linkedin.com/in/ana-silva'],
    ['https://m.linkedin.com/in/ana-silva', 'https://www.linkedin.com/in/ana-silva'],
    [
      'https://www.linkedin.com/in/j%C3%BCrgen-m%C3%BCller',
      'https://www.linkedin.com/in/j%C3%BCrgen-m%C3%BCller',
    ],
    ['https://www.linkedin.com/in/JÜRGEN-Müller', 'https://www.linkedin.com/in/j%C3%BCrgen-m%C3%BCller'],
    ['https://www.linkedin.com/pub/ana/1/2/3', 'https://www.linkedin.com/pub/ana'],
  ])('%s → %s', (input, expected) => {
    expect(normaliseProfileUrl(input)).toBe(expected);
  });

  it.each([
    '',
    'not a url',
    'https://example.com/in/ana',
    'https://www.linkedin.com/company/acme',
    'https://evil-linkedin.com/in/ana',
    'javascript:alert(1)',
  ])('rejects %j', (input) => {
    expect(normaliseProfileUrl(input)).toBeNull();
  });
});

describe('TrackedContactSchema', () => {
  it('accepts a full record and keeps every field', () => {
    const c = contact('ana-silva', {
      headline: 'CTO',
      highValue: true,
      audience: 'CTOs',
      version: 'v2',
      channel: 'request',
      request: { sentAt: '2026-03-01T10:00:00.000Z', note: 'Hi', approximate: true, accountType: 'free' },
      acceptedAt: '2026-03-02T10:00:00.000Z',
      messages: [{ sentAt: '2026-03-03T10:00:00.000Z', kind: 'first' }],
      repliedAt: '2026-03-04T10:00:00.000Z',
      status: 'replied',
      snoozedUntil: '2026-03-12T00:00:00.000Z',
      doneActions: [{ action: 'send-first-message', at: '2026-03-03T10:00:00.000Z' }],
    });
    expect(TrackedContactSchema.parse(c)).toEqual(c);
  });

  it.each([
    ['a relative date', { acceptedAt: 'yesterday' }],
    ['an unknown status', { status: 'maybe' }],
    ['an unknown channel', { channel: 'email' }],
    ['degree 4', { degree: 4 }],
    ['an empty name', { name: '  ' }],
    ['a request without sentAt', { request: { note: null } }],
    ['a message of unknown kind', { messages: [{ sentAt: '2026-03-03T10:00:00Z', kind: 'third' }] }],
    ['a future schema version', { v: 3 }],
  ])('rejects %s', (_label, over) => {
    expect(TrackedContactSchema.safeParse({ ...contact('ana'), ...over }).success).toBe(false);
  });
});

describe('toAdviceContact', () => {
  it('gives advise() what it reads, and advise works on it', () => {
    const c = contact('ana-silva', {
      request: { sentAt: '2026-03-02T10:00:00.000Z', note: null, approximate: true },
      status: 'pending',
      audience: 'x',
    });
    const a = toAdviceContact(c);
    expect(a).toEqual({
      name: 'Ana Silva',
      degree: 2,
      messages: [],
      signals: {},
      request: { sentAt: '2026-03-02T10:00:00.000Z', note: null },
      // When the record began: old conversations imported later read as history.
      trackedSince: c.createdAt,
    });
    expect(advise(a, NOW, toAdviceSettings(DEFAULT_SETTINGS, 'UTC')).action).toBe('wait');
    // The tracked record itself is structurally an advisor Contact too.
    expect(advise(c, NOW, {}).action).toBe('wait');
  });
});

describe('deriveStatus', () => {
  it.each([
    [{}, 'none'],
    [{ request: { sentAt: '2026-03-01T00:00:00Z', note: null } }, 'pending'],
    [
      { request: { sentAt: '2026-03-01T00:00:00Z', note: null, withdrawnAt: '2026-03-05T00:00:00Z' } },
      'withdrawn',
    ],
    [
      { request: { sentAt: '2026-03-01T00:00:00Z', note: null }, acceptedAt: '2026-03-02T00:00:00Z' },
      'accepted',
    ],
    [{ acceptedAt: '2026-03-02T00:00:00Z', repliedAt: '2026-03-03T00:00:00Z' }, 'replied'],
    [{ status: 'ignored' as const, repliedAt: '2026-03-03T00:00:00Z' }, 'ignored'],
  ] as [Partial<TrackedContact>, string][])('%j → %s', (over, expected) => {
    const { status: _s, ...rest } = contact('x', over);
    expect(deriveStatus({ ...rest, ...(over.status ? { status: over.status } : {}) })).toBe(expected);
  });
});
