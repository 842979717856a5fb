import { quote, type Rule, warning } from '../input';
import type { Span } from '../types';

const TLDS =
  'com|io|ai|co|org|net|dev|app|ly|me|xyz|gg|so|tech|info|biz|us|uk|de|fr|es|it|nl|se|dk|no|fi|pl|tr|vn|cn|jp|in|ca|au|ch|at|be|br|link|page|site|tv|to|sh|cc|fm|eu|online|store|shop|blog|news|cloud|agency|studio|design';

/**
 * URLs, www. addresses, bare domains (lower-case TLD, so "ASP.NET" and "Node.js" are not links) and
 * e-mail addresses.
 */
const LINK = new RegExp(
  [
    String.raw`\bhttps?:\/\/[^\s<>"'“”]+`,
    String.raw`\bwww\.[^\s<>"'“”]+`,
    String.raw`\b[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b`,
    String.raw`\b[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.(?:${TLDS})\b(?:\/[^\s<>"'“”]*)?`,
  ].join('|'),
  'g',
);

function findLink(text: string): Span | null {
  for (const m of text.matchAll(LINK)) {
    // Trailing punctuation belongs to the sentence, not the link.
    const s = m[0].replace(/[.,;:!?)\]]+$/, '');
    if (s.length < 4) continue;
    return { start: m.index, end: m.index + s.length };
  }
  return null;
}

/** Links in a connection note (seed 004: no links); softer in messages, where sharing can be the point. */
export const link: Rule = {
  id: 'link',
  title: 'Link',
  check(input) {
    if (input.blank) return [];
    const span = findLink(input.text);
    if (!span) return [];
    const note = input.context.surface === 'connection-note';
    return [
      note
        ? warning(
            'link',
            'warn',
            `Remove ${quote(input.text, span)}: links in a connection request look like spam. Share it after they accept.`,
            'noLinksInNotes',
            span,
          )
        : warning(
            'link',
            'info',
            `Make sure ${quote(input.text, span)} is something they asked for or will clearly want; a cold link reads as a pitch.`,
            'noLinksInNotes',
            span,
          ),
    ];
  },
};
