/**
 * The words the tracker stores for a signal ticked without details (lib/tracker/person-advice.ts:
 * trigger kind 'news', mutual contact 'a mutual contact'), shown in the UI's language; anything else
 * is the user's own words and is quoted as written.
 */
import { t } from './t';

const TRIGGER_NEWS = 'news';
const MUTUAL_UNNAMED = 'a mutual contact';

/** A trigger's kind as the advice says it: 'news' → "news" / "Neuigkeit"; "new role" as written. */
export function triggerWords(kind: string): string {
  return kind === TRIGGER_NEWS ? t('signal_words_news') : kind;
}

/** Whether a trigger is the plain ticked one (the advice then names no kind). */
export function isPlainTrigger(kind: string): boolean {
  return kind === TRIGGER_NEWS;
}

/** "your mutual contact Ana", or "a mutual contact" when the tick named nobody. */
export function mutualWords(contact: string): string {
  return contact === MUTUAL_UNNAMED
    ? t('hook_mutual_contact_unnamed')
    : t('hook_mutual_contact', { contact });
}
