/**
 * LinkedIn's coarse "Sent 2 weeks ago" labels on the Sent invitations page, told apart from names,
 * headlines and notes in any of the languages below (en/fr/de/es), and the "…more" toggle a clamped
 * note leaves in its text.
 */
import { squash } from './dom';

/** Letter/number boundaries that work for accented words (plain \b does not). */
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}])';
const rx = (body: string) => new RegExp(`${B}(?:${body})${E}`, 'iu');

/** A full relative phrase: "2 weeks ago", "il y a 3 jours", "vor 2 Wochen", "hace 1 mes" (en/fr/de/es). */
const RELATIVE_PHRASE = [
  rx(
    '(?:\\d+|an?|one)\\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|wks?|months?|mos?|years?|yrs?)\\s+ago',
  ),
  rx('il\\s+y\\s+a\\s+(?:\\d+|une?)\\s+(?:secondes?|minutes?|heures?|jours?|semaines?|mois|ans?|années?)'),
  rx(
    'vor\\s+(?:\\d+|einer|einem|eine)\\s+(?:Sekunden?|Minuten?|Stunden?|Tag(?:en)?|Wochen?|Monat(?:en)?|Jahr(?:en)?)',
  ),
  rx('hace\\s+(?:\\d+|una?)\\s+(?:segundos?|minutos?|horas?|días?|dias?|semanas?|mes(?:es)?|años?|anos?)'),
];
/** Yesterday / today words (en/fr/de/es), only in a short line. */
const DAY_WORD = rx("yesterday|today|just now|hier|aujourd[’']hui|gestern|heute|ayer|hoy");
/** A digit followed by a time unit, abbreviated or not (en/fr/de/es), only in a short line. */
const DIGIT_UNIT = rx(
  '\\d+\\s*(?:s|sec|m|mins?|minutes?|minuten?|minutos?|h|hrs?|hours?|heures?|std|stunden?|horas?|d|days?|j|jours?|t|tage?n?|días?|dias?|w|wks?|weeks?|sem|semaines?|wochen?|wo|semanas?|mo|mos|months?|mois|monate?n?|mon|mes(?:es)?|y|yrs?|years?|ans?|années?|jahre?n?|años?)\\.?',
);
const SHORT_LINE = 60;

/** Does this line read as a "sent … ago" label? 'strong' for a full phrase, 'weak' for a short time-ish line. */
export function labelStrength(text: string): 'strong' | 'weak' | null {
  if (text.length > 120) return null;
  if (RELATIVE_PHRASE.some((re) => re.test(text))) return 'strong';
  if (text.length <= SHORT_LINE && DAY_WORD.test(text)) {
    // "Sent yesterday" / "Envoyée hier" / "Heute": a short line, the day word near its end.
    return text.split(/\s+/).length <= 4 ? 'strong' : 'weak';
  }
  if (text.length <= 40 && DIGIT_UNIT.test(text)) return 'weak';
  return null;
}

/** Trailing "…more", "... see more", "…voir plus", "…mehr anzeigen", "…ver más" toggles left in the text. */
const MORE_TAIL =
  /\s*(?:(?:…|\.{2,3})\s*(?:see\s+more|show\s+more|more|voir\s+plus|plus|mehr\s+anzeigen|mehr|ver\s+más|más)|(?:^|\s)see\s+more)\s*$/iu;

/** The note as shown, without the toggle; null when nothing is left. */
export function cleanNote(raw: string): string | null {
  let note = squash(raw);
  for (let i = 0; i < 2 && MORE_TAIL.test(note); i++) note = note.replace(MORE_TAIL, '').trim();
  return note || null;
}

/** The word on a Withdraw control, in the label or short text (extra evidence beside the registry). */
export const WITHDRAW_WORD = rx(
  "withdraw|retirer|zurückziehen|retirar|ritira|ritirare|intrekken|annuler l[’']invitation",
);
