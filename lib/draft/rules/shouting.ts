import { t } from '../../i18n/t';
import { quote, type Rule, type RuleInput, warning } from '../input';
import { fold } from '../tokenizer';
import type { Span } from '../types';

/** Acronyms and brands written in capitals (and the recipient's own name, checked separately). */
const ALLOWED = new Set([
  'hipaa',
  'nasdaq',
  'fosdem',
  'unicef',
  'unesco',
  'nvidia',
  'covid',
  'linkedin',
  'github',
  'devops',
  'mlops',
  'finops',
  'latam',
  'finra',
  'swift',
  'scrum',
  'agile',
  'sxsw',
  'insead',
  'ieee',
  'cissp',
  'ucla',
  'mba',
  'nato',
  'opec',
  'asean',
  'ocado',
  'ikea',
  'asml',
  'essec',
  'hec',
  'esade',
  'iese',
  'saas',
  'paas',
  'iaas',
  'gdpr',
  'ccpa',
  'soc2',
  'okrs',
  'kpis',
  'emea',
  'apac',
  'dach',
  'nyse',
  'cpa',
  'cfa',
  'phd',
  'ceo',
  'cto',
  'cfo',
  'coo',
  'cmo',
  'cro',
  'ciso',
  'svp',
  'evp',
  'nasa',
  'cern',
  'msft',
  'aapl',
  'goog',
  'amzn',
  'fintech',
  'bafta',
  'oscar',
  'fifa',
  'uefa',
  'wwdc',
  'reinvent',
  'kubecon',
  'pycon',
  'jsconf',
  'reactconf',
  'iclr',
  'html',
  'crispr',
  'cobol',
  'fortran',
  'scada',
  'ascii',
  'posix',
  'unix',
  'ansi',
  'iso',
  'ietf',
  'w3c',
  'oauth',
  'saml',
  'https',
  'ecmascript',
  'json',
  'yaml',
  'kpmg',
  'hsbc',
  'ideo',
  'akqa',
  'ucsf',
  'ntnu',
  'epfl',
  'ethz',
  'inria',
  'cnrs',
  'mckinsey',
  'sap',
  'oecd',
  'imf',
  'who',
  'un',
  'eu',
  'usa',
  'nhs',
  'bbva',
  'ubs',
  'ing',
  'abb',
  'jpmc',
  'nyu',
  'mit',
  'lse',
  'ucl',
  'iit',
  'iim',
  'rust',
  'java',
  'node',
  'fyi',
  'tldr',
  'ama',
  'b2b',
  'b2c',
  'dtc',
  'mvp',
  'gtm',
  'crm',
  'erp',
  'seo',
  'roi',
  'neurips',
  'icml',
  'cvpr',
  'acl',
  'emnlp',
]);

// Upper-case words of letters only (digits make it a code like B2B or SOC2: skip).
const CAPS_WORD = /(?<![\p{L}\p{N}])\p{Lu}{4,}(?![\p{L}\p{N}])/gu;
const BANG_RUN = /[!！]{2,}|[?？][!！]+|[!！][?？]+[!！]?/gu;

// The recipient is the same on every keystroke: fold their name once.
let lastName: { raw: string | null; folded: string } = { raw: null, folded: '' };
function foldedName(raw: string | null): string {
  if (raw !== lastName.raw) lastName = { raw, folded: raw ? fold(raw) : '' };
  return lastName.folded;
}

/** An ASCII word with fewer than four capitals (most words): no string built for it. */
function fewCapitals(text: string, start: number, end: number): boolean {
  let caps = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x7e) return false; // not plain ASCII: let hasFourCapitals decide
    if (c >= 0x41 && c <= 0x5a && ++caps >= 4) return false;
  }
  return true;
}

function hasFourCapitals(word: string): boolean {
  const lower = word.toLowerCase();
  if (lower === word) return false;
  let n = 0;
  // Same length (the usual case): compare code units, no string per character.
  if (lower.length === word.length) {
    for (let i = 0; i < word.length; i++)
      if (word.charCodeAt(i) !== lower.charCodeAt(i) && ++n >= 4) return true;
    return false;
  }
  for (const ch of word) if (ch !== ch.toLowerCase() && ++n >= 4) return true;
  return false;
}

interface Hit extends Span {
  letters: number;
  /** Index of the token the run is in. */
  token: number;
}

/**
 * Words after which a capitalised word is a name ("at UNILAG", "fellow NASSCOM member", "bei der
 * TÜV"): organisations outside our list are written this way. Not "a"/"an": "an AMAZING talk".
 */
