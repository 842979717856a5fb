import { Fragment, useMemo, useState } from 'react';
import { t } from '../lib/i18n/t';
import type { DueItem, DueKind } from '../lib/tracker/reminders';
import type { TrackedContact } from '../lib/tracker/schema';
import type { Send } from '../utils/messaging';
import { DueGroup } from './checklist/DueGroup';
import { CHECKLIST_PAGE, GROUP_ORDER, groupTitle, itemKey } from './checklist/labels';
import { ReinviteBlocked } from './checklist/ReinviteBlocked';
import { useDueActions } from './checklist/useDueActions';
import { type ReviewStore, useWithdrawReview } from './checklist/useWithdrawReview';

export interface ChecklistProps {
  items: readonly DueItem[];
  /** Every tracked contact by id: the checklist shows request ages and re-invite dates from it. */
  contacts: ReadonlyMap<string, TrackedContact>;
  now: Date;
  timeZone: string;
  /** Sends a tracker write to the background (send on the page, a fake in tests). */
  send: Send;
  loading?: boolean;
  /** The clock for the moment the user pressed a button (defaults to the real one). */
  clock?: () => Date;
  /** Opens a LinkedIn page in a new tab: the user's own navigation (defaults to window.open). */
  openTab?: (url: string) => void;
  /** Where an unfinished "I withdrew these" review is kept while the popup is closed. */
  review?: ReviewStore;
}

const defaultOpen = (url: string) => {
  window.open(url, '_blank', 'noopener,noreferrer');
};

/**
 * Today's checklist, cleared in two minutes: one line per step (who, what, when) grouped by kind
 * with counts, a tick for what the user did on LinkedIn, details on demand, and one group action
 * for the stale requests withdrawn on LinkedIn's Sent page. It never acts on LinkedIn: it opens
 * LinkedIn's pages in a new tab, and records what the user says they did.
 */
export function Checklist({
  items,
  contacts,
  now,
  timeZone,
  send,
  loading,
  clock,
  openTab = defaultOpen,
  review,
}: ChecklistProps) {
  const [shown, setShown] = useState<Partial<Record<DueKind, number>>>({});
  const actions = useDueActions({ send, now, timeZone, clock });
  const withdraw = useWithdrawReview(actions, openTab, review);

  const visible = items.filter((i) => !actions.hidden.has(itemKey(i)));
  const groups = useMemo(() => {
    const by = new Map<DueKind, DueItem[]>();
    for (const i of visible) {
      const list = by.get(i.kind);
      if (list) list.push(i);
      else by.set(i.kind, [i]);
    }
    return GROUP_ORDER.filter((k) => by.has(k)).map((k) => ({ kind: k, items: by.get(k) as DueItem[] }));
  }, [visible]);

  return (
    <section className="cc-checklist" aria-labelledby="cc-checklist-title" data-testid="cc-checklist">
      <h2 id="cc-checklist-title" className="cc-checklist-title">
        {t('checklist_title')}
        {visible.length > 0 ? <span className="cc-count-pill">{visible.length}</span> : null}
      </h2>
      {loading ? (
        <p className="cc-note">{t('checklist_loading')}</p>
      ) : visible.length === 0 ? (
        <p className="cc-empty" data-testid="cc-checklist-empty">
          {t('checklist_empty')}
        </p>
      ) : (
        <>
          <p className="cc-due-summary" data-testid="cc-due-summary">
            {groups.map((g, i) => (
              <Fragment key={g.kind}>
                {i > 0 ? ' · ' : ''}
                <a href={`#cc-group-${g.kind}`} className="cc-link">
                  {groupTitle(g.kind, g.items.length)}
                </a>
              </Fragment>
            ))}
          </p>
          {groups.map((g) => {
            const limit = shown[g.kind] ?? CHECKLIST_PAGE;
            return (
              <DueGroup
                key={g.kind}
                kind={g.kind}
                items={g.items}
                contacts={contacts}
                now={now}
                timeZone={timeZone}
                limit={limit}
                onMore={() => setShown((s) => ({ ...s, [g.kind]: limit + CHECKLIST_PAGE }))}
                actions={actions}
                review={withdraw}
              />
            );
          })}
        </>
      )}
      {actions.done.length > 0 ? (
        <ul className="cc-done-list" aria-label={t('checklist_just_done')} aria-live="polite">
          {actions.done.map((d) => (
            <li key={d.key} data-testid="cc-done-item">
              <strong>{d.name}</strong>: {d.text}
              {d.reinviteAfter ? <> {t('checklist_reinvite_after', { day: d.reinviteAfter })}</> : null}
            </li>
          ))}
        </ul>
      ) : null}
      <ReinviteBlocked contacts={contacts} now={now} timeZone={timeZone} />
    </section>
  );
}
