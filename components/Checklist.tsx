import { useMemo, useState } from 'react';
import { DAY_MS } from '../lib/sequencing/dates.ts';
import type { ActionId } from '../lib/sequencing/types.ts';
import { canReinviteAfter, type DueItem, type DueKind, reinviteBlocked } from '../lib/tracker/reminders';
import type { TrackedContact } from '../lib/tracker/schema';
import { dueText, formatDay, pendingText } from '../lib/ui/format';
import { errorText, type TrackerSender } from '../lib/ui/send-tracker';
import { ACTION_LABEL } from './AdviceCard';

/** The word on the Done button: what the user did on LinkedIn. */
export const DONE_VERB: Record<DueKind, string> = {
  'first-message': 'Sent',
  'follow-up': 'Sent',
  inmail: 'Sent',
  withdraw: 'Withdrawn',
  reply: 'Replied',
  escalate: 'Done',
  're-engage': 'Done',
  other: 'Done',
};

const MESSAGE_KINDS = new Set<DueKind>(['first-message', 'follow-up', 'reply']);
export const MESSAGING_URL = 'https://www.linkedin.com/messaging/';
export const SENT_INVITATIONS_URL = 'https://www.linkedin.com/mynetwork/invitation-manager/sent/';

export interface ChecklistProps {
  items: readonly DueItem[];
  /** Every tracked contact by id: the checklist shows request ages and re-invite dates from it. */
  contacts: ReadonlyMap<string, TrackedContact>;
  now: Date;
  timeZone: string;
  /** Sends a tracker write to the background (sendTracker on the page, a fake in tests). */
  send: TrackerSender;
  loading?: boolean;
  /** The clock for the moment the user pressed a button (defaults to the real one). */
  clock?: () => Date;
}

interface DoneEntry {
  key: string;
  name: string;
  text: string;
  reinviteAfter: string | null;
}

const itemKey = (i: Pick<DueItem, 'contactId' | 'action' | 'dueAt'>) =>
  `${i.contactId}|${i.action}|${i.dueAt}`;

