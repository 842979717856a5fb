/**
 * Unfilled merge fields and template slots, in every syntax mail-merge and outreach tools use:
 * [Name], {first_name}, {{company}}, <EVENT NAME>, <<Name>>, %FIRSTNAME%, *|FNAME|*, #Vorname#,
 * FIRST_NAME, a bare FIRSTNAME or "Hi NAME,", XXX, "Hi ,", "Herr …,". Shared by the placeholder rule
 * (which reports the first) and shouting (which must not call a slot in capitals shouting).
 */
import type { Span } from './types';

/** Slot words that mark an unfilled field even in lower case: <first name>, [company], (Vorname). */
const SLOT_WORDS =
  'name|first|last|firstname|lastname|full name|company|organi[sz]ation|title|role|position|job|industry|event|topic|city|school|university|date|day|time|mutual|connection|contact|product|trend|challenge|link|url|field|insert|recipient|prospect|team|department|specific|pain point|goal|x|y|vorname|nachname|firma|unternehmen|branche|stadt|prénom|prenom|nom|entreprise|société|societe|poste|ville|nombre|apellido|empresa|cargo|ciudad|nome|sobrenome|cidade';

/** Greetings before an empty name slot ("Hi ,", "Olá ,", "Привет ,"). */
const EMPTY_GREETINGS =
  'hi|hello|hey|dear|hola|bonjour|hallo|hej|ciao|olá|ola|oi|hoi|salut|merhaba|cześć|czesc|привет|привіт|здравствуйте|liebe|lieber|sehr geehrte|sehr geehrter|estimado|estimada|prezado|prezada|caro|cara|cher|chère';

/** Titles before an elided name: "Sehr geehrter Herr …,", "Bonjour Madame …". */
const TITLES = 'herr|frau|mr|mrs|ms|dr|monsieur|madame|señor|señora|senor|senora|sr|sra|senhor|senhora';

/** Template slots left unfilled. Not "<3", not math like "{x}", not emoticons. */
const SLOT = new RegExp(
  [
    // [Name], [Company Name], [industry trend]: brackets around 1-5 words (not a markdown link).
    // \p{M} for scripts that write vowels as marks: [नाम], [ชื่อ].
    String.raw`\[[ \t]*[\p{L}_][\p{L}\p{M}\p{N}_ .'’/:,&+-]{0,60}\](?!\()`,
    // {{One sentence about their situation}}: double braces hold a slot whatever is inside; ${productService}.
    String.raw`\$\{[\p{L}_][\p{L}\p{N}_.]{0,40}\}`,
    // \[Name\]: brackets escaped by a Markdown editor.
    String.raw`\\\[[^[\]\n]{1,60}\\\]`,
    String.raw`\{\{[^{}]{1,120}\}\}`,
    // {first_name}, {{company}}, {Company}: not single-letter math like {x}.
    String.raw`\{\{?[ \t]*[\p{L}_][\p{L}\p{M}\p{N}_ .-]{1,40}\}?\}`,
    // <<Name>>, «prénom», ‹Name›.
    String.raw`(?:<<|«|‹)[ \t]*(?:${SLOT_WORDS}|[\p{Lu}_][\p{L}_ ]{1,30})[ \t]*(?:>>|»|›)`,
    // <EVENT NAME>, <first_name>, <company>: capitals, underscores or a slot word.
    String.raw`<[ \t]*(?:[\p{Lu}_][\p{Lu}\p{N}_ ]{1,40}|[\p{L} ]*_[\p{L}_ ]*|(?:your |their |the )?(?:${SLOT_WORDS})(?: (?:${SLOT_WORDS}))*)[ \t]*>`,
    // <名前>, <회사명>, <الاسم>: a slot in a script without case (no such tags in prose there).
    String.raw`<[ \t]*\p{Lo}[\p{Lo}\p{M} ]{0,20}>`,
    // %FIRSTNAME%, %first_name%, #Vorname#, *|FNAME|*
    String.raw`%[\p{L}\p{M}_]{2,40}%|#[\p{L}\p{M}_]{3,30}#|\*\|[\p{L}_]{2,30}\|\*`,
    // (Name), (Vorname), (empresa): a slot word alone in parentheses.
    String.raw`\([ \t]*(?:your |ihr |votre |tu |su |seu |sua )?(?:first name|name|company|company name|vorname|firma|prénom|prenom|nom|entreprise|nombre|empresa|nome)[ \t]*\)`,
    // FIRST_NAME, COMPANY_NAME
    String.raw`\b[A-Z]{2,}(?:_[A-Z]+)+\b`,
    // XXX, XX-named slots, and blank lines to fill in.
    String.raw`\bX{2,}\b|\bXYZ\b|_{3,}`,
    // "Hi ," "Hi [" "Dear ,": a greeting whose name slot is empty.
    String.raw`^[ \t\n]*(?:${EMPTY_GREETINGS})(?:[ \t]+[,!.;:]|[ \t]*[[{<](?![[{<]?[\p{L}\p{M}\p{N}_ .'’/-]{0,40}[\]}>]))`,
    // "Herr …," "Madame ...": a title with the name left out.
    String.raw`(?<![\p{L}])(?:${TITLES})\.?[ \t]*(?:\.{3}|…)`,
    String.raw`\b(?:insert|your|their) (?:first )?(?:name|company) here\b`,
    // "your role at ." — an empty slot after a preposition.
    String.raw`\b(?:at|from|with|about|for|bei|chez|en|em|na|no)[ \t]+[,.;](?=\s|$)`,
  ].join('|'),
  'gimu',
);

