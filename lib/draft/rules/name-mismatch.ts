import { t } from '../../i18n/t';
import { type Rule, warning } from '../input';
import { fold } from '../tokenizer';

/** Common short forms whose prefix does not match the full name. */
const NICKNAMES: Record<string, readonly string[]> = {
  bob: ['robert'],
  rob: ['robert'],
  bobby: ['robert'],
  bill: ['william'],
  will: ['william'],
  liam: ['william'],
  liz: ['elizabeth'],
  beth: ['elizabeth'],
  betty: ['elizabeth'],
  kate: ['katherine', 'catherine', 'katarzyna', 'katharina'],
  katie: ['katherine', 'catherine'],
  kasia: ['katarzyna'],
  mike: ['michael'],
  jim: ['james'],
  jimmy: ['james'],
  dick: ['richard'],
  rick: ['richard', 'frederick', 'eric'],
  peggy: ['margaret'],
  maggie: ['margaret'],
  meg: ['margaret'],
  ted: ['edward', 'theodore'],
  ned: ['edward'],
  chuck: ['charles'],
  charlie: ['charles', 'charlotte'],
  jack: ['john'],
  johnny: ['john'],
  hank: ['henry'],
  harry: ['henry', 'harold'],
  sasha: ['alexander', 'aleksandr', 'alexandra', 'aleksandra'],
  sacha: ['alexander', 'alexandre'],
  alex: ['alexander', 'alexandra', 'alejandro', 'aleksandr', 'alexandre', 'alexis'],
  pepe: ['jose'],
  paco: ['francisco'],
  pancho: ['francisco'],
  nacho: ['ignacio'],
  lupe: ['guadalupe'],
  chema: ['jose'],
  sanjay: ['sanjeev'],
  dima: ['dmitry', 'dmitri'],
  misha: ['mikhail'],
  kolya: ['nikolai'],
  sam: ['samuel', 'samantha'],
  tony: ['anthony', 'antonio'],
  toni: ['antonia', 'antonio'],
  nick: ['nicholas', 'nikolaos', 'nicolas'],
  dan: ['daniel'],
  danny: ['daniel'],
  jen: ['jennifer'],
  jenny: ['jennifer'],
  becky: ['rebecca'],
  sue: ['susan', 'suzanne'],
  tom: ['thomas'],
  tommy: ['thomas'],
  jo: ['joanna', 'josephine', 'johanna'],
  hans: ['johannes'],
  jan: ['johannes'],
  fritz: ['friedrich'],
  sepp: ['josef'],
  mo: ['mohammed', 'muhammad', 'mohamed', 'mohammad', 'maurice', 'moritz'],
  ze: ['jose'],
  beppe: ['giuseppe'],
  peppe: ['giuseppe'],
  pino: ['giuseppe'],
  gigi: ['luigi'],
  kike: ['enrique'],
  chus: ['jesus'],
  lola: ['dolores'],
  abby: ['abigail'],
  ellie: ['eleanor', 'elena', 'ellen', 'elizabeth'],
  nell: ['eleanor', 'helen'],
  nellie: ['eleanor', 'helen'],
  gosia: ['malgorzata'],
  katya: ['ekaterina', 'yekaterina', 'katerina'],
  pasha: ['pavel'],
  zhenya: ['evgeny', 'evgenia', 'yevgeny', 'yevgenia'],
  vova: ['vladimir', 'volodymyr'],
  volodya: ['vladimir', 'volodymyr'],
  masha: ['maria', 'mariya'],
  dasha: ['daria', 'darya'],
  nastya: ['anastasia', 'anastasiya'],
  tanya: ['tatiana', 'tatyana'],
  natasha: ['natalia', 'natalya'],
  olya: ['olga'],
  seryozha: ['sergei', 'sergey'],
};

const TITLES =
  /^(?:dr|dra|prof|professor|mr|mrs|ms|mx|miss|sir|dame|herr|frau|sr|sra|mme|mlle|ing|dott|dottssa|dottoressa|pan|pani|panie|phd|mba|md|cpa|jr|sr)\.?$/;
// Polish formal address ("Pani Anno", "Panie Marku") puts the name in the vocative case.
const VOCATIVE_TITLE = /^\s*pan(?:i|ie)?\s/i;
// Names in scripts without spaces between given and family name: compare by characters.
const HAN = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u;
// Honorifics written after a CJK name: 先生 (Mr), 女士/小姐 (Ms), 老师, さん/様/くん/ちゃん, 님/씨.
const CJK_HONORIFIC = /(?:先生|女士|小姐|老师|老師|总|總|经理|經理|さん|様|さま|くん|ちゃん|님|씨)$/u;

