/**
 * What to call a person in a reason: their given name when we can know it, else the whole name.
 *
 * Evidence, strongest first:
 *   1. LinkedIn's own first-name field (a Connections.csv "First Name" column, the page's
 *      profile:first_name) — the person's own word;
 *   2. the greeting the user wrote ("Chào anh Minh,", "Dear Tanaka-san"): the part of the name the
 *      user chose to use, matched against the name's words (accent- and case-insensitive);
 *   3. the name itself, read for family-name-first conventions — never guessed from word order:
 *      - CJK scripts (Han, kana, Hangul) → the whole name;
 *      - letters only Vietnamese uses (ơ, ư, the tone marks of U+1EA0–U+1EF9) and Hungarian's double
 *        acute (ő, ű) → the whole name;
 *      - a first word written in capitals ("TANAKA Hiroshi", "NGUYEN Van Minh"), the convention for
 *        marking a family name written first → the whole name;
 *      - last resort: a first word on the lists of common family names of the five family-name-first
 *        cultures (family-names.ts) → the whole name ("Nguyen Van Minh", "Nagy László");
 *   4. otherwise the first word that is not an honorific ("Dr. Ana Silva" → "Ana").
 * A wrong given name reads worse than the full name ("connected with Nguyễn"), so every doubt
 * resolves to the full name.
 */
import { isFamilyName } from './family-names.ts';

export interface NameHints {
  /** LinkedIn's first-name field, where the page or an export shows it. */
  firstName?: string | null;
  /** The name as the user wrote it in their greeting ("Minh", "Tanaka-san"), or the greeting line. */
  greeting?: string | null;
}

const HONORIFICS = new Set([
  'dr',
  'prof',
  'mr',
  'mrs',
  'ms',
  'mx',
  'sir',
  'dame',
  'herr',
  'frau',
  'mme',
  'm',
  'sr',
  'sra',
  'dott',
  'ing',
  'dipl',
  'mag',
]);

/** Scripts whose names are written family name first (and without spaces, often). */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/**
 * Letters no other Latin-script language uses: Vietnamese horns and stacked tone marks (U+1EA0–U+1EF9
 * without the plain dot-below vowels ạ ẹ ị ọ ụ ỵ, which Yoruba and Igbo names use too), and
 * Hungarian's double acutes.
 */
const FAMILY_FIRST_LETTERS = /[ơưƠƯőűŐŰ\u1EA2-\u1EB7\u1EBA-\u1EC9\u1ECE-\u1EE3\u1EE6-\u1EF3\u1EF6-\u1EF9]/u;
const LETTER = /\p{L}/u;

/** Lower case without accents: "Nguyễn" and "nguyen" compare equal. */
function foldName(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/đ/g, 'd')
    .replace(/ł/g, 'l')
    .replace(/ø/g, 'o')
    .replace(/ß/g, 'ss');
}

/** "Ana Silva (she/her)", "Ana Silva | Growth", "Ana Silva, PhD" → "Ana Silva". */
function cleanFullName(full: string): string {
  let s = full.normalize('NFC').replace(/\s+/g, ' ').trim();
  s = s.replace(/\s*[([{][^)\]}]*[)\]}]\s*/gu, ' ').trim();
  const cut = /\s[|•·–—]\s|,\s/u.exec(s);
  if (cut && cut.index > 0) s = s.slice(0, cut.index).trim();
  return s || full.trim();
}

function words(name: string): string[] {
  return name.split(/\s+/).filter((w) => w.length > 0);
}

const bare = (w: string) => w.replace(/[.,;:!?'’]+$/u, '');
const isHonorific = (w: string) => HONORIFICS.has(foldName(bare(w)));

/** A word written all in capitals (two letters or more): "TANAKA", "NGUYEN". */
function allCaps(w: string): boolean {
  const letters = [...w].filter((c) => LETTER.test(c));
  return letters.length >= 2 && w === w.toUpperCase() && w !== w.toLowerCase();
}

/** The words of `full` the greeting names, in the name's order; null when it names none of them. */
function fromGreeting(full: string, greeting: string): string | null {
  const g = foldName(greeting.normalize('NFC'));
  if (!g.trim()) return null;
  if (CJK.test(full) && !/\s/.test(full)) {
    // No spaces to split on: the longest run of the name (two characters or more) in the greeting.
    const chars = [...full];
    for (let len = chars.length; len >= 2; len--)
      for (let i = 0; i + len <= chars.length; i++) {
        const part = chars.slice(i, i + len).join('');
        if (g.includes(foldName(part))) return part;
      }
    return null;
  }
  const spaced = g.replace(/[^\p{L}\p{N}\p{M}'’-]+/gu, ' ');
  // "Tanaka-san", "Minh-ssi": a hyphenated suffix after the name; "Jean-Pierre" stays one word too.
  const hay = ` ${spaced} ${spaced.replace(/-/g, ' ')} `;
  const picked = words(full).filter((w) => {
    const f = foldName(bare(w));
    return f.length >= 2 && !HONORIFICS.has(f) && hay.includes(` ${f} `);
  });
  if (picked.length === 0) return null;
  return picked.map(bare).join(' ');
}

/** Whether the name shows a family-name-first convention (so its first word is not a given name). */
export function familyNameFirst(full: string): boolean {
  if (CJK.test(full) || FAMILY_FIRST_LETTERS.test(full)) return true;
  const ws = words(full).filter((w) => !isHonorific(w));
  if (ws.length < 2) return false;
  const first = ws[0] as string;
  const last = ws[ws.length - 1] as string;
  // A capitalised family name marks itself: first → family first; last → given first.
  if (allCaps(first) && !allCaps(last)) return true;
  if (allCaps(last) && !allCaps(first)) return false;
  // Last resort: a common family name of the family-name-first cultures written first.
  return isFamilyName(foldName(bare(first)));
}

/** What to call the person (see the top of this file). */
export function callName(fullName: string, hints: NameHints = {}): string {
  const full = cleanFullName(fullName);
  const first = hints.firstName?.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (first && first.length <= full.length + 20 && LETTER.test(first)) return first;
  const greeted = hints.greeting ? fromGreeting(full, hints.greeting) : null;
  if (greeted) return greeted;
  if (familyNameFirst(full)) return full;
  const ws = words(full);
  const given = ws.find((w) => !isHonorific(w));
  // A one-letter first word ("J. Smith") says too little: the whole name.
  if (!given || [...bare(given)].filter((c) => LETTER.test(c)).length < 2) return full;
  return bare(given);
}
