import { describe, expect, it } from 'vitest';
import { type Ctx, spanText, strongest, warningsFor } from '../helpers';

const FIRES: [string, string, Ctx][] = [
  ['Hi Sarah, your article was AMAZING.', 'AMAZING', {}],
  ['Hi Zoë, FREE AUDIT for your Lyon team this week.', 'FREE AUDIT', {}],
  ['PLEASE READ: Hola José, quick note about the meetup.', 'PLEASE READ', {}],
  ['Hej Søren, loved the talk!!!', '!!!', {}],
  ['Hi Nguyễn, congrats on the launch!! And the funding!!', '!!', {}],
  ['Hi Ayşe 👋\nTHIS IS HUGE NEWS for Istanbul fintech.', 'THIS IS HUGE NEWS', { surface: 'message' }],
  ['Hi 李小龍, what?!! You spoke at KubeCon too?', '?!!', {}],
  ['HUGE CONGRATS on the new role, Priya 🎉', 'HUGE CONGRATS', {}],
  ['Great thread, Jürgen!!! 🔥🔥', '!!!', { surface: 'comment' }],
  ['Hi Anand, your keynote in Pune was BRILLIANT.', 'BRILLIANT', {}],
  ['Merhaba Ayşe Hanım, sunumunuz MÜKEMMELDİ!', 'MÜKEMMELDİ', {}],
  ['Hi Bisi, an INCREDIBLE panel, thank you.', 'INCREDIBLE', {}],
  ['Cześć Gosia, to było NIESAMOWITE!', 'NIESAMOWITE', {}],
  ['Привет, Дима! Доклад был ПОТРЯСАЮЩИЙ!', 'ПОТРЯСАЮЩИЙ', {}],
];

const QUIET: [string, Ctx][] = [
  ['Hi Sarah, loved your post on GDPR and SaaS onboarding!', {}],
  ['Hi Zoë, your talk at FOSDEM on Rust was great.', {}],
  ['Hola José, congrats on the Series B! 🎉', {}],
  ['Hej Søren, fellow NTNU alum here, your KPMG audit thread was spot on.', {}],
  ['Hi Nguyễn, the B2B SaaS panel at the AWS Summit was excellent.', {}],
  ['Hi Ayşe, HUGE fan of your work on Turkish NLP.', {}],
  ['Hi NGUYỄN Thị Minh, congrats on the new role!', { recipientName: 'NGUYỄN Thị Minh' }],
  ['Hi 李小龍, your CNCF keynote on eBPF was brilliant. What is next?', {}],
  ['Hi Priya, loved your NASA and ESA collaboration post, congrats! 🇮🇳🚀', {}],
  // One unknown acronym used as a name: after a preposition, or before the noun it names.
  ['Good morning Sir, I attended your lecture at UNILAG on power systems.', {}],
  ['Namaste Anand, fellow NASSCOM product council member here.', {}],
  ['Merhaba Ayşe Hanım, TÜBİTAK konferansındaki sunumunuz çok etkileyiciydi.', {}],
  ['Cześć Gosia, gratulacje z okazji awansu w CD PROJEKT! 🎉', {}],
  ['Привет, Дима! Спасибо за доклад в ЯНДЕКСЕ про шардирование.', {}],
];

describe('shouting', () => {
  it.each(FIRES)('fires: %s', (text, shouted, ctx) => {
    const [w] = warningsFor('shouting', text, ctx);
    expect(w).toBeDefined();
    expect(spanText(text, w)).toBe(shouted);
  });

  it.each(QUIET)('stays quiet: %s', (text, ctx) => {
    expect(warningsFor('shouting', text, ctx)).toEqual([]);
  });

  it('capitals and long runs are a warn; a single "!!" is only info', () => {
    expect(warningsFor('shouting', 'Your article was AMAZING.')[0]?.severity).toBe('warn');
    expect(warningsFor('shouting', 'Loved the talk!!!')[0]?.severity).toBe('warn');
    expect(warningsFor('shouting', 'Loved the talk!!')[0]?.severity).toBe('info');
  });
});

describe('shouting leaves merge fields to the placeholder rule', () => {
  it.each([
    'Hi FIRSTNAME, welcome to the COMPANYNAME community!',
    'Hello <EVENT NAME> attendees, thanks for coming.',
    'Hallo VORNAME, danke für Ihr Interesse an FIRMA.',
    'Hi %FIRSTNAME%, congrats on the new role at COMPANY_NAME.',
  ])('%s', (text) => {
    expect(warningsFor('shouting', text)).toEqual([]);
    expect(warningsFor('placeholder', text)).toHaveLength(1);
  });

  it('still calls real capitals shouting next to a merge field', () => {
    const text = 'Hi FIRSTNAME, this is an AMAZING OPPORTUNITY for you!';
    expect(spanText(text, strongest('shouting', text))).toBe('AMAZING OPPORTUNITY');
  });
});
