import { timeOfDay } from '../lib/i18n/intl';
import { type MessageKey, t } from '../lib/i18n/t';
import { formatDay } from '../lib/tracker/format';
import type { HistoryEntry, HistoryKind } from '../lib/tracker/schema';

type HistoryKey = `history_${string}` & MessageKey;
const KEY: Record<HistoryKind, HistoryKey> = {
  accepted: 'history_accepted',
  replied: 'history_replied',
  message: 'history_message',
  withdrawn: 'history_withdrawn',
  request: 'history_request',
  degree: 'history_degree',
};

function when(iso: string, timeZone: string, now: Date): string {
  const d = new Date(iso);
  return `${formatDay(d, timeZone, now)} ${timeOfDay(d, timeZone)}`;
}

/** One history entry in plain words: "Mon 7 Dec 10:02: the conversation showed their message of …". */
export function historyText(h: HistoryEntry, timeZone: string, now: Date): string {
  const at = when(h.at, timeZone, now);
  const key = KEY[h.kind];
  if (h.on && (h.kind === 'replied' || h.kind === 'message'))
    return t(h.kind === 'replied' ? 'history_replied_on' : 'history_message_on', {
      at,
      date: when(h.on, timeZone, now),
    });
  return t(key as 'history_accepted', { at });
}

/**
 * What LinkedIn's pages changed in this person's record (issue 12: the page wins when fresher, and
 * the change is visible here), newest first.
 */
export function ContactHistory({
  history,
  timeZone,
  now,
}: {
  history: readonly HistoryEntry[] | undefined;
  timeZone: string;
  now: Date;
}) {
  const list = [...(history ?? [])].reverse();
  return (
    <section className="cc-history" data-testid="cc-history" aria-label={t('history_title')}>
      <h3>{t('history_title')}</h3>
      {list.length === 0 ? (
        <p className="cc-note">{t('history_empty')}</p>
      ) : (
        <ol className="cc-history-list">
          {list.map((h) => (
            <li key={`${h.at}|${h.kind}|${h.on ?? ''}`} data-testid="cc-history-item" data-kind={h.kind}>
              {historyText(h, timeZone, now)}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
