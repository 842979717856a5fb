import { dayText } from '../../i18n/intl';
import { t } from '../../i18n/t';
import type { SlotChange } from '../frame';
import { quote, type Rule, type RuleInput, warning } from '../input';
import { findTemplate, MIN_SIMILARITY_WORDS, type TemplateMatch, toPrepared } from '../similarity';
import { nameParts, slotWords } from '../template-slots';

/** "3 March 2026" on this device's calendar, in the UI's language (Intl); null for a missing date. */
function sayDay(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  return dayText(d.getFullYear(), d.getMonth(), d.getDate(), { year: true });
}

/** "your note to Sarah Chen of 3 March 2026", with what is known of it. */
function earlierNote(found: TemplateMatch): string {
  const name = found.note.name?.trim() || null;
  const date = sayDay(found.note.sentAt);
  if (name && date) return t('template_earlier_to_on', { name, date });
  if (name) return t('template_earlier_to', { name });
  if (date) return t('template_earlier_on', { date });
  return t('template_earlier');
}

const TITLE = /^(?:dr|prof|mr|mrs|ms|mx|herr|frau|sr|sra|mme|m)\.?$/i;

/** The recipient's first name (not a title), else "this person". */
function who(input: RuleInput): string {
  const first = input.context.recipientName?.split(/\s+/).find((w) => w && !TITLE.test(w));
  return first || t('template_who');
}

/** "“SREcon” where it said “KubeCon” and “Mark” where it said “Sarah”": the slots, names last. */
function changes(input: RuleInput, found: TemplateMatch, slots: readonly SlotChange[]): string {
  const ordered = [...slots.filter((s) => s.kind !== 'name'), ...slots.filter((s) => s.kind === 'name')];
  const say = (s: SlotChange) =>
    t('template_change', { now: quote(input.text, s.a, 40), was: quote(found.note.text, s.b, 40) });
  const [first, second] = ordered.map(say);
  if (!second) return first as string;
  if (ordered.length === 2) return t('template_changes_two', { first: first as string, second });
  return t('template_changes_more', { first: first as string, second, count: ordered.length - 2 });
}

/**
 * The draft is an earlier note with its blanks filled in again (seed 000: a name-swapped template is
 * not personalisation, and recipients and LinkedIn spot it). Slots are seen through (similarity.ts),
 * so a new name and a new event do not hide the template.
 */
export const templateSimilarity: Rule = {
  id: 'template-similarity',
  get title() {
    return t('rule_template_similarity');
  },
  check(input) {
    const { surface, history } = input.context;
    if (!history || surface === 'inmail-subject' || surface === 'post') return [];
    if (input.stats.words < MIN_SIMILARITY_WORDS) return [];
    const prepared = toPrepared(history);
    if (prepared.notes.length === 0) return [];
    const draft = slotWords(
      input.text,
      input.tokens,
      input.sentences,
      input.greeting,
      nameParts(input.context.recipientName),
    );
    const found = findTemplate(draft, prepared);
    if (!found) return [];
    // A different greeting word is not a different note: it is never named as a change.
    const slots = found.match.slots.filter((s) => s.kind !== 'greeting');
    const values = { earlier: earlierNote(found), who: who(input) };
    const message = slots.some((s) => s.kind !== 'name')
      ? t('template_draft_filled', { ...values, changes: changes(input, found, slots) })
      : t(found.match.edits > 0 ? 'template_draft_little' : 'template_draft_name_only', values);
    return [warning('template-similarity', 'warn', message, 'structuralSimilarity')];
  },
};