/** Folded name parts, without titles, credentials, pronouns in brackets or emoji. */
function nameParts(name: string): string[] {
  const cleaned = name.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ').split(/[,|·•]/)[0] as string;
  // Curly and straight apostrophes alike: the profile may say "O’Brien" where the note says "O'Brien".
  return fold(cleaned)
    .replace(/[’‘ʼ]/g, "'")
    .split(/[^\p{L}\p{M}']+/u)
    .map((p) => p.replace(/'/g, ''))
    .filter((p) => p.length > 0 && !TITLES.test(p));
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** Vowels merged and doubled letters collapsed: "Mohammed" and "Muhammad" both give "mahamad". */
function skeleton(s: string): string {
  return s.replace(/[aeiouy]+/g, 'a').replace(/(.)\1+/g, '$1');
}

function partsMatch(g: string, r: string, vocative: boolean): boolean {
  if (g === r) return true;
  // Short forms: "Alex" for "Alexander", "Zoe" for "Zoë" (already folded); at least 3 letters.
  if (g.length >= 3 && r.startsWith(g)) return true;
  if (r.length >= 3 && g.startsWith(r)) return true;
  // A short form from inside the name: "Bisi" (Olabisi), "Tunde" (Babatunde), "Manu" (Emmanuel).
  if (g.length >= 4 && r.includes(g)) return true;
  // A diminutive that changes the ending: "Tomek" (Tomasz), "Kathi" (Katharina).
  const shared = commonPrefix(g, r);
  if (shared >= 3 && g.length < r.length && shared >= g.length - 2) return true;
  // The vocative after Pani/Panie changes the last letters: "Anno" (Anna), "Marku" (Marek).
  if (vocative && shared >= 3 && shared >= Math.max(g.length, r.length) - 2) return true;
  // Transliterations that differ only in vowels: "Ahmed"/"Ahmad", "Youssef"/"Yusuf".
  const sk = skeleton(g);
  if (sk.replace(/a/g, '').length >= 3 && sk === skeleton(r)) return true;
  return NICKNAMES[g]?.includes(r) === true || NICKNAMES[r]?.includes(g) === true;
}

// Letters by script, for names written in a different script from the profile ("Wei" for 陈伟,
// "Dmitry" for Дмитрий): a transliteration cannot be checked, so the rule does not guess.
function scriptBit(c: number): number {
  if (c < 0x250 || (c >= 0x1e00 && c <= 0x1eff)) return 1; // Latin
  if (c >= 0x370 && c <= 0x3ff) return 2; // Greek
  if (c >= 0x400 && c <= 0x52f) return 4; // Cyrillic
  if (c >= 0x590 && c <= 0x5ff) return 8; // Hebrew
  if ((c >= 0x600 && c <= 0x8ff) || (c >= 0xfb50 && c <= 0xfeff)) return 16; // Arabic
  if (c >= 0x900 && c <= 0xdff) return 32; // Indic scripts
  if (c >= 0xe00 && c <= 0xeff) return 64; // Thai, Lao
  if ((c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f) || (c >= 0xac00 && c <= 0xd7af))
    return 128; // Hangul
  if (c >= 0x3040 && c <= 0x30ff) return 256; // Kana
  if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) return 512; // Han
  return 0;
}

function scripts(s: string): number {
  let mask = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // Skip ASCII punctuation, digits and spaces; letters only.
    if (c < 0x80 && !((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a))) continue;
    mask |= scriptBit(c);
  }
  return mask;
}

function namesMatch(greeted: string, recipient: string): boolean {
  const gs0 = scripts(greeted);
  const rs0 = scripts(recipient);
  if (gs0 !== 0 && rs0 !== 0 && (gs0 & rs0) === 0) return true; // different scripts: do not guess
  if (HAN.test(greeted) || HAN.test(recipient)) {
    const g = greeted.replace(CJK_HONORIFIC, '');
    if (g.length === 0) return true;
    // 小龍 or 李 (surname + 先生) within 李小龍.
    if (recipient.includes(g) || g.includes(recipient)) return true;
    if ([...g].some((ch) => HAN.test(ch) && recipient.includes(ch))) return true;
  }
  const gs = nameParts(greeted);
  const rs = nameParts(recipient);
  if (gs.length === 0 || rs.length === 0) return true; // nothing to compare: do not guess
  if (gs.every((g) => g.length < 2)) return true; // initials only
  // Initials: "JP" for Jean-Pierre, "AJ" for Anthony Joshua.
  const initials = rs.map((r) => r[0]).join('');
  if (gs.length === 1 && (gs[0] as string).length <= 3 && initials.includes(gs[0] as string)) return true;
  const vocative = VOCATIVE_TITLE.test(greeted);
  return gs.some((g) => rs.some((r) => partsMatch(g, r, vocative)));
}

// The rule runs on every keystroke while the greeting and the recipient stay the same: remember the
// last answer (namesMatch is pure, so this only saves the folding and splitting).
let lastPair: { greeted: string; recipient: string; match: boolean } | null = null;
function namesMatchCached(greeted: string, recipient: string): boolean {
  if (lastPair?.greeted !== greeted || lastPair.recipient !== recipient)
    lastPair = { greeted, recipient, match: namesMatch(greeted, recipient) };
  return lastPair.match;
}

/** The greeting names someone other than the person whose box this is. */
export const nameMismatch: Rule = {
  id: 'name-mismatch',
  get title() {
    return t('rule_name_mismatch');
  },
  check(input) {
    const recipient = input.context.recipientName;
    const greeted = input.greeting?.name;
    if (!recipient || !greeted) return [];
    if (namesMatchCached(greeted.text, recipient)) return [];
    return [
      warning(
        'name-mismatch',
        'warn',
        t('draft_name_mismatch', { greeted: greeted.text, name: recipient }),
        'placeholderText',
        { start: greeted.start, end: greeted.end },
      ),
    ];
  },
};
