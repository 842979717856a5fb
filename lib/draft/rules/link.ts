import { t } from '../../i18n/t';
import { beforeReply, isFirstTouchOutreach, quote, type Rule, warning } from '../input';
import type { Span } from '../types';

const TLDS =
  'com|io|ai|co|org|net|dev|app|ly|me|xyz|gg|so|tech|info|biz|us|uk|de|fr|es|it|nl|se|dk|no|fi|pl|tr|vn|cn|jp|in|ca|au|ch|at|be|br|link|page|site|tv|to|sh|cc|fm|eu|online|store|shop|blog|news|cloud|agency|studio|design';

const URL_RE = /\bhttps?:\/\/[^\s<>"'“”]+|\bwww\.[^\s<>"'“”]+/g;
// Bare domains are found from their TLD (lower case, so "ASP.NET" and "Node.js" are not links) and
// grown to the left by hand: a regex that starts at every letter goes quadratic on "a.a.a.a…".
const TLD_RE = new RegExp(String.raw`\.(?:${TLDS})(?![A-Za-z0-9-])`, 'g');
const PATH_RE = /\/[^\s<>"'“”]*/y;
// Any other TLD counts when a path follows it ("go.acme/demo"): prose never writes "word.word/word".
const TLD_PATH_RE = /\.[a-z]{2,12}\/(?=[^\s/])/g;
/** A capitalised domain on its own line or after a colon is an address, not a company name. */
const STANDS_ALONE = /(?:^|\n|:)\s*$/;
/** A slot the writer meant to fill with a link: [Link], {{calendly_link}}, [lien vers le site]. */
const LINK_SLOT =
  /[[{<]{1,2}[^\]}>\n]{0,40}?\b(?:link|lien|enlace|url|calendly|website|webseite|site web|sitio web|portfolio|booking)\b[^\]}>\n]{0,40}?[\]}>]{1,2}/i;
