/**
 * The opening greeting and the name in it ("Hi Sarah,", "Dear Dr. Chen", "Hola Ana,", "Bonjour Zoë").
 * Used by name-mismatch, placeholder and the opening checks; never guesses a name it cannot see.
 */
import type { Span } from './types';

export interface Greeting {
  /** The whole greeting, including the name and the comma after it. */
  span: Span;
  /** The name as written, when there is one. */
  name: (Span & { text: string }) | null;
}

const WORDS = [
  'good morning',
  'good afternoon',
  'good evening',
  'buenos días',
  'buenos dias',
  'buenas tardes',
  'guten morgen',
  'guten tag',
  'bom dia',
  'boa tarde',
  'xin chào',
  'dzień dobry',
  'dobrý den',
  'hi there',
  'hello there',
  'hey there',
  'hi',
  'hello',
  'hey',
  'heya',
  'hiya',
  'howdy',
  'dear',
  'greetings',
  'hola',
  'buenas',
  'bonjour',
  'bonsoir',
  'salut',
  'coucou',
  'hallo',
  'moin',
  'servus',
  'hej',
  'hei',
  'hejsan',
  'hoi',
  'ciao',
  'salve',
  'buongiorno',
  'olá',
  'ola',
  'oi',
  'merhaba',
  'selam',
  'namaste',
  'chào',
  'cześć',
  'ahoj',
  'szia',
  'tere',
  'sveiki',
  'zdravo',
  'привет',
  'здравствуйте',
  'shalom',
  'salam',
  'marhaba',
];

const TITLES =
  'dr|dra|prof|professor|mr|mrs|ms|mx|miss|herr|frau|señor|señora|senor|senora|sr|sra|srta|mme|mlle|monsieur|madame|dott\\.ssa|dott|dottoressa|ing|mag';

// A capitalised word (any script with case), or a run of caseless letters such as Han or Arabic.
const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)*|\p{Lo}[\p{Lo}\p{M}]*)`;
const NAME_PARTICLE = `(?:van|von|de|da|del|der|den|di|du|la|le|bin|ibn|al)`;

const HEAD_RE = new RegExp(
  String.raw`^\s*(?:${WORDS.join('|')})(?![\p{L}\p{M}])[ \t]*(?:(?:${TITLES})\.?[ \t]+)?`,
  'iu',
);
// Case-sensitive on purpose: with the i flag \p{Lu} would match any letter.
const NAME_RE = new RegExp(
  String.raw`^${NAME_WORD}(?:[ \t]+(?:${NAME_PARTICLE}[ \t]+)?${NAME_WORD}){0,3}`,
  'u',
);
// A lower-case name is only taken when a comma or line break closes it: "hi sarah,".
const LOWER_NAME_RE = /^[\p{Ll}][\p{L}\p{M}'’-]*(?=[ \t]*[,!:\n，])/u;
const AFTER_NAME = /^[ \t]*[,!:;.，、]?/u;

/** Words that follow a greeting but are not names ("Hi there", "Hello everyone", "Hi I'm…"). */
const NOT_NAMES = new Set([
  'there',
  'all',
  'everyone',
  'everybody',
  'team',
  'folks',
  'guys',
  'again',
  'friend',
  'friends',
  'both',
  'you',
  'sir',
  'madam',
  'mate',
  'buddy',
  'i',
  "i'm",
  'i’m',
  "i've",
  'i’ve',
  "i'd",
  'i’d',
  'just',
  'loved',
  'love',
  'thanks',
  'thank',
  'great',
  'congrats',
  'congratulations',
  'hope',
  'saw',
  'read',
  'enjoyed',
  'quick',
  'it',
  'its',
  'we',
  'my',
  'our',
  'your',
  'the',
  'this',
  'that',
  'welcome',
  'nice',
  'so',
  'really',
  'from',
  'and',
  'a',
  'how',
  'long',
  'happy',
  'glad',
  'is',
  'me',
  // Forms of address, not names: Indian and Nigerian English "Hello Ma", "Good morning Ma'am".
  'ma',
  "ma'am",
  'ma’am',
  'maam',
  'dear',
  'boss',
  'hiring',
  'recruiter',
  // "Hallo zusammen", "Hej igen": everyone, again.
  'zusammen',
  'nochmal',
  'nochmals',
  'igen',
  'allemaal',
  'todos',
  'tutti',
  'tous',
]);

/** What parseGreeting reads: the greeting, the name and a few characters after it. */
const READS = 200;
let last: { key: string; result: Greeting | null } = { key: '\u0000', result: null };

/**
 * The greeting of a text. It depends only on the text's first ~200 characters (after any leading
 * space), so while someone types further on, the last answer is reused: the head regex is the
 * slowest step of a keystroke's analysis of a short note.
 */
export function parseGreeting(text: string): Greeting | null {
  const key = text.slice(0, leading(text) + READS);
  if (key === last.key) return last.result;
  const result = parse(text);
  last = { key, result };
  return result;
}

function parse(text: string): Greeting | null {
  const head = HEAD_RE.exec(text.length > 300 ? text.slice(0, 300) : text);
  if (!head) return null;
  const nameStart = head[0].length;
  const rest = text.slice(nameStart, nameStart + 120);
  let words: string[] = [];
  const cased = NAME_RE.exec(rest);
  if (cased) {
    // Keep leading words until one is a common word: "Hi Sarah I loved…" → "Sarah".
    for (const w of cased[0].split(/[ \t]+/)) {
      if (NOT_NAMES.has(w.toLowerCase())) break;
      words.push(w);
    }
  } else {
    const lower = LOWER_NAME_RE.exec(rest);
    if (lower && !NOT_NAMES.has(lower[0])) words = [lower[0]];
  }
  if (words.length === 0) {
    const tail = AFTER_NAME.exec(text.slice(nameStart, nameStart + 4));
    return { span: { start: leading(text), end: nameStart + (tail?.[0].length ?? 0) }, name: null };
  }
  // Words are consecutive from nameStart, separated by spaces or tabs only.
  let nameEnd = nameStart;
  for (const w of words) nameEnd = text.indexOf(w, nameEnd) + w.length;
  const tail = AFTER_NAME.exec(text.slice(nameEnd, nameEnd + 4));
  return {
    span: { start: leading(text), end: nameEnd + (tail?.[0].length ?? 0) },
    name: { start: nameStart, end: nameEnd, text: text.slice(nameStart, nameEnd) },
  };
}

function leading(text: string): number {
  return text.length - text.trimStart().length;
}
