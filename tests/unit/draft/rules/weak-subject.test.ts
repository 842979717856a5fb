import { describe, expect, it } from 'vitest';
import { EVIDENCE } from '../../../../lib/evidence';
import { type Ctx, strongest, warningsFor } from '../helpers';

const SUBJECT: Ctx = { surface: 'inmail-subject' };

const FIRES: [string, Ctx][] = [
  ['Quick question', SUBJECT],
  ['Opportunity for you', SUBJECT],
  ['Following up', SUBJECT],
  ['Quick question, Zoë 👋', { ...SUBJECT, recipientName: 'Zoë Ångström-Núñez' }],
  ['Hi Søren', { ...SUBJECT, recipientName: 'Søren Kierkegaard' }],
  ['RE: our call', SUBJECT],
  ['Exciting opportunity!!', SUBJECT],
  ['Partnership', SUBJECT],
  ['Get 30% off your first month', SUBJECT],
  ['Checking in', SUBJECT],
  ['Demo of our AI recruiting tool', SUBJECT],
];

const QUIET: [string, Ctx][] = [
  ['Your Web Summit panel on Lisbon fintech', SUBJECT],
  ['Fellow Boğaziçi alum, your hiring thread', SUBJECT],
  ['Your KubeCon Shanghai keynote on eBPF', SUBJECT],
  ['Jane Smith suggested I write, José', SUBJECT],
  ['Congrats on the Series B, Nguyễn 🎉', SUBJECT],
  ['Question about your FOSDEM Nix talk', SUBJECT],
  ['Following your post on four-day weeks', SUBJECT],
  ['Quick question', { surface: 'inmail-body' }],
  ['Quick question', { surface: 'message' }],
  ['Question about your Demo Day pitch at YC W24', SUBJECT],
];

describe('weak-subject', () => {
  it.each(FIRES)('fires: %j', (text, ctx) => {
    const [w] = warningsFor('weak-subject', text, ctx);
    expect(w?.severity).toBe('warn');
    expect(w?.evidence).toBe(EVIDENCE.weakSubject);
  });

  it.each(QUIET)('stays quiet: %j', (text, ctx) => {
    expect(warningsFor('weak-subject', text, ctx)).toEqual([]);
  });

  it('an empty subject is a tip until the user types, not a warning', () => {
    const [w] = warningsFor('weak-subject', '', SUBJECT);
    expect(w?.severity).toBe('info');
    expect(w?.message).toMatch(/Write a subject/);
  });

  it('covers the whole subject', () => {
    expect(warningsFor('weak-subject', ' Quick question ', SUBJECT)[0]?.span).toEqual({ start: 1, end: 15 });
  });
});

/** Generic hype and clickbait subjects in each language, and specific ones. */
const WEAK_5: Record<string, string[]> = {
  en: [
    'Great Fit For Your Background',
    'Opportunity for you',
    'An Exciting Opportunity To Grow Your Career!',
    'Quick question for you, Ana',
  ],
  de: ['Kurze Frage', 'Spannende Chance für Sie', 'AW: Ihre Anfrage'],
  fr: ['Opportunité pour vous', 'Question rapide', 'TR: notre échange'],
  es: ['Oportunidad única', 'Pregunta rápida', 'RV: propuesta'],
  pt: ['Oportunidade para você', 'Pergunta rápida', 'Parceria'],
};

const SPECIFIC_5: Record<string, string[]> = {
  en: ['Your Kafka talk at Codemotion Madrid'],
  de: ['Ihr Vortrag auf der re:publica'],
  fr: ['Votre article sur la logistique urbaine'],
  es: ['Tu charla en el meetup de Python Madrid'],
  pt: ['Sua palestra no RD Summit'],
};

describe.each(Object.entries(WEAK_5))('weak-subject in %s', (_lang, texts) => {
  it.each(texts)('fires: %s', (text) => {
    const w = strongest('weak-subject', text, { surface: 'inmail-subject', recipientName: 'Ana Lima' });
    expect(w?.severity).toBe('warn');
  });
});

describe.each(Object.entries(SPECIFIC_5))('weak-subject in %s', (_lang, texts) => {
  it.each(texts)('stays quiet: %s', (text) => {
    expect(warningsFor('weak-subject', text, { surface: 'inmail-subject' })).toEqual([]);
  });
});