/** Every branch of SLOT needs one of these; most notes have none and skip the Unicode search. */
const MAYBE = new RegExp(
  String.raw`[[{<%_«‹#(…]|\*\||xx|xyz|\.\.\.|name here|company here|\b(?:at|from|with|about|for|bei|chez|en|em|na|no)[ \t]+[,.;]|^[ \t\n]*(?:${EMPTY_GREETINGS})[ \t]+[,!.;:]`,
  'im',
);

/**
 * A merge field's name in capitals with nothing around it: "Hi FIRSTNAME,", "at COMPANY", "Hallo
 * VORNAME". Case-sensitive: "Name" or "company" in a sentence are words.
 */
const BARE_CAPS =
  /(?<![\p{L}\p{N}])(?:[A-Z_]*NAME[A-Z_]*|[A-Z_]*COMPANY[A-Z_]*|FIRST ?NAME|FIRSTNAME|LAST ?NAME|LASTNAME|FULL ?NAME|FNAME|LNAME|NAME|COMPANY(?: ?NAME)?|COMPANYNAME|JOB ?TITLE|TITLE|INDUSTRY|VORNAME|NACHNAME|FIRMA|FIRMENNAME|UNTERNEHMEN|PRÉNOM|PRENOM|ENTREPRISE|SOCIÉTÉ|SOCIETE|NOMBRE|APELLIDO|EMPRESA|NOME|SOBRENOME)(?![\p{L}\p{N}])/gu;

/** Matches that are fine as they are. */
const ALLOWED =
  /^(?:\[(?:sic|edit|link|pdf|video|photo|image|1|2|3|redacted|removed|name removed|anonymi[sz]ed|\.\.\.|…)\]|XXL|XXS)$/i;
/** "[Link: go.acme/demo]": a link written in brackets is the link rule's. */
const HAS_URL = /[\w-]\.[a-z]{2,12}\/|:\/\//i;
const ROMAN_BEFORE =
  /(?:^|[\s(])(?:el|la|los|las|del|al|il|lo|le|les|des|du|der|die|das|dem|den|da|do|dos|na|no|het|de)[ \t]+$/i;
const SLOT_ONLY = new RegExp(
  String.raw`^<[ \t]*(?:your |their |the )?(?:${SLOT_WORDS})(?: (?:${SLOT_WORDS}))*[ \t]*>$`,
  'iu',
);
const SLOT_WORDS_ONLY = new RegExp(`^(?:${SLOT_WORDS})(?: (?:${SLOT_WORDS}))*$`, 'iu');
const HASHTAG_CASE = /^#\p{Ll}+#?$/u;

function accept(text: string, s: string, index: number): boolean {
  if (ALLOWED.test(s) || HAS_URL.test(s)) return false;
  if (/^[a-z]{2,}(?:_[a-z]+)+$/.test(s)) return false; // snake_case in code, not FIRST_NAME
  if (/^x{2,}$/.test(s)) return false; // "xx" / "xxx" as kisses, not XXX
  if (/^\[[A-Z]{2}\]$/.test(s) && s !== '[XX]') return false; // [EN] / [DE] language tags in a bilingual post
  // "el XX Congreso", "il XXX Convegno": an edition in Roman numerals after a non-English article.
  if (/^X{2,3}$/.test(s) && ROMAN_BEFORE.test(text.slice(Math.max(0, index - 5), index))) return false;
  if (s.startsWith('<') && !s.startsWith('<<') && !/[\p{Lu}\p{Lo}_]/u.test(s) && !SLOT_ONLY.test(s))
    return false;
  // «…» and ‹…› are French and Portuguese quotation marks: only a slot word or capitals inside.
  if (s.startsWith('«') || s.startsWith('‹')) {
    const inner = s.slice(1, -1).trim();
    if (!SLOT_WORDS_ONLY.test(inner) && inner !== inner.toUpperCase()) return false;
  }
  // "#growth#" is not a thing, but a lone "#hashtag" never matches; "#Vorname#" needs a capital or _.
  if (s.startsWith('#') && HASHTAG_CASE.test(s)) return false;
  return true;
}

/** Half the words or more in capitals: a shouted text, where NAME is a word, not a field. */
function mostlyCapitals(text: string): boolean {
  const words = text.match(/\p{L}{2,}/gu) ?? [];
  let caps = 0;
  for (const w of words) if (w === w.toUpperCase()) caps++;
  return caps * 2 >= words.length;
}

/** The last text searched and what was found: placeholder and shouting ask for the same text. */
let memo: { text: string; slots: readonly Span[] } | null = null;

/** Every unfilled slot, in text order (at most 8). */
export function findSlots(text: string): readonly Span[] {
  if (memo?.text !== text) memo = { text, slots: searchSlots(text, 8) };
  return memo.slots;
}

function searchSlots(text: string, max: number): Span[] {
  const out: Span[] = [];
  if (MAYBE.test(text)) {
    SLOT.lastIndex = 0;
    for (const m of text.matchAll(SLOT)) {
      if (!accept(text, m[0], m.index)) continue;
      out.push({ start: m.index, end: m.index + m[0].length });
      if (out.length >= max) break;
    }
  }
  if (/[A-Z]{4}/.test(text) && !mostlyCapitals(text)) {
    for (const m of text.matchAll(BARE_CAPS)) {
      const start = m.index;
      if (out.some((s) => s.start <= start && start < s.end)) continue;
      out.push({ start, end: start + m[0].length });
      if (out.length >= max) break;
    }
    out.sort((a, b) => a.start - b.start);
  }
  return out;
}
