/**
 * Is the person senior enough that a connection request is likely to sit unanswered (seed 000:
 * "Senior executives … acceptance rates can drop below 10%")? Read from the headline alone.
 *
 * The person's own role is the first title: "Executive Assistant to the CEO" is an assistant, and
 * "Former CEO" is no longer one. Matching is case- and accent-insensitive, on whole words for
 * alphabetic scripts ("Directory" and "Vice" alone do not match) and on substrings for CJK.
 */

/** Lower case, accents stripped, a few letters NFKD does not decompose mapped by hand. */
function normaliseHeadline(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      // Recompose what NFKD split but is not an accent: Hangul syllables (대표) fall apart into jamo.
      .normalize('NFC')
      .toLowerCase()
      .replace(/ł/g, 'l')
      .replace(/ø/g, 'o')
      .replace(/ß/g, 'ss')
      .replace(/æ/g, 'ae')
      .replace(/œ/g, 'oe')
      .replace(/đ/g, 'd')
      .replace(/[’`]/g, "'")
      .replace(/\s+/g, ' ')
      .trim()
  );
}

// Whole-word guards for alphabetic scripts (Latin, Cyrillic): no letter or digit on either side.
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

/** Senior titles on normalised text. Each entry is one alternative; comments say what it covers. */
const LATIN_TITLES = [
  // C-suite abbreviations that are unambiguous in a headline.
  'ceo|cfo|cto|coo|cmo|cio|ciso|chro',
  // "Chief Revenue Officer", but not "Chief of Staff".
  'chief(?! of staff)',
  's?e?vp|vice[ -]?president[ae]?|vizeprasident(?:in)?|vicepresident[ae]?',
  'president[ae]?|prasident(?:in)?|prezes',
  // "Founder", "Co-founder", "Cofounder"; not "Founder's Associate" (a junior role).
  "(?:co-?)?founder(?!'?s)",
  'head of',
  // "Director", "Managing Director", "Director General"; not "Directory" or "Board of Directors".
  'director[a]?|directeur|directrice|direttore|direttrice|diretor[a]?|dyrektor|direktor|direktoer|директор',
  // A partner at a firm, but not the HR, talent or channel "partner" roles ("Talent Partner", "HR Business Partner").
  'managing partner|general partner|senior partner|founding partner|(?<!(?:talent|business|people|hr|recruiting|recruitment|learning|finance|channel|technology|account|customer|success|delivery|strategic) )partner(?! (?:manager|marketing|success|sales|account|relations|development|programs?|solutions|engineer|ecosystem|network|specialist|lead))',
  // Owners, but not "Product Owner" and the like (agile roles).
  '(?<!(?:product|process|service|data|feature|technical|content|system|risk) )owner|inhaber(?:in)?|eigenaar|titolare|proprietaire',
  'chair(?:man|woman|person)?',
  // German.
  // "Geschaeftsfuehrer" is how the title is written without umlauts.
  'gescha?e?ftsfu?e?hrer(?:in)?|geschaftsleiter(?:in)?|vorstand(?:svorsitzender?)?|(?:mit)?(?:be)?grunder(?:in)?|(?:mit)?stifter(?:in)?',
  // "Leiter Vertrieb", "Bereichsleiterin"; not team or project leads.
  '(?:bereichs|abteilungs|vertriebs|marketing|gesamt)?leiter(?:in)?',
  // French.
  '(?:co-?)?fondat(?:eur|rice)|pdg|dg|gerante?',
  // Spanish, Portuguese.
  '(?:co-?)?fundador[a]?|jef[ea] de|consejer[oa] delegad[oa]|gerente general',
  // Italian.
  '(?:co-?)?fondat(?:ore|rice)|amministratore delegato',
  // Dutch, Scandinavian.
  '(?:mede-?)?oprichter|zaakvoerder|vd|(?:med)?grundare|grunnlegger|daglig leder',
  // Polish, Russian.
  'za[lł]o[zż]yciel(?:ka)?|(?:со)?основатель|учредитель|руководитель|генеральный директор',
];

/** CJK titles have no spaces around them; match as substrings. */
const CJK_TITLES = [
  '社長',
  '代表取締役',
  '取締役',
  '執行役員',
  '会長',
  '創業者',
  '本部長',
  '部長',
  '总裁',
  '總裁',
  '首席.{1,6}官',
  '董事长',
  '董事長',
  '总经理',
  '總經理',
  '创始人',
  '創始人',
  '創辦人',
  '合伙人',
  '合夥人',
  '总监',
  '總監',
  '대표',
  '사장',
  '창업자',
  '이사',
];

const TITLE = new RegExp(`${B}(?:${LATIN_TITLES.join('|')})${E}|${CJK_TITLES.join('|')}`, 'gu');

/** Words that make the role someone else's: "Assistant to the CEO", "EA to the VP", "社長秘書". */
const SUPPORT_ROLE = new RegExp(
  `${B}(?:assistant[e]?|assistent(?:in)?|asistente|assistente|secretary|secretaire|sekretar(?:in)?|secretaria|(?:ea|pa) (?:to|for)|intern|praktikant(?:in)?|stagiaire|becari[oa]|tirocinante|trainee|student)${E}|秘書|秘书|助理|アシスタント|비서`,
  'u',
);

/** Words that make the title a past or wished-for one: "Former CEO", "ex-Founder", "Aspiring VP". */
const NOT_CURRENT = new RegExp(
  `${B}(?:ex|former|formerly|previously|past|aspiring|future|ehemalige[rs]?|ancien(?:ne)?|antigu[oa]|ex-)${E}|元|前`,
  'u',
);

/** Separators between the parts of a headline: "CEO | Speaker · Author, Advisor". */
const SEPARATOR = /\s*[|•·,;/]\s*|\s+[-–—]\s+|\s+(?:at|@|bei|chez|en|presso|bij)\s+/gu;

interface Segment {
  start: number;
  end: number;
}

function segments(text: string): Segment[] {
  const out: Segment[] = [];
  let start = 0;
  for (const m of text.matchAll(SEPARATOR)) {
    out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  out.push({ start, end: text.length });
  return out;
}

/**
 * Walks the headline's parts in order. The first part that names a support role decides "not
 * senior"; the first current senior title decides "senior"; past titles ("Former CEO") are skipped.
 */
export function isSenior(headline: string | undefined): boolean {
  if (!headline) return false;
  // "Head - Sales" and "Head: Sales" are how many headlines say "Head of Sales".
  const text = normaliseHeadline(headline).replace(/(?<![\p{L}\p{N}])head\s*[-–—:]\s*/gu, 'head of ');
  for (const seg of segments(text)) {
    const part = text.slice(seg.start, seg.end);
    const titles = [...part.matchAll(TITLE)];
    const support = SUPPORT_ROLE.exec(part);
    const firstTitle = titles[0];
    // "Executive Assistant to the CEO", "CEO Assistant", "Office of the CEO intern".
    if (support && (!firstTitle || support.index < firstTitle.index || nextTo(firstTitle, support)))
      return false;
    for (const title of titles) {
      if (!NOT_CURRENT.test(part.slice(0, title.index))) return true;
    }
  }
  return false;
}

/** The support word directly follows the title: "CEO Assistant", "CEO-Assistentin", "社長秘書". */
function nextTo(title: RegExpMatchArray, support: RegExpExecArray): boolean {
  const gap = support.index - ((title.index ?? 0) + title[0].length);
  return gap >= 0 && gap <= 1;
}
