/**
 * The words a pattern must start with, read from its source, so a pattern is only run on a text
 * that contains one of them (most of a family's patterns cannot match a given note: skipping them
 * costs a Set lookup instead of a regex scan). Conservative: a pattern whose start is not a plain
 * word (a digit class, a currency sign, "\S+") is always run.
 */

export interface Trigger {
  /** Whole words (token strings of the folded text). */
  words: string[];
  /** Word starts ("follow" for "follow(?:ed)?") and signs ("$", "€"): looked for anywhere in the text. */
  prefixes: string[];
  /** The pattern may start with a digit ("15-minute", "30%"). */
  digit?: true;
}

const LITERAL = /[a-z0-9']/;

/** The trigger of a regex source, or null when it cannot be read (the pattern always runs). */
export function triggerOf(source: string): Trigger | null {
  try {
    const t: Trigger = { words: [], prefixes: [] };
    open = [];
    const end = alternatives(source, 0, t);
    return end === source.length ? t : null;
  } catch {
    return null;
  }
}

class Unreadable extends Error {}

/** Words recorded so far that ended at "|" or ")" (module state: triggerOf is not re-entrant). */
let open: string[] = [];

/** a|b|c up to an unmatched ")" or the end; returns the index after it. */
function alternatives(s: string, i: number, t: Trigger): number {
  let j = sequence(s, i, t);
  while (s[j] === '|') j = sequence(s, j + 1, t);
  return j;
}

/** Skips a balanced group starting at s[i] === "(", returns the index after its ")". */
function skipGroup(s: string, i: number): number {
  let depth = 0;
  for (let j = i; j < s.length; j++) {
    const c = s[j];
    if (c === '\\') {
      j++;
      continue;
    }
    if (c === '[') {
      while (j < s.length && s[j] !== ']') j += s[j] === '\\' ? 2 : 1;
      continue;
    }
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return j + 1;
  }
  throw new Unreadable();
}

/** Skips the rest of a sequence (to the next top-level "|" or ")"). */
function skipRest(s: string, i: number): number {
  let j = i;
  while (j < s.length && s[j] !== '|' && s[j] !== ')') {
    const c = s[j];
    if (c === '\\') j += 2;
    else if (c === '(') j = skipGroup(s, j);
    else if (c === '[') {
      while (j < s.length && s[j] !== ']') j += s[j] === '\\' ? 2 : 1;
      j++;
    } else j++;
  }
  return j;
}

/**
 * The word ends at s[i]: a space, a word boundary, the end of the alternative or of the source, or
 * an optional group of apostrophe endings or next words ("we(?:'ve| have)?": "we've" is split at its
 * apostrophe in the text's word set too).
 */
function endsWord(s: string, i: number): boolean {
  const c = s[i];
  if (
    c === undefined ||
    c === ' ' ||
    c === '|' ||
    c === ')' ||
    s.startsWith('\\b', i) ||
    s.startsWith('\\s', i)
  )
    return true;
  if (!s.startsWith('(?:', i)) return false;
  let close: number;
  try {
    close = skipGroup(s, i);
  } catch {
    return false;
  }
  if (s[close] !== '?') return false;
  const inner = s.slice(i + 3, close - 1);
  return inner.split('|').every((alt) => alt.startsWith("'") || alt.startsWith(' '));
}

/** A character class at s[i]: digits only, or plain signs ("[$€£]"); null when it is anything else. */
function readClass(s: string, i: number): { end: number; digit: boolean; signs: string[] } | null {
  const close = s.indexOf(']', i);
  if (close < 0) return null;
  const body = s.slice(i + 1, close);
  if (/^(?:\\d|[0-9]-[0-9]|[0-9])+$/.test(body)) return { end: close + 1, digit: true, signs: [] };
  const signs = body.replace(/\\u([0-9a-f]{4})/gi, (_, h: string) =>
    String.fromCharCode(Number.parseInt(h, 16)),
  );
  if (/^[$\u20ac\u00a3\u2192+\-\u2212]+$/.test(signs))
    return { end: close + 1, digit: false, signs: [...signs] };
  return null;
}

const optional = (s: string, i: number) => s[i] === '?' || s[i] === '*' || s.startsWith('{0', i);

/** One alternative: records its first word(s) in t and returns the index where it ends. */
function sequence(s: string, i: number, t: Trigger): number {
  let j = i;
  for (;;) {
    if (s.startsWith('\\b', j)) {
      j += 2;
      continue;
    }
    if (
      s.startsWith('(?<!', j) ||
      s.startsWith('(?<=', j) ||
      s.startsWith('(?!', j) ||
      s.startsWith('(?=', j)
    ) {
      j = skipGroup(s, j);
      continue;
    }
    break;
  }
  const c = s[j];
  if (c === undefined || c === '|' || c === ')') throw new Unreadable(); // an empty alternative
  if (s.startsWith('(?:', j)) {
    const before = open.length;
    const close = alternatives(s, j + 3, t);
    if (s[close] !== ')') throw new Unreadable();
    let k = close + 1;
    // "(?:fest|sonder)preis", "(?:we|i)(?:'ve)?": the group's words run on, so they are word starts.
    let after = k;
    if (optional(s, after)) after = s[after] === '{' ? s.indexOf('}', after) + 1 : after + 1;
    if (s[after] === '?') after++;
    // Only words that end with the group itself run on ("(?:i )?hope": "i" ended at its space).
    const ended = open.splice(before);
    if (!endsWord(s, after))
      for (const w of ended) {
        t.words.splice(t.words.lastIndexOf(w), 1);
        t.prefixes.push(w);
      }
    if (optional(s, k)) {
      // An optional group: the sequence may also start after it.
      k = s[k] === '{' ? s.indexOf('}', k) + 1 : k + 1;
      if (s[k] === '?') k++;
      return sequence(s, k, t);
    }
    if (s[k] === '+' || s[k] === '{') throw new Unreadable();
    return skipRest(s, k);
  }
  if (s.startsWith('\\d', j)) {
    t.digit = true;
    return skipRest(s, j + 2);
  }
  if (c === '[') {
    const cls = readClass(s, j);
    if (!cls) throw new Unreadable();
    if (cls.digit) t.digit = true;
    t.prefixes.push(...cls.signs);
    return skipRest(s, cls.end);
  }
  if (c !== undefined && LITERAL.test(c)) {
    let k = j;
    while (k < s.length && LITERAL.test(s[k] as string)) k++;
    let word = s.slice(j, k);
    const next = s[k];
    if (next === '?' || next === '*' || next === '{') {
      word = word.slice(0, -1);
      if (word) t.prefixes.push(word);
      else throw new Unreadable();
    } else if (endsWord(s, k)) {
      t.words.push(word);
      // Ended by the alternative, not by a space: a group around it may run on.
      if (s[k] === '|' || s[k] === ')') open.push(word);
    } else t.prefixes.push(word);
    return skipRest(s, k);
  }
  throw new Unreadable();
}
