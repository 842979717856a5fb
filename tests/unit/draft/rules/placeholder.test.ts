import { describe, expect, it } from 'vitest';
import { EVIDENCE } from '../../../../lib/evidence';
import { type Ctx, spanText, strongest, warningsFor } from '../helpers';

const FIRES: [string, string, Ctx][] = [
  ['Hi [Name], I loved your post on supply chains.', '[Name]', {}],
  ['Hi {first_name}, congrats on the new role!', '{first_name}', {}],
  ['Hello Zoë, congrats on the funding round at {{company}} 🎉', '{{company}}', {}],
  ['Hi José, great to meet you at <EVENT NAME> last week.', '<EVENT NAME>', {}],
  ['Hej Søren, I saw your talk at XXX and loved it.', 'XXX', {}],
  ['Hi , I enjoyed your article on Rust.', 'Hi ,', {}],
  ['Dear %FIRSTNAME%,\nThanks for connecting!', '%FIRSTNAME%', { surface: 'message' }],
  [
    'Hi Nguyễn, I saw this report on [Industry Trend] and thought of our chat.',
    '[Industry Trend]',
    { surface: 'message', stage: 'follow-up' },
  ],
  [
    'Hi Ayşe, how is your team at COMPANY_NAME thinking about hiring?',
    'COMPANY_NAME',
    { surface: 'message' },
  ],
  ['Hi 李小龍, congrats on your new role at .', 'at .', {}],
  ['Hi <first name>, loved your podcast 🎙️', '<first name>', {}],
  // Every language and script.
  ['Hallo {{Vorname}}, danke für deinen Vortrag auf der JSConf!', '{{Vorname}}', {}],
  ['Bonjour [Prénom], j’ai adoré ta conférence à Paris Web.', '[Prénom]', {}],
  ['Hola <NOMBRE>, enhorabuena por el nuevo puesto en Glovo.', '<NOMBRE>', {}],
  ['Hola Ana, te vi en XXX y me encantó tu charla.', 'XXX', {}],
  ['Olá , parabéns pelo novo cargo no Nubank!', 'Olá ,', {}],
  ['{{名前}}さん、PyCon JPでのご講演ありがとうございました。', '{{名前}}', {}],
  ['<会社名>の皆様、先日はありがとうございました。', '<会社名>', { surface: 'message' }],
  ['<회사명> 팀의 발표 잘 들었습니다.', '<회사명>', {}],
  ['مرحبا [الاسم]، استمتعت بمحاضرتك في مؤتمر LEAP.', '[الاسم]', {}],
  ['Привет, %ИМЯ%! Отличный доклад на HighLoad++.', '%ИМЯ%', {}],
  ['नमस्ते [नाम] जी, आपका भाषण बहुत प्रेरणादायक था।', '[नाम]', {}],
  ['שלום {{first_name}}, ההרצאה שלך הייתה מעולה', '{{first_name}}', {}],
  ['Chào [Tên], bài nói của anh rất hay.', '[Tên]', {}],
  ['Merhaba %AD%, TÜBİTAK sunumunuz harikaydı.', '%AD%', {}],
];

const QUIET: [string, Ctx][] = [
  ['Hi Sarah, I loved your post on supply chains <3', {}],
  ['Hi Zoë, your talk on {x} → f(x) notation in category theory was brilliant.', {}],
  ['Hi José, great meetup last night <grin> see you at the next one.', {}],
  ['Hej Søren, your post on Nix flakes [sic] had me laughing 😂', {}],
  ['Hi Nguyễn, congrats on the XXL funding round, well deserved!', {}],
  ['Hi Ayşe,\nThanks for the intro to the Istanbul product guild 🇹🇷', {}],
  ['Hi 李小龍, loved your snake_case vs camelCase post.', {}],
  ['Hi, I enjoyed your article on Rust.', {}],
  ['Hello Dr. Chen, your paper on CRISPR screens (Nature, 2025) was fascinating.', {}],
  ['Love this! xx', { surface: 'comment' }],
  ['Hola Pepe, coincidimos en el XX Congreso de Ingeniería en Valencia.', {}],
  ['Ci vediamo al XXX Convegno di Ingegneria a Torino!', { surface: 'comment' }],
  [
    '[EN] Our paper was accepted at ICML 2025! 🎉\n[DE] Unser Paper wurde auf der ICML 2025 angenommen!',
    { surface: 'post' },
  ],
];

describe('placeholder', () => {
  it.each(FIRES)('fires: %s', (text, slot, ctx) => {
    const [w] = warningsFor('placeholder', text, ctx);
    expect(w?.severity).toBe('error');
    expect(spanText(text, w)).toBe(slot);
    expect(w?.evidence).toBe(EVIDENCE.placeholderText);
  });

  it.each(QUIET)('stays quiet: %s', (text, ctx) => {
    expect(warningsFor('placeholder', text, ctx)).toEqual([]);
  });
});

/** Merge fields in the other syntaxes outreach tools use. */
const MERGE_FIELDS: [string, string][] = [
  ['Hi NAME, loved your post on Rust error handling.', 'NAME'],
  ['Hello FIRSTNAME, congrats on the new role!', 'FIRSTNAME'],
  ['Hi <<Name>>, thanks for connecting.', '<<Name>>'],
  ['Hallo %vorname%, danke für die Annahme!', '%vorname%'],
  ['Bonjour «Prénom», merci pour votre article.', '«Prénom»'],
  ['Hola *|FNAME|*, gracias por conectar.', '*|FNAME|*'],
  ['Olá #Nome#, obrigado pela conexão.', '#Nome#'],
  ['Sehr geehrter Herr …, vielen Dank für Ihre Nachricht.', 'Herr …'],
  ['Hi (Name), great to meet you at the summit.', '(Name)'],
  ['Hallo VORNAME, schön, dich kennenzulernen.', 'VORNAME'],
  ['Hola Ana, vi que en EMPRESA están creciendo mucho.', 'EMPRESA'],
  ['Olá Ana, parabéns pelo trabalho na [Empresa]!', '[Empresa]'],
];

const NOT_FIELDS: string[] = [
  'Bonjour Léa, « C’est génial » disait votre invitée à la conférence.',
  'Hi Ana, #buildinpublic is how I found your thread on pricing.',
  'Hallo Tom (mein Kollege aus Köln), danke für den Tipp!',
  'THIS IS ALL CAPS AND THE NAME OF THE GAME IS SHOUTING',
];

describe('placeholder: merge-field syntaxes', () => {
  it.each(MERGE_FIELDS)('fires: %s', (text, slot) => {
    const [w] = warningsFor('placeholder', text);
    expect(w?.severity).toBe('error');
    expect(spanText(text, w)).toBe(slot);
  });

  it.each(NOT_FIELDS)('stays quiet: %s', (text) => {
    expect(warningsFor('placeholder', text)).toEqual([]);
  });
});

describe('placeholder: slots of round 2', () => {
  it.each([
    [
      'Thanks for connecting! {{One sentence about their situation — show you did research.}}',
      '{{One sentence about their situation — show you did research.}}',
    ],
    // A template literal's slot, written as a plain string on purpose.
    [`Olá! Trabalho com ${'$'}{productService} e vi sua empresa.`, `${'$'}{productService}`],
    [
      'Bonjour, après avoir lu votre article sur \\[titre de l’article\\], je vous écris.',
      '\\[titre de l’article\\]',
    ],
    ['Hi XYZ, loved your post.', 'XYZ'],
  ])('%s', (text, slot) => {
    const w = strongest('placeholder', text);
    expect(w?.severity).toBe('error');
    expect(spanText(text, w)).toBe(slot);
  });
});
