import { t } from '../../i18n/t';
import { quote, type Rule, warning } from '../input';
import type { Span } from '../types';

/** Slot words that mark an unfilled template field even in lower case: <first name>, [company]. */
const SLOT_WORDS =
  'name|first|last|firstname|lastname|company|organi[sz]ation|title|role|position|job|industry|event|topic|city|school|university|date|day|time|mutual|connection|contact|product|trend|challenge|link|url|field|insert|recipient|prospect|team|department|specific|pain point|goal|x|y';

/** Greetings before an empty name slot ("Hi ,", "Olá ,", "Привет ,"); shared with MAYBE below. */
const EMPTY_GREETINGS =
  'hi|hello|hey|dear|hola|bonjour|hallo|hej|ciao|olá|ola|oi|hoi|salut|merhaba|cześć|czesc|привет|привіт|здравствуйте';

/** Template slots left unfilled. Not "<3", not math like "{x}", not emoticons. */
const PLACEHOLDER = new RegExp(
  [
    // [Name], [Company Name], [industry trend]: brackets around 1-5 words (not a markdown link).
    // \p{M} for scripts that write vowels as marks: [नाम], [ชื่อ].
    String.raw`\[[ \t]*[\p{L}_][\p{L}\p{M}\p{N}_ .'’/-]{0,40}\](?!\()`,
    // {first_name}, {{company}}, {Company}: not single-letter math like {x}.
    String.raw`\{\{?[ \t]*[\p{L}_][\p{L}\p{M}\p{N}_ .-]{1,40}\}?\}`,
    // <EVENT NAME>, <first_name>, <company>: capitals, underscores or a slot word.
    String.raw`<[ \t]*(?:[\p{Lu}_][\p{Lu}\p{N}_ ]{1,40}|[\p{L} ]*_[\p{L}_ ]*|(?:your |their |the )?(?:${SLOT_WORDS})(?: (?:${SLOT_WORDS}))*)[ \t]*>`,
    // <名前>, <회사명>, <الاسم>: a slot in a script without case (no such tags in prose there).
    String.raw`<[ \t]*\p{Lo}[\p{Lo}\p{M} ]{0,20}>`,
    // %FIRSTNAME%, %first_name%
    String.raw`%[\p{L}\p{M}_]{2,40}%`,
    // FIRST_NAME, COMPANY_NAME
    String.raw`\b[A-Z]{2,}(?:_[A-Z]+)+\b`,
    // XXX, XX-named slots, and blank lines to fill in.
    String.raw`\bX{2,}\b|_{3,}`,
    // "Hi ," "Hi [" "Dear ,": a greeting whose name slot is empty.
    String.raw`^[ \t\n]*(?:${EMPTY_GREETINGS})(?:[ \t]+[,!.;:]|[ \t]*[[{<](?![[{<]?[\p{L}\p{M}\p{N}_ .'’/-]{0,40}[\]}>]))`,
    String.raw`\b(?:insert|your|their) (?:first )?(?:name|company) here\b`,
    // "your role at ." — an empty slot after a preposition.
    String.raw`\b(?:at|from|with|about|for)[ \t]+[,.;](?=\s|$)`,
  ].join('|'),
  'imu',
);

/** Matches that are fine as they are. */
const ALLOWED = /^(?:\[(?:sic|edit|link|pdf|video|photo|image|1|2|3)\]|XXL|XXS)$/i;

/**
 * Every branch of PLACEHOLDER needs one of these, and this plain regex is many times cheaper than the
 * Unicode one: most notes have none and skip the full search.
 */
const MAYBE = new RegExp(
  String.raw`[[{<%_]|xx|name here|company here|\b(?:at|from|with|about|for)[ \t]+[,.;]|^[ \t\n]*(?:${EMPTY_GREETINGS})[ \t]+[,!.;:]`,
  'im',
);

function findPlaceholder(text: string): Span | null {
  if (!MAYBE.test(text)) return null;
  const re = new RegExp(PLACEHOLDER.source, 'gimu');
  for (const m of text.matchAll(re)) {
    // The `i` flag would let \p{Lu} and [A-Z] match lower case; re-check the case-bound branches.
    const s = m[0];
    if (ALLOWED.test(s)) continue;
    if (/^[a-z]{2,}(?:_[a-z]+)+$/.test(s)) continue; // snake_case in code, not FIRST_NAME
    if (/^x{2,}$/.test(s)) continue; // "xx" / "xxx" as kisses, not XXX
    if (/^\[[A-Z]{2}\]$/.test(s) && s !== '[XX]') continue; // [EN] / [DE] language tags in a bilingual post
    // "el XX Congreso", "il XXX Convegno": an edition in Roman numerals after a non-English article.
    if (/^X{2,3}$/.test(s) && ROMAN_BEFORE.test(text.slice(Math.max(0, m.index - 5), m.index))) continue;
    if (s.startsWith('<') && !/[\p{Lu}\p{Lo}_]/u.test(s) && !SLOT_ONLY.test(s)) continue;
    return { start: m.index, end: m.index + s.length };
  }
  return null;
}

const ROMAN_BEFORE =
  /(?:^|[\s(])(?:el|la|los|las|del|al|il|lo|le|les|des|du|der|die|das|dem|den|da|do|dos|na|no|het|de)[ \t]+$/i;

const SLOT_ONLY = new RegExp(
  String.raw`^<[ \t]*(?:your |their |the )?(?:${SLOT_WORDS})(?: (?:${SLOT_WORDS}))*[ \t]*>$`,
  'u',
);

export const placeholder: Rule = {
  id: 'placeholder',
  get title() {
    return t('rule_placeholder');
  },
  check(input) {
    if (input.blank) return [];
    const span = findPlaceholder(input.text);
    if (!span) return [];
    return [
      warning(
        'placeholder',
        'error',
        t('draft_placeholder', { quote: quote(input.text, span) }),
        'placeholderText',
        span,
      ),
    ];
  },
};
