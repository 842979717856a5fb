import type { QuarantineEntry, StoreProblem } from '../lib/tracker/store';

export interface StoreProblemsProps {
  problems: readonly StoreProblem[];
  quarantined: readonly QuarantineEntry[];
  /** One line (popup) instead of the full list (dashboard). */
  compact?: boolean;
}

const keyName = (key: string) => key.replace(/^contact:/, '');

/** What could not be read from storage, in plain words. Renders nothing when all is well. */
export function StoreProblems({ problems, quarantined, compact }: StoreProblemsProps) {
  const repaired = problems.filter((p) => p.action === 'repaired');
  const unreadable = problems.filter((p) => p.action !== 'repaired');
  const setAside = quarantined.length;
  if (repaired.length === 0 && unreadable.length === 0 && setAside === 0) return null;
  const parts: string[] = [];
  if (setAside)
    parts.push(
      `${setAside} record${setAside === 1 ? ' was' : 's were'} unreadable and set aside (kept as found, not shown)`,
    );
  if (unreadable.length)
    parts.push(`${unreadable.length} record${unreadable.length === 1 ? '' : 's'} could not be read`);
  if (repaired.length)
    parts.push(
      `${repaired.length} record${repaired.length === 1 ? ' was' : 's were'} repaired (unreadable fields dropped)`,
    );
  const summary = `${parts.join('; ')}.`;
  if (compact)
    return (
      <p className="cc-alert" role="status" data-testid="cc-store-problems">
        Storage: {summary} Details are on the dashboard.
      </p>
    );
  return (
    <section className="cc-alert" aria-label="Storage problems" data-testid="cc-store-problems">
      <p>
        <strong>Some saved data could not be read.</strong> {summary} Nothing was deleted.
      </p>
      <details>
        <summary>Details</summary>
        <ul>
          {quarantined.slice(0, 50).map((q) => (
            <li key={`q:${q.key}`}>
              Set aside {keyName(q.key)}: {q.reason}
              {q.at ? ` (${q.at.slice(0, 10)})` : ''}
            </li>
          ))}
          {[...unreadable, ...repaired].slice(0, 50).map((p) => (
            <li key={`p:${p.key}`}>
              {p.action === 'repaired' ? 'Repaired' : p.action === 'skipped' ? 'Skipped' : 'Unreadable'}{' '}
              {keyName(p.key)}: {p.reason}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
