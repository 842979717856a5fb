import { t, tp } from '../lib/i18n/t';
import type { QuarantineEntry, StoreProblem } from '../lib/tracker/store';
import { SUMMARY_KEY } from '../lib/tracker/summary';

export interface StoreProblemsProps {
  problems: readonly StoreProblem[];
  quarantined: readonly QuarantineEntry[];
  /** One line (popup) instead of the full list (dashboard). */
  compact?: boolean;
}

const keyName = (key: string) => key.replace(/^contact:/, '');
const SUMMARY_PROBLEM_KEY = SUMMARY_KEY.slice('local:'.length);

/** What could not be read from storage, in plain words. Renders nothing when all is well. */
export function StoreProblems({ problems, quarantined, compact }: StoreProblemsProps) {
  // The summary is a cache of the contacts (lib/tracker/summary.ts): a damaged one is only worth a note.
  const summaryBad = problems.some((p) => p.key === SUMMARY_PROBLEM_KEY);
  const records = problems.filter((p) => p.key !== SUMMARY_PROBLEM_KEY);
  const repaired = records.filter((p) => p.action === 'repaired');
  const unreadable = records.filter((p) => p.action !== 'repaired');
  const setAside = quarantined.length;
  const note = summaryBad ? (
    <p className="cc-note" role="status" data-testid="cc-summary-rebuilt">
      {t('store_summary_rebuilt')}
    </p>
  ) : null;
  if (repaired.length === 0 && unreadable.length === 0 && setAside === 0) return note;
  const parts: string[] = [];
  if (setAside) parts.push(tp('store_set_aside', setAside, { count: setAside }));
  if (unreadable.length)
    parts.push(
      tp('store_unreadable', unreadable.length, {
        count: unreadable.length,
      }),
    );
  if (repaired.length) parts.push(tp('store_repaired', repaired.length, { count: repaired.length }));
  const summary = `${parts.join('; ')}.`;
  if (compact)
    return (
      <p className="cc-alert" role="status" data-testid="cc-store-problems">
        {t('store_compact', { summary })}
      </p>
    );
  return (
    <section className="cc-alert" aria-label={t('store_aria')} data-testid="cc-store-problems">
      <p>
        <strong>{t('store_heading')}</strong> {t('store_nothing_deleted', { summary })}
      </p>
      {note}
      <details>
        <summary>{t('store_details')}</summary>
        <ul>
          {quarantined.slice(0, 50).map((q) => (
            <li key={`q:${q.key}`}>
              {t('store_set_aside_item', { key: keyName(q.key), reason: q.reason })}
              {q.at ? ` (${q.at.slice(0, 10)})` : ''}
            </li>
          ))}
          {[...unreadable, ...repaired].slice(0, 50).map((p) => (
            <li key={`p:${p.key}`}>
              {t(
                p.action === 'repaired'
                  ? 'store_repaired'
                  : p.action === 'skipped'
                    ? 'store_skipped'
                    : 'store_unreadable',
              )}{' '}
              {keyName(p.key)}: {p.reason}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
