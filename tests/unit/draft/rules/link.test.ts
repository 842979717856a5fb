import { describe, expect, it } from 'vitest';
import { EVIDENCE } from '../../../../lib/evidence';
import { type Ctx, spanText, strongest, warningsFor } from '../helpers';

const FIRES: [string, string, Ctx][] = [
  ['Hi Sarah, loved your article! Check out https://acme.io/demo for ours.', 'https://acme.io/demo', {}],
  ['Hi Zoë, my portfolio: www.zoe-designs.fr 🎨', 'www.zoe-designs.fr', {}],
  ['Hola José, see calendly.com/jose-m/15min to book.', 'calendly.com/jose-m/15min', {}],
  ['Hej Søren,\nmore at bit.ly/3xYz9 if you are curious.', 'bit.ly/3xYz9', {}],
  ['Hi Nguyễn, reach me at minh@acme.vn anytime.', 'minh@acme.vn', {}],
  ['Hi Ayşe, our deck is at acme.com/deck.', 'acme.com/deck', {}],
  ['Hi 李小龍, 👉 http://example.cn/talk', 'http://example.cn/talk', {}],
  ['Hi Priya, my newsletter lnkd.in/gX7k2 covers this.', 'lnkd.in/gX7k2', {}],
  [
    'Hi Chris, our rooms are at Booking.com/hotel/pt/acme if you visit Lisbon.',
    'Booking.com/hotel/pt/acme',
    {},
  ],
];

const QUIET: [string, Ctx][] = [
  ["Hi Sarah, I really enjoyed your article on AI's impact on supply chains.", {}],
  ['Hi Zoë, your Node.js talk at JSConf was great.', {}],
  ['Hola José, loved your post on ASP.NET Core minimal APIs.', {}],
  ['Hej Søren, e.g. the part about Nix flakes, i.e. pinning, was gold.', {}],
  ['Hi Nguyễn, congrats on v2.5 of the SDK! 🎉', {}],
  ['Hi Ayşe, fellow Boğaziçi alum here. Your thread on hiring was spot on.', {}],
  ['Hi 李小龍, loved your keynote at KubeCon 2025.', {}],
  ['Hi Dr. Chen, your paper in Nature was fascinating. Congrats!', {}],
  ['Hi Priya, 3.5 years at Flipkart and now a founder: congrats on the launch 🚀', {}],
  ['Hi Chris, congrats on 10 years at Booking.com! Your talk on A/B testing is a classic.', {}],
];

describe('link', () => {
  it.each(FIRES)('fires in a connection note: %s', (text, url, ctx) => {
    const [w] = warningsFor('link', text, ctx);
    expect(w?.severity).toBe('warn');
    expect(spanText(text, w)).toBe(url);
    expect(w?.evidence).toBe(EVIDENCE.noLinksInNotes);
  });

  it.each(QUIET)('stays quiet: %s', (text, ctx) => {
    expect(warningsFor('link', text, ctx)).toEqual([]);
  });

  it.each(['comment', 'post'] as const)('is only info in a %s', (surface) => {
    const [w] = warningsFor('link', 'Here is the report I mentioned: https://example.org/report.pdf', {
      surface,
    });
    expect(w?.severity).toBe('info');
  });

  it.each(['message', 'inmail-body'] as const)('is only info in a %s once they have talked', (surface) => {
    const [w] = warningsFor('link', 'Here is the report you asked about: https://example.org/report.pdf', {
      surface,
      stage: 'follow-up',
    });
    expect(w?.severity).toBe('info');
  });

  it.each(['message', 'inmail-body'] as const)(
    'is a warning in a %s follow-up with no reply yet',
    (surface) => {
      const text = 'Hi Ana, in case it helps: https://example.org/deck.pdf';
      expect(strongest('link', text, { surface, stage: 'follow-up' })).toBeDefined();
    },
  );

  it.each([
    ['a slot for a link', 'Hi Ana, our case study: [Link]', '[Link]'],
    [
      'a pointer to a link',
      'Olá Ana, acho que eras ótima para a vaga, podes ver no link abaixo',
      'link abaixo',
    ],
    ['a domain with a path on an unknown TLD', 'Hola Ana, más info: go.acme/demo-ia', 'go.acme/demo-ia'],
    ['a capitalised domain on its own line', 'Hi Ana, have a look:\nValtrimp.com', 'Valtrimp.com'],
  ])('%s counts as a link', (_label, text, words) => {
    expect(spanText(text, strongest('link', text, { surface: 'message' }))).toBe(words);
  });

  it.each(['message', 'inmail-body'] as const)('is a warning in a first %s, before any reply', (surface) => {
    const text = 'Hi Ana, see our deck: https://example.org/deck.pdf';
    const [w] = warningsFor('link', text, { surface });
    expect(w?.severity).toBe('warn');
    expect(spanText(text, w)).toBe('https://example.org/deck.pdf');
  });
});

describe('link: a link slot is the placeholder’s', () => {
  it.each([
    'Hallo [Name], ich war gerade auf Ihrer Website [URL] und habe drei Ideen.',
    'Salut {firstName}, voici mon {lien calendly} pour choisir un créneau.',
  ])('one warning for one problem: %s', (text) => {
    expect(warningsFor('link', text, { surface: 'message' })).toEqual([]);
    expect(strongest('placeholder', text, { surface: 'message' })?.severity).toBe('error');
  });

  it('a link mentioned without a slot still warns', () => {
    expect(
      strongest('link', 'Hi Tom, see the link below for our pricing.', { surface: 'message' })?.severity,
    ).toBe('warn');
  });
});