/** Today's checklist: each due or overdue step, what to do, a link to do it, and Done / Snooze. */
export function Checklist({ items, contacts, now, timeZone, send, loading, clock }: ChecklistProps) {
  const [busy, setBusy] = useState<ReadonlySet<string>>(new Set());
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const [errors, setErrors] = useState<ReadonlyMap<string, string>>(new Map());
  const [done, setDone] = useState<DoneEntry[]>([]);
  const tick = () => (clock ? clock() : new Date());

  const visible = items.filter((i) => !hidden.has(itemKey(i)));

  const blocked = useMemo(() => {
    const out: { contact: TrackedContact; after: string }[] = [];
    for (const c of contacts.values()) {
      if (c.status !== 'withdrawn' || !reinviteBlocked(c, now, timeZone)) continue;
      const after = canReinviteAfter(c, timeZone);
      if (after) out.push({ contact: c, after });
    }
    return out.sort((a, b) => (a.after < b.after ? -1 : 1));
  }, [contacts, now, timeZone]);

  async function act(
    item: DueItem,
    what: string,
    run: () => Promise<TrackedContact>,
    describe: (c: TrackedContact) => Omit<DoneEntry, 'key' | 'name'>,
  ) {
    const key = itemKey(item);
    setBusy((s) => new Set(s).add(key));
    setErrors((m) => {
      const n = new Map(m);
      n.delete(key);
      return n;
    });
    try {
      const updated = await run();
      setHidden((s) => new Set(s).add(key));
      setDone((d) => [{ key, name: item.name, ...describe(updated) }, ...d].slice(0, 5));
    } catch (err) {
      setErrors((m) =>
        new Map(m).set(key, `Could not ${what} for ${item.name}: ${errorText(err)}. Nothing was changed.`),
      );
    } finally {
      setBusy((s) => {
        const n = new Set(s);
        n.delete(key);
        return n;
      });
    }
  }

  const markDone = (item: DueItem) => {
    const verb = DONE_VERB[item.kind];
    return act(
      item,
      `mark this ${verb.toLowerCase()}`,
      () =>
        send({
          type: 'tracker/done',
          id: item.contactId,
          action: item.action as ActionId,
          at: tick().toISOString(),
          dueAt: item.dueAt,
        }),
      (c) => {
        const after = item.kind === 'withdraw' ? canReinviteAfter(c, timeZone) : null;
        return {
          text: `Marked ${verb.toLowerCase()}.`,
          reinviteAfter: after ? formatDay(after, timeZone, now) : null,
        };
      },
    );
  };

  const markTheirs = (item: DueItem, kind: 'accepted' | 'replied') =>
    act(
      item,
      `mark this ${kind}`,
      () =>
        send({
          type: kind === 'accepted' ? 'tracker/accepted' : 'tracker/replied',
          id: item.contactId,
          at: tick().toISOString(),
        }),
      () => ({
        text: kind === 'accepted' ? 'Marked accepted.' : 'Marked as replied to you.',
        reinviteAfter: null,
      }),
    );

  const snooze = (item: DueItem, days: number) =>
    act(
      item,
      'snooze this',
      () =>
        send({
          type: 'tracker/snooze',
          id: item.contactId,
          until: new Date(tick().getTime() + days * DAY_MS).toISOString(),
        }),
      (c) => ({
        text: `Snoozed until ${c.snoozedUntil ? formatDay(c.snoozedUntil, timeZone, now) : 'later'}.`,
        reinviteAfter: null,
      }),
    );

  return (
    <section className="cc-checklist" aria-labelledby="cc-checklist-title" data-testid="cc-checklist">
      <h2 id="cc-checklist-title" className="cc-checklist-title">
        Due today{visible.length > 0 ? <span className="cc-count-pill">{visible.length}</span> : null}
      </h2>
      {loading ? (
        <p className="cc-note">Reading your tracker…</p>
      ) : visible.length === 0 ? (
        <p className="cc-empty" data-testid="cc-checklist-empty">
          Nothing due today. New follow-ups and stale requests appear here when they fall due, and the toolbar
          badge shows how many.
        </p>
      ) : (
        <ul className="cc-due-list">
          {visible.map((item) => {
            const key = itemKey(item);
            const contact = contacts.get(item.contactId);
            const isBusy = busy.has(key);
            const error = errors.get(key);
            const age = item.kind === 'withdraw' ? pendingText(contact, now) : null;
            const overdue = item.overdueBy >= DAY_MS;
            return (
              <li
                key={key}
                className="cc-due-item"
                data-testid="cc-due-item"
                data-kind={item.kind}
                data-contact={item.contactId}
                data-overdue={overdue ? 'true' : 'false'}
              >
                <div className="cc-due-head">
                  <strong className="cc-due-name">{item.name}</strong>
                  <span
                    className="cc-due-when"
                    data-overdue={overdue ? 'true' : 'false'}
                    data-testid="cc-due-when"
                  >
                    {dueText(item, now, timeZone)}
                  </span>
                </div>
                <div className="cc-due-action">
                  {ACTION_LABEL[item.action]}
                  {age ? (
                    <span className="cc-due-age" data-testid="cc-due-age">
                      {' '}
                      · {age}
                    </span>
                  ) : null}
                </div>
                <p className="cc-due-reason">{item.reason}</p>
                <div className="cc-due-links">
                  <a href={item.profileUrl} target="_blank" rel="noreferrer">
                    Open profile<span className="cc-sr"> of {item.name} (new tab)</span>
                  </a>
                  {MESSAGE_KINDS.has(item.kind) ? (
                    <a href={MESSAGING_URL} target="_blank" rel="noreferrer">
                      Open messages<span className="cc-sr"> (new tab)</span>
                    </a>
                  ) : null}
                  {item.kind === 'withdraw' ? (
                    <a href={SENT_INVITATIONS_URL} target="_blank" rel="noreferrer">
                      Sent invitations<span className="cc-sr"> (new tab)</span>
                    </a>
                  ) : null}
                </div>
                <div className="cc-due-buttons">
                  <button
                    type="button"
                    className="cc-btn cc-btn-primary"
                    data-testid="cc-due-done"
                    disabled={isBusy}
                    aria-label={`${DONE_VERB[item.kind]}: ${ACTION_LABEL[item.action]} for ${item.name}`}
                    onClick={() => void markDone(item)}
                  >
                    {DONE_VERB[item.kind]}
                  </button>
                  {item.kind === 'withdraw' ? (
                    <button
                      type="button"
                      className="cc-btn"
                      disabled={isBusy}
                      onClick={() => void markTheirs(item, 'accepted')}
                    >
                      They accepted
                    </button>
                  ) : null}
                  {item.kind === 'follow-up' || item.kind === 'escalate' ? (
                    <button
                      type="button"
                      className="cc-btn"
                      disabled={isBusy}
                      onClick={() => void markTheirs(item, 'replied')}
                    >
                      They replied
                    </button>
                  ) : null}
                  <button
                    type="button"
                    className="cc-btn"
                    data-testid="cc-due-snooze-day"
                    disabled={isBusy}
                    aria-label={`Snooze ${item.name} for 1 day`}
                    onClick={() => void snooze(item, 1)}
                  >
                    Snooze 1 day
                  </button>
                  <button
                    type="button"
                    className="cc-btn"
                    data-testid="cc-due-snooze-week"
                    disabled={isBusy}
                    aria-label={`Snooze ${item.name} for 1 week`}
                    onClick={() => void snooze(item, 7)}
                  >
                    1 week
                  </button>
                </div>
                {error ? (
                  <p role="alert" className="cc-alert" data-testid="cc-due-error">
                    {error}
                  </p>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      {done.length > 0 ? (
        <ul className="cc-done-list" aria-label="Just done" aria-live="polite">
          {done.map((d) => (
            <li key={d.key} data-testid="cc-done-item">
              <strong>{d.name}</strong>: {d.text}
              {d.reinviteAfter ? <> You can re-invite after {d.reinviteAfter}.</> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {blocked.length > 0 ? (
        <details className="cc-blocked" data-testid="cc-reinvite-blocked">
          <summary>Withdrawn recently ({blocked.length})</summary>
          <ul>
            {blocked.slice(0, 20).map(({ contact, after }) => (
              <li key={contact.id} data-testid="cc-reinvite-item">
                {contact.name}: can re-invite after {formatDay(after, timeZone, now)}
              </li>
            ))}
            {blocked.length > 20 ? <li>and {blocked.length - 20} more</li> : null}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
