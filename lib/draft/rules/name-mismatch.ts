import { t } from '../../i18n/t';
import { type Rule, warning } from '../input';
import { fold } from '../text';

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
};

const TITLES =
  /^(?:dr|prof|professor|mr|mrs|ms|mx|miss|sir|dame|herr|frau|sr|sra|mme|mlle|ing|phd|mba|md|cpa|jr|sr)\.?$/;
// Names in scripts without spaces between given and family name: compare by characters.
const HAN = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u;
// Honorifics written after a CJK name: 先生 (Mr), 女士/小姐 (Ms), 老师, さん/様/くん/ちゃん, 님/씨.
const CJK_HONORIFIC = /(?:先生|女士|小姐|老师|老師|总|總|经理|經理|さん|様|さま|くん|ちゃん|님|씨)$/u;

/** Folded name parts, without titles, credentials, pronouns in brackets or emoji. */
function nameParts(name: string): string[] {
  const cleaned = name.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ').split(/[,|·•]/)[0] as string;
  return fold(cleaned)
    .split(/[^\p{L}\p{M}']+/u)
    .map((p) => p.replace(/'/g, ''))
    .filter((p) => p.length > 0 && !TITLES.test(p));
}

function partsMatch(g: string, r: string): boolean {
  if (g === r) return true;
  // Short forms: "Alex" for "Alexander", "Zoe" for "Zoë" (already folded); at least 3 letters.
  if (g.length >= 3 && r.startsWith(g)) return true;
  if (r.length >= 3 && g.startsWith(r)) return true;
  return NICKNAMES[g]?.includes(r) === true || NICKNAMES[r]?.includes(g) === true;
}

export function namesMatch(greeted: string, recipient: string): boolean {
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
  return gs.some((g) => rs.some((r) => partsMatch(g, r)));
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
