import { useMemo, useState } from 'react';
import { type PlainKey, t } from '../lib/i18n/t';
import { DAY_MS } from '../lib/sequencing/dates.ts';
import type { ActionId } from '../lib/sequencing/types.ts';
import { canReinviteAfter, type DueItem, type DueKind, reinviteBlocked } from '../lib/tracker/reminders';
import type { TrackedContact } from '../lib/tracker/schema';
import { dueText, formatDay, pendingText } from '../lib/ui/format';
import { errorText, type TrackerSender } from '../lib/ui/send-tracker';
import { actionLabel } from './AdviceCard';

type Verb = 'sent' | 'withdrawn' | 'replied' | 'done';

/** What the user did on LinkedIn: the word on the Done button, and what it records. */
const DONE_VERB: Record<DueKind, Verb> = {
  'first-message': 'sent',
  'follow-up': 'sent',
  inmail: 'sent',
  withdraw: 'withdrawn',
  reply: 'replied',
  escalate: 'done',
  're-engage': 'done',
  other: 'done',
};

const VERB_KEYS: Record<Verb, { button: PlainKey; what: PlainKey; marked: PlainKey }> = {
  sent: { button: 'checklist_verb_sent', what: 'checklist_what_sent', marked: 'checklist_marked_sent' },
  withdrawn: {
    button: 'checklist_verb_withdrawn',
    what: 'checklist_what_withdrawn',
    marked: 'checklist_marked_withdrawn',
  },
  replied: {
    button: 'checklist_verb_replied',
    what: 'checklist_what_replied',
    marked: 'checklist_marked_replied',
  },
  done: { button: 'checklist_verb_done', what: 'checklist_what_done', marked: 'checklist_marked_done' },
};

/** The word on the Done button. */
export const doneVerb = (kind: DueKind): string => t(VERB_KEYS[DONE_VERB[kind]].button);

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

/** Items rendered at once: a tracker with thousands due stays quick to open and to scroll by keyboard. */
export const CHECKLIST_PAGE = 50;

const itemKey = (i: Pick<DueItem, 'contactId' | 'action' | 'dueAt'>) =>
  `${i.contactId}|${i.action}|${i.dueAt}`;

