/**
 * The shapes the lexicons are written in (lib/draft/lexicon/shape.ts, shape-index.ts, words.ts): what each element means, and
 * that every shape of every language compiles against classes some language defines.
 */
import { describe, expect, it } from 'vitest';
import { foldSameLength } from '../../../lib/draft/fold';
import { buildInput } from '../../../lib/draft/input';
import { classesFor, LANGS, LEXICONS, type PatternKey, shapeSources } from '../../../lib/draft/lexicon';
import { compileShape, makeClass, numValue } from '../../../lib/draft/lexicon/shape';
import { indexShapes, matchAll } from '../../../lib/draft/lexicon/shape-index';
import { readWords } from '../../../lib/draft/lexicon/words';
import { lowerSameLength, tokenize } from '../../../lib/draft/tokenizer';

const CLASSES = new Map([
  ['meet', makeClass(['call', 'demo', 'coffee_chat', '~gesprach', 'termin~'])],
  ['min', makeClass(['min', 'minute', 'minutes'])],
]);

/** The matched texts of one shape in a text. */
function run(shape: string, text: string, slots: { start: number; end: number }[] = []): string[] {
  const lower = lowerSameLength(text);
  const words = readWords(text, lower, foldSameLength(lower), tokenize(text), slots);
  const ix = indexShapes([{ key: 'k', shape: compileShape(shape, CLASSES) }]);
  return matchAll(ix, words).map((m) => text.slice(m.start, m.end));
}

describe('shapes', () => {
  it('read words, classes, word starts and ends, and runs of words', () => {
    expect(run('a quick? @meet', 'Fancy a quick call or a demo?')).toEqual(['a quick call', 'a demo']);
    expect(run('@meet', 'Ein Kennenlerngespräch, ein Termin­vorschlag')).toEqual([
      'Kennenlerngespräch',
      'Termin',
    ]);
    expect(run('a @meet', 'over a coffee chat')).toEqual(['a coffee chat']);
  });

  it('read numbers with their signs, glued units and separators', () => {
    expect(run('# @min', 'a 15-minute call, 20min, 1.500 minutes')).toEqual([
      '15-minute',
      '20min',
      '1.500 minutes',
    ]);
    expect(run('#%', 'cut costs by 40% and 12 %')).toEqual(['40%', '12 %']);
    expect(run('#+%', 'revenue +15%, 2-3% and -30 %')).toEqual(['+15%', '-30 %']);
    expect(run('#$', 'only $49/month or 29 € or 12 apples')).toEqual(['$49', '29']);
    expect(run('#$0-9999', '$2M and €120k and $99')).toEqual(['$2', '€120', '$99']);
    expect(run('#7-21 h', 'jeudi 14h30 ou en 48h')).toEqual(['14h']);
    expect(run('#:', 'at 14:30')).toEqual(['14:30']);
    expect(run('#> #', 'de 1 → 9 por mês')).toEqual(['1 → 9']);
    expect(numValue('1.500')).toBe(1500);
    expect(numValue('2,5')).toBe(2.5);
    expect(numValue('1.650,00')).toBe(1650);
  });

  it('gaps, negative looks and question marks', () => {
    expect(run('hope this *3 well', 'Hope this week is going well')).toEqual([
      'Hope this week is going well',
    ]);
    expect(run('hope this *2 well', 'Hope this week is going well')).toEqual([]);
    expect(run('we offer !remote', 'We offer remote work. We offer audits.')).toEqual(['We offer']);
    expect(run('-not|no urgent', 'Not urgent. Urgent!')).toEqual(['Urgent']);
    expect(run('any update =?', 'Any update? Any update on the deal.')).toEqual(['Any update']);
    expect(run('^ quick question', 'Quick question. A quick question')).toEqual(['Quick question']);
  });

  it('never run across the end of a sentence, but across a wrapped line', () => {
    expect(run('our platform', 'We love our. Platform teams')).toEqual([]);
    expect(run('our platform', 'our\nplatform')).toEqual(['our\nplatform']);
    expect(run('our platform', 'our\n\nplatform')).toEqual([]);
  });

  it('split elisions and read a template slot only as @CAP', () => {
    expect(run("j' accompagne", "J'accompagne les PME")).toEqual(["J'accompagne"]);
    expect(run('similar company', 'we helped {{similar_company}}', [{ start: 11, end: 30 }])).toEqual([]);
    expect(run('helped @CAP', 'we helped {{similar_company}}', [{ start: 11, end: 30 }])).toEqual([
      'helped {{similar',
    ]);
    expect(run('helped @CAP', 'we helped Northwind')).toEqual(['helped Northwind']);
    expect(run('@POSS launch', "Congrats on Acme's launch and on it's launch")).toEqual(["Acme's launch"]);
  });

  it('refuse a shape that opens with a gap or a malformed number', () => {
    expect(() => indexShapes([{ key: 'k', shape: compileShape('*2 call', CLASSES) }])).toThrow();
    expect(() => compileShape('#x', CLASSES)).toThrow();
  });
});

describe('the lexicons', () => {
  it('compile, and name only classes some language defines', () => {
    const defined = new Set(LANGS.flatMap((l) => Object.keys(LEXICONS[l].classes)));
    const classes = classesFor(LANGS);
    for (const { src } of shapeSources(LANGS)) {
      for (const name of src.match(/@[a-z0-9]+/g) ?? [])
        expect(defined, `${name} in "${src}"`).toContain(name.slice(1));
      expect(() => compileShape(src, classes)).not.toThrow();
    }
    expect(() =>
      indexShapes(shapeSources(LANGS).map(({ key, src }) => ({ key, shape: compileShape(src, classes) }))),
    ).not.toThrow();
  });

  it('find each family in the text it was written for', () => {
    const families = (text: string) =>
      new Set(buildInput(text, { surface: 'message' }).matches.map((m) => m.key as PatternKey));
    expect(
      families('Hi Ana, we help SaaS founders cut churn. Free for a 15-minute call on Tuesday at 2pm?'),
    ).toEqual(new Set(['pitch', 'bigAsk']));
    expect(
      families('Hola Ana, ayudamos a clínicas a conseguir pacientes. ¿Tienes 15 minutos el martes a las 10?'),
    ).toEqual(new Set(['pitch', 'bigAsk']));
  });
});

describe('matching again after an edit', () => {
  const BASE =
    'Hi Ana, we help SaaS founders cut churn by 30%. I came across your profile. Free for a 15-minute call on Tuesday at 2pm? Just checking in on my last message. Our platform starts at $49/month.';
  const EDITS = [
    (t: string) => `${t} x`,
    (t: string) => t.slice(0, -10),
    (t: string) => t.replace('Tuesday', 'Wednesday'),
    (t: string) => t.replace('we help', 'we hel'),
    (t: string) => `Hello. ${t}`,
    (t: string) => t.replace('15-minute', '15'),
    (t: string) => t.replace('. I came', ' I came'),
  ];
  it.each(EDITS.map((f, i) => [i, f] as const))('edit %i finds what a fresh pass finds', (_i, edit) => {
    const matches = (text: string) =>
      buildInput(text, { surface: 'message' }).matches.map((m) => `${m.key}:${m.start}-${m.end}`);
    // Warm the language set's index on the base text, then analyse the edit (reusing the last pass).
    matches(BASE);
    const edited = edit(BASE);
    const incremental = matches(edited);
    // A fresh pass: another text in between so nothing carries over, then the edit again.
    matches('Completely unrelated words about gardening and tomatoes in the spring.');
    expect(incremental).toEqual(matches(edited));
  });
});
