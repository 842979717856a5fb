import { describe, expect, it } from 'vitest';
import { EVIDENCE } from '../../../../lib/evidence';
import { type Ctx, spanText, warningsFor } from '../helpers';

const note = (n: number) =>
  'Hi Søren, your FOSDEM talk on reproducible builds was the clearest I have heard. '.repeat(10).slice(0, n);

const FIRES: [string, string, Ctx][] = [
  ['free note of 201 characters', note(201), { account: 'free' }],
  ['unknown account falls back to the free 200', note(240), {}],
  ['196 characters plus two flags (4 code units each)', `${note(196)}🇩🇰🇸🇪`, { account: 'free' }],
  ['190 characters plus a ZWJ family emoji (11 code units)', `${note(190)}👨‍👩‍👧‍👦`, { account: 'free' }],
  ['premium note of 320 characters', note(320), { account: 'premium' }],
  ['the page says 150 and wins over the table', note(151), { account: 'premium', limit: 150 }],
  ['line breaks count one each', `Hej Ayşe,\n\n${note(195)}`, { account: 'free' }],
  ['InMail subject over 200', `Your talk at Web Summit, ${note(190)}`, { surface: 'inmail-subject' }],
  ['comment over the page limit', 'Great thread, Nguyễn! '.repeat(70), { surface: 'comment', limit: 1250 }],
  [
    'message box with a small page limit',
    'Thanks for connecting, José! '.repeat(5),
    { surface: 'message', limit: 100 },
  ],
  // Any language or script: the box counts UTF-16 code units.
  [
    'German note of 210',
    'Hallo Jürgen, danke für deinen Vortrag über Web Workers! '.repeat(4).slice(0, 210),
    {},
  ],
  ['Japanese note of 201', 'PyCon JPでのご講演、大変勉強になりました。'.repeat(10).slice(0, 201), {}],
  ['Chinese note of 205', '在深圳的云原生大会上听了您的分享，收获很大。'.repeat(10).slice(0, 205), {}],
  ['Korean note of 202', '판교 개발자 밋업에서 발표 잘 들었습니다. '.repeat(10).slice(0, 202), {}],
  ['Arabic note of 220', 'استمتعت بمحاضرتك في مؤتمر LEAP عن الذكاء الاصطناعي. '.repeat(5).slice(0, 220), {}],
  [
    'Hindi note of 201 with combining marks',
    'नैसकॉम सम्मेलन में आपका भाषण बहुत प्रेरणादायक था। '.repeat(5).slice(0, 201),
    {},
  ],
  ['Russian note of 230', 'Отличный доклад на HighLoad++ про шардирование. '.repeat(5).slice(0, 230), {}],
  [
    'Hebrew InMail subject of 201',
    'ההרצאה שלך בכנס Reversim הייתה מעולה '.repeat(6).slice(0, 201),
    { surface: 'inmail-subject' },
  ],
];

const QUIET: [string, string, Ctx][] = [
  ['exactly 200 on a free account', note(200), { account: 'free' }],
  ['250 characters on premium', note(250), { account: 'premium' }],
  ['page limit of 300 wins over the free table value', note(280), { account: 'free', limit: 300 }],
  ['short note with emoji', 'Hi Zoë 👋 loved your talk on Rust at FOSDEM 🦀', {}],
  ['blank note', '', {}],
  ['2,000-character message', 'Thanks for the intro, 李小龍. '.repeat(70), { surface: 'message' }],
  [
    'InMail body of 1,500 characters',
    'Congrats on the Series B, Nguyễn. '.repeat(44),
    { surface: 'inmail-body' },
  ],
  ['post of 2,900 characters', 'Shipping notes from our Kraków offsite.\n'.repeat(72), { surface: 'post' }],
  ['note of 199 with a line break', `Hallo Jürgen,\n${note(185)}`, {}],
  ['Japanese note of 100', 'PyCon JPでのご講演、大変勉強になりました。'.repeat(5).slice(0, 100), {}],
  ['Hindi note of 200', 'नैसकॉम सम्मेलन में आपका भाषण बहुत प्रेरणादायक था। '.repeat(5).slice(0, 200), {}],
];

describe('over-limit', () => {
  it.each(FIRES)('fires: %s', (_label, text, ctx) => {
    const [w] = warningsFor('over-limit', text, ctx);
    expect(w?.severity).toBe('error');
  });

  it.each(QUIET)('stays quiet: %s', (_label, text, ctx) => {
    expect(warningsFor('over-limit', text, ctx).filter((w) => w.severity === 'error')).toEqual([]);
  });

  it('says how many characters to cut and marks the part that will not fit', () => {
    const text = note(237);
    const [w] = warningsFor('over-limit', text, { account: 'free' });
    expect(w?.message).toContain('Cut 37 characters');
    expect(w?.message).toContain('200-character limit');
    expect(w?.span).toEqual({ start: 200, end: 237 });
    expect(spanText(text, w)).toBe(text.slice(200));
    expect(w?.evidence).toBe(EVIDENCE.boxLimit);
  });

  it('explains that emoji count double when they push the note over', () => {
    const [w] = warningsFor('over-limit', `${note(196)}🇩🇰🇸🇪`, { account: 'free' });
    expect(w?.message).toMatch(/emoji/i);
  });

  it('InMail bodies between 1,900 and 2,000 get a soft note about the lower figure', () => {
    const text = 'a'.repeat(1950);
    const [w] = warningsFor('over-limit', text, { surface: 'inmail-body' });
    expect(w?.severity).toBe('info');
    expect(w?.message).toContain('1,900');
  });
});