/** Today's checklist: each due or overdue step, what to do, a link to do it, and Done / Snooze. */
export function Checklist({ items, contacts, now, timeZone, send, loading, clock }: ChecklistProps) {
  const [busy, setBusy] = useState<ReadonlySet<string>>(new Set());
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const [errors, setErrors] = useState<ReadonlyMap<string, string>>(new Map());
  const [done, setDone] = useState<DoneEntry[]>([]);
  const [shown, setShown] = useState(CHECKLIST_PAGE);
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
        new Map(m).set(key, t('checklist_error', { what, name: item.name, error: errorText(err) })),
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
    const verb = VERB_KEYS[DONE_VERB[item.kind]];
    return act(
      item,
      t(verb.what),
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
          text: t(verb.marked),
          reinviteAfter: after ? formatDay(after, timeZone, now) : null,
        };
      },
    );
  };

  const markTheirs = (item: DueItem, kind: 'accepted' | 'replied') =>
    act(
      item,
      t(kind === 'accepted' ? 'checklist_what_accepted' : 'checklist_what_replied'),
      () =>
        send({
          type: kind === 'accepted' ? 'tracker/accepted' : 'tracker/replied',
          id: item.contactId,
          at: tick().toISOString(),
        }),
      () => ({
        text: t(kind === 'accepted' ? 'checklist_marked_accepted' : 'checklist_marked_they_replied'),
        reinviteAfter: null,
      }),
    );

  const snooze = (item: DueItem, days: number) =>
    act(
      item,
      t('checklist_what_snooze'),
      () =>
        send({
          type: 'tracker/snooze',
          id: item.contactId,
          until: new Date(tick().getTime() + days * DAY_MS).toISOString(),
        }),
      (c) => ({
        text: t('checklist_snoozed_until', {
          day: c.snoozedUntil ? formatDay(c.snoozedUntil, timeZone, now) : t('checklist_later'),
        }),
        reinviteAfter: null,
      }),
    );

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
        <ul className="cc-due-list">
          {visible.slice(0, shown).map((item) => {
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
                  {actionLabel(item.action)}
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
                    {t('checklist_open_profile')}
                    <span className="cc-sr"> {t('checklist_profile_of', { name: item.name })}</span>
                  </a>
                  {MESSAGE_KINDS.has(item.kind) ? (
                    <a href={MESSAGING_URL} target="_blank" rel="noreferrer">
                      {t('checklist_open_messages')}
                      <span className="cc-sr"> {t('common_new_tab')}</span>
                    </a>
                  ) : null}
                  {item.kind === 'withdraw' ? (
                    <a href={SENT_INVITATIONS_URL} target="_blank" rel="noreferrer">
                      {t('checklist_sent_invitations')}
                      <span className="cc-sr"> {t('common_new_tab')}</span>
                    </a>
                  ) : null}
                </div>
                <div className="cc-due-buttons">
                  <button
                    type="button"
                    className="cc-btn cc-btn-primary"
                    data-testid="cc-due-done"
                    disabled={isBusy}
                    aria-label={t('checklist_done_aria', {
                      verb: doneVerb(item.kind),
                      action: actionLabel(item.action),
                      name: item.name,
                    })}
                    onClick={() => void markDone(item)}
                  >
                    {doneVerb(item.kind)}
                  </button>
                  {item.kind === 'withdraw' ? (
                    <button
                      type="button"
                      className="cc-btn"
                      disabled={isBusy}
                      onClick={() => void markTheirs(item, 'accepted')}
                    >
                      {t('checklist_they_accepted')}
                    </button>
                  ) : null}
                  {item.kind === 'follow-up' || item.kind === 'escalate' ? (
                    <button
                      type="button"
                      className="cc-btn"
                      disabled={isBusy}
                      onClick={() => void markTheirs(item, 'replied')}
                    >
                      {t('checklist_they_replied')}
                    </button>
                  ) : null}
                  <button
                    type="button"
                    className="cc-btn"
                    data-testid="cc-due-snooze-day"
                    disabled={isBusy}
                    aria-label={t('checklist_snooze_day_aria', { name: item.name })}
                    onClick={() => void snooze(item, 1)}
                  >
                    {t('checklist_snooze_day')}
                  </button>
                  <button
                    type="button"
                    className="cc-btn"
                    data-testid="cc-due-snooze-week"
                    disabled={isBusy}
                    aria-label={t('checklist_snooze_week_aria', { name: item.name })}
                    onClick={() => void snooze(item, 7)}
                  >
                    {t('checklist_snooze_week')}
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
      {!loading && visible.length > shown ? (
        <button
          type="button"
          className="cc-btn cc-more"
          data-testid="cc-checklist-more"
          onClick={() => setShown((n) => n + CHECKLIST_PAGE)}
        >
          {t('checklist_show_more', {
            count: Math.min(CHECKLIST_PAGE, visible.length - shown),
            left: visible.length - shown,
          })}
        </button>
      ) : null}
      {done.length > 0 ? (
        <ul className="cc-done-list" aria-label={t('checklist_just_done')} aria-live="polite">
          {done.map((d) => (
            <li key={d.key} data-testid="cc-done-item">
              <strong>{d.name}</strong>: {d.text}
              {d.reinviteAfter ? <> {t('checklist_reinvite_after', { day: d.reinviteAfter })}</> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {blocked.length > 0 ? (
        <details className="cc-blocked" data-testid="cc-reinvite-blocked">
          <summary>{t('checklist_withdrawn_recently', { count: blocked.length })}</summary>
          <ul>
            {blocked.slice(0, 20).map(({ contact, after }) => (
              <li key={contact.id} data-testid="cc-reinvite-item">
                {t('checklist_blocked_item', { name: contact.name, day: formatDay(after, timeZone, now) })}
              </li>
            ))}
            {blocked.length > 20 ? <li>{t('common_and_more', { count: blocked.length - 20 })}</li> : null}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
