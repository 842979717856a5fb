/**
 * The connection degree a profile or search card shows: "1st", "· 2nd", "3rd+", "2nd degree connection",
 * in the languages LinkedIn ships. Text only: the readers decide which element's text is the badge.
 */

/** Ordinal tokens for 1, 2, 3 in the languages LinkedIn ships; each captures the digit. */
const ORDINAL = [
  /(?<![\p{L}\p{N}.])([123])(?:st|nd|rd)(?![\p{L}\p{N}])/iu, // en: 1st 2nd 3rd
  /(?<![\p{L}\p{N}.])([123])(?:er|re|e|ème|eme|de|ste)(?![\p{L}\p{N}])/iu, // fr 1er/1re/2e/3e, nl 2e/2de/1ste
  /(?<![\p{L}\p{N}.])([123])\.?\s?[º°ª](?![\p{L}\p{N}])/iu, // es/pt/it: 1º 2º 3° 2.º
  /(?<![\p{L}\p{N}.])([123])\.(?:er|º)?(?![\p{L}\p{N}])/iu, // de/tr/pl/es: "2." "1.er"
];
const EN_ORDINAL = ORDINAL[0] as RegExp;
const DOT_ORDINAL = ORDINAL[3] as RegExp;
/** Words that say "degree" / "level" after (or around) the ordinal. */
const DEGREE_WORD =
  /^(?:degree|grad(?:es|s)?|niveau|grado|grau|livello|graads?|stopnia|derece|nivel|grade|grads)$/iu;
/** Words that may follow the degree word ("2nd degree connection", "2e-graads connectie"). */
const CONNECTION_WORD =
  /^(?:connection|contact|connectie|kontakt|relation|conexión|conexion|conexão|conexao|collegamento|verbindung|bağlantı|baglanti)$/iu;
const BULLET = /^[\s·•∙⋅|–—-]+/u;

function ordinalAt(text: string, re: RegExp): { digit: 1 | 2 | 3; index: number; end: number } | null {
  const m = re.exec(text);
  if (!m?.[1]) return null;
  return { digit: Number(m[1]) as 1 | 2 | 3, index: m.index, end: m.index + m[0].length };
}

/**
 * The connection degree in a short badge-like text: "1st", "· 2nd", "3rd+", "2nd degree connection",
 * "· 2e" / "Relation de 2e niveau" (fr), "Kontakt 2. Grades" (de), "2º" / "Conexão de 2º grau" (pt),
 * "Contacto de 2.º grado" (es), "2° livello" (it), "2e-graads connectie" (nl). Anything else, including
 * ordinals in ordinary prose ("2nd year student", "21st century", "500+ connections"), is null.
 */
export function parseDegree(text: string): 1 | 2 | 3 | null {
  const t = text.replace(/\s+/g, ' ').trim();
  if (!t || t.length > 60) return null;
  const stripped = t.replace(BULLET, '').replace(/\s*\+$/, '');
  const bulleted = stripped.length !== t.replace(/\s*\+$/, '').length;

  // A bare badge: the whole text is the ordinal ("2nd", "· 3rd+", "2e", "2º"). A bare "2." needs a bullet.
  for (const re of ORDINAL) {
    const hit = ordinalAt(stripped, re);
    if (hit?.index !== 0 || hit.end !== stripped.length) continue;
    if (re === DOT_ORDINAL && /^\d\.$/.test(stripped) && !bulleted) continue;
    return hit.digit;
  }
  // "Name · 2nd" (search cards and names with the badge appended): a bulleted English ordinal at the end.
  const tail = /[·•]\s*([123](?:st|nd|rd))\s*\+?$/i.exec(t);
  if (tail?.[1]) {
    const hit = ordinalAt(tail[1], EN_ORDINAL);
    if (hit) return hit.digit;
  }
  // An ordinal followed by a degree word, then at most a connection word, then the end.
  for (const re of ORDINAL) {
    const hit = ordinalAt(t, re);
    if (!hit) continue;
    const rest = t
      .slice(hit.end)
      .replace(/^\s*\+/, '')
      .split(/[\s-]+/)
      .filter(Boolean);
    const [word, next, ...more] = rest;
    if (!word || !DEGREE_WORD.test(word) || more.length) continue;
    if (next && !CONNECTION_WORD.test(next)) continue;
    // No other digits anywhere: "Top 2nd degree 500" is not a badge.
    if (/\p{N}/u.test(t.slice(0, hit.index)) || /\p{N}/u.test(t.slice(hit.end))) continue;
    return hit.digit;
  }
  return null;
}