const SLOT_OPEN = /[[{<]/;
const MENTION_WORD = /link|lien|enlace/;
/** "the link below", "link abaixo", "lien ci-dessous", "hier der Link": a link is on its way. */
const LINK_MENTION =
  /\b(?:link|lien|enlace)s? (?:below|above|abaixo|acima|ci-dessous|ci-joint|abajo|arriba|unten|in (?:the|my) (?:bio|comments))\b|\b(?:here'?s|here is|voici|aqui (?:esta|tienes|vai)|segue|hier (?:ist )?der) (?:the |my |le |o |el |mon |meu |mi )?(?:link|lien|enlace)\b/;
const EMAIL_DOMAIN_RE = /[\w-]{1,63}(?:\.[\w-]{1,63}){0,4}\.[a-z]{2,12}\b/y;

const isDomainChar = (c: number) =>
  (c >= 0x30 && c <= 0x39) ||
  (c >= 0x41 && c <= 0x5a) ||
  (c >= 0x61 && c <= 0x7a) ||
  c === 0x2d ||
  c === 0x2e;
const isLocalChar = (c: number) => isDomainChar(c) || c === 0x5f || c === 0x2b;

/** Grow left from `end` while `ok` holds, at most `max` characters; then skip leading dots and hyphens. */
function growLeft(text: string, end: number, ok: (c: number) => boolean, max: number): number {
  let start = end;
  while (start > 0 && end - start < max && ok(text.charCodeAt(start - 1))) start--;
  while (start < end && (text[start] === '.' || text[start] === '-')) start++;
  return start;
}

/** URLs, www. addresses, bare domains and e-mail addresses: the earliest one. */
function findLink(text: string): Span | null {
  const found: Span[] = [];
  URL_RE.lastIndex = 0;
  const url = URL_RE.exec(text);
  if (url) found.push(trim(text, url.index, url.index + url[0].length));
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    const start = growLeft(text, at, isLocalChar, 64);
    EMAIL_DOMAIN_RE.lastIndex = at + 1;
    const domain = EMAIL_DOMAIN_RE.exec(text);
    if (start < at && domain) {
      found.push({ start, end: at + 1 + domain[0].length });
      break;
    }
  }
  TLD_RE.lastIndex = 0;
  for (let m = TLD_RE.exec(text); m; m = TLD_RE.exec(text)) {
    const start = growLeft(text, m.index, isDomainChar, 253);
    if (start === m.index || text[start - 1] === '@' || text[start - 1] === '/') continue;
    PATH_RE.lastIndex = m.index + m[0].length;
    const path = PATH_RE.exec(text);
    // "Booking.com", "Monday.com": a capitalised name with no path is the company, not a link,
    // unless it stands alone on its line or after a colon ("Valtrimp.com", "Site: Acme.io").
    const first = text.charCodeAt(start);
    if (
      !path &&
      first >= 0x41 &&
      first <= 0x5a &&
      !STANDS_ALONE.test(text.slice(Math.max(0, start - 3), start))
    )
      continue;
    found.push(trim(text, start, m.index + m[0].length + (path ? path[0].length : 0)));
    break;
  }
  TLD_PATH_RE.lastIndex = 0;
  const tp = TLD_PATH_RE.exec(text);
  if (tp) {
    const start = growLeft(text, tp.index, isDomainChar, 253);
    if (start < tp.index && text[start - 1] !== '@' && text[start - 1] !== '/') {
      PATH_RE.lastIndex = tp.index + tp[0].length - 1;
      const path = PATH_RE.exec(text);
      found.push(trim(text, start, tp.index + tp[0].length - 1 + (path ? path[0].length : 0)));
    }
  }
  let best: Span | null = null;
  for (const f of found) if (f.end - f.start >= 4 && (!best || f.start < best.start)) best = f;
  return best;
}

/** No address yet, but a slot for one ("[Link]") or a pointer to one ("see the link below"). */
function linkSlotOrMention(text: string, folded: string, slots: readonly Span[]): Span | null {
  // Cheap checks first: a slot needs a bracket, a mention one of its words.
  if (!SLOT_OPEN.test(text) && !MENTION_WORD.test(folded)) return null;
  const slot = LINK_SLOT.exec(text);
  // A link slot the placeholder rule already reports ("[URL]", "{lien calendly}"): one warning is enough.
  const reported = slot && slots.some((s) => s.start < slot.index + slot[0].length && slot.index < s.end);
  const m = (reported ? null : slot) ?? LINK_MENTION.exec(folded);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

/** Trailing punctuation belongs to the sentence, not the link. */
function trim(text: string, start: number, end: number): Span {
  let e = end;
  while (e > start && '.,;:!?)]'.includes(text[e - 1] as string)) e--;
  return { start, end: e };
}

/**
 * Links in a connection note or a first message (seed 004: avoid early asks, calls, referrals or
 * links); in a later message, where sharing can be the point, only a reminder.
 */
export const link: Rule = {
  id: 'link',
  get title() {
    return t('rule_link');
  },
  check(input) {
    if (input.blank) return [];
    const span = findLink(input.text) ?? linkSlotOrMention(input.text, input.folded, input.slots);
    if (!span) return [];
    const note = input.context.surface === 'connection-note';
    if (!note && (isFirstTouchOutreach(input) || beforeReply(input)))
      return [
        warning(
          'link',
          'warn',
          t('draft_link_first_message', { quote: quote(input.text, span) }),
          'noLinksInNotes',
          span,
        ),
      ];
    return [
      note
        ? warning(
            'link',
            'warn',
            t('draft_link_note', { quote: quote(input.text, span) }),
            'noLinksInNotes',
            span,
          )
        : warning(
            'link',
            'info',
            t('draft_link_message', { quote: quote(input.text, span) }),
            'noLinksInNotes',
            span,
          ),
    ];
  },
};