const NAME_BEFORE = new Set([
  'chez',
  'run',
  'runs',
  'founded',
  'cofounded',
  'co-founded',
  'lead',
  'leads',
  'em',
  'at',
  'of',
  'from',
  'in',
  'on',
  'the',
  'fellow',
  'with',
  'by',
  'for',
  'via',
  'to',
  'and',
  'our',
  'your',
  'their',
  'my',
  'his',
  'her',
  'its',
  'into',
  'join',
  'joined',
  'joining',
  'about',
  'de',
  'del',
  'la',
  'le',
  'les',
  'du',
  'des',
  'der',
  'die',
  'das',
  'den',
  'dem',
  'bei',
  'auf',
  'im',
  'am',
  'von',
  'vom',
  'zum',
  'zur',
  'à',
  'au',
  'aux',
  'en',
  'el',
  'los',
  'las',
  'da',
  'do',
  'na',
  'no',
  'di',
  'il',
  'al',
  'van',
  'het',
  'w',
  'och',
  'på',
  'vid',
  'hos',
  'em',
  'della',
  'alla',
  'bij',
  'op',
  'voor',
  'dla',
  'od',
  'ze',
  'z',
  'в',
  'во',
  'на',
  'из',
  'от',
  'для',
  'при',
  'у',
  'з',
  'із',
  'від',
]);

/**
 * One capitalised word used as a name: after a preposition or article, or opening a clause with a
 * lower-case noun after it ("TÜBİTAK konferansındaki", "NASSCOM report").
 */
function namePosition(text: string, tokens: RuleInput['tokens'], hit: Hit): boolean {
  const prev = tokens[hit.token - 1];
  if (prev && NAME_BEFORE.has(prev.lower) && text.slice(prev.end, hit.start).trim() === '') return true;
  // A short capitalised word after a preposition starts the name: "w CD PROJEKT", "at EY PARTHENON".
  const short = prev ? text.slice(prev.start, prev.end) : '';
  const before = tokens[hit.token - 2];
  if (prev && before && short.length <= 3 && short === short.toUpperCase() && short !== short.toLowerCase())
    if (NAME_BEFORE.has(before.lower) && text.slice(before.end, prev.start).trim() === '') return true;
  const next = tokens[hit.token + 1];
  if (!next || text.slice(hit.end, next.start) !== ' ') return false;
  const n = text[next.start] as string;
  if (n === n.toUpperCase()) return false;
  // Opening the text or a clause: nothing before it, or punctuation or a line break.
  return !prev || /[,.!?:;\n]/.test(text.slice(prev.end, hit.start));
}

export const shouting: Rule = {
  id: 'shouting',
  get title() {
    return t('rule_shouting');
  },
  check(input) {
    if (input.blank) return [];
    const { text } = input;
    const name = foldedName(input.context.recipientName);
    const caps: Hit[] = [];
    // A merge field in capitals (FIRSTNAME, <EVENT NAME>) is the placeholder rule's, not shouting.
    // Every capitals run lies inside one token, so only tokens with four capitals are searched (the
    // Unicode regex over the whole note costs more than all the other rules together).
    const { tokens } = input;
    scan: for (let ti = 0; ti < tokens.length; ti++) {
      const t = tokens[ti] as (typeof tokens)[number];
      if (t.end - t.start < 4 || fewCapitals(text, t.start, t.end)) continue;
      const word = text.slice(t.start, t.end);
      if (!hasFourCapitals(word)) continue;
      for (const m of word.matchAll(CAPS_WORD)) {
        const f = fold(m[0]);
        if (ALLOWED.has(f) || name?.includes(f)) continue;
        const start = t.start + m.index;
        if (input.slots.some((s) => s.start <= start && start < s.end)) continue;
        caps.push({ start, end: start + m[0].length, letters: m[0].length, token: ti });
        if (caps.length >= 3) break scan;
      }
    }
    const firstCaps = caps[0];
    const longest = Math.max(0, ...caps.map((c) => c.letters));
    // One long shouted word ("AMAZING"), two with one of 5+ letters ("FREE AUDIT"), or three short ones.
    // A lone short one is emphasis or an acronym we do not know.
    // One capitalised name ("at NASSCOM", "chez SINERGIS IT", "I run CREATE SOMETHING"): its words
    // follow each other and the first sits where a name goes.
    const lone =
      firstCaps !== undefined &&
      caps.every(
        (c, i) =>
          i === 0 ||
          (c.token === (caps[i - 1] as Hit).token + 1 &&
            text.slice((caps[i - 1] as Hit).end, c.start) === ' '),
      ) &&
      namePosition(text, tokens, firstCaps);
    if (firstCaps && !lone && (longest >= 6 || (caps.length >= 2 && longest >= 5) || caps.length >= 3)) {
      const last = caps[caps.length - 1] as Hit;
      // Two or three capitalised words close together are quoted as one run.
      const span =
        caps.length >= 2 && last.end - firstCaps.start < 60
          ? { start: firstCaps.start, end: last.end }
          : firstCaps;
      return [
        warning(
          'shouting',
          'warn',
          t('draft_shouting_caps', { quote: quote(text, span) }),
          'noPressure',
          span,
        ),
      ];
    }
    const bangs = [...text.matchAll(BANG_RUN)];
    const first = bangs[0];
    if (!first) return [];
    const span = { start: first.index, end: first.index + first[0].length };
    const loud = bangs.length >= 2 || first[0].length >= 3;
    return [warning('shouting', loud ? 'warn' : 'info', t('draft_shouting_bangs'), 'noPressure', span)];
  },
};
