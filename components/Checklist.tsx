import { Fragment, useEffect, useMemo, useState } from 'react';
import { type PlainKey, t, tp } from '../lib/i18n/t';
import { DAY_MS } from '../lib/sequencing/dates.ts';
import type { ActionId } from '../lib/sequencing/types.ts';
import { formatDay, localDaysBetween, pendingText, whenText } from '../lib/tracker/format';
import { canReinviteAfter, type DueItem, type DueKind, reinviteBlocked } from '../lib/tracker/reminders';
import type { TrackedContact } from '../lib/tracker/schema';
import { errorText, type Send } from '../utils/messaging';
import type { WithdrawReview } from '../utils/withdraw-review';
import { actionLabel, shortActionLabel } from './AdviceCard';

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

/** The groups, most urgent first (a reply waits on you; stale requests can wait for a quiet moment). */
export const GROUP_ORDER: readonly DueKind[] = [
  'reply',
  'first-message',
  'follow-up',
  'inmail',
  'escalate',
  're-engage',
  'other',
  'withdraw',
];

const GROUP_KEYS = {
  reply: 'group_reply',
  'first-message': 'group_first_message',
  'follow-up': 'group_follow_up',
  inmail: 'group_inmail',
  escalate: 'group_escalate',
  're-engage': 'group_re_engage',
  other: 'group_other',
  withdraw: 'group_withdraw',
} as const satisfies Record<DueKind, string>;

/** "3 replies to answer", "24 stale requests". */
export function groupTitle(kind: DueKind, count: number): string {
  return tp(GROUP_KEYS[kind], count, { count });
}

const MESSAGE_KINDS = new Set<DueKind>(['first-message', 'follow-up', 'reply']);
export const MESSAGING_URL = 'https://www.linkedin.com/messaging/';
export const SENT_INVITATIONS_URL = 'https://www.linkedin.com/mynetwork/invitation-manager/sent/';

export type { WithdrawReview };

export interface ChecklistProps {
  items: readonly DueItem[];
  /** Every tracked contact by id: the checklist shows request ages and re-invite dates from it. */
  contacts: ReadonlyMap<string, TrackedContact>;
  now: Date;
  timeZone: string;
  /** Sends a tracker write to the background (sendTracker on the page, a fake in tests). */
  send: Send;
  loading?: boolean;
  /** The clock for the moment the user pressed a button (defaults to the real one). */
  clock?: () => Date;
  /** Opens a LinkedIn page in a new tab: the user's own navigation (defaults to window.open). */
  openTab?: (url: string) => void;
  /** Where an unfinished "I withdrew these" review is kept while the popup is closed. */
  review?: {
    load: () => Promise<WithdrawReview | null>;
    save: (r: WithdrawReview | null) => Promise<void>;
  };
}

interface DoneEntry {
  key: string;
  name: string;
  text: string;
  reinviteAfter: string | null;
}

/** Items rendered at once per group: a tracker with thousands due stays quick to open. */
export const CHECKLIST_PAGE = 50;

const itemKey = (i: Pick<DueItem, 'contactId' | 'action' | 'dueAt'>) =>
  `${i.contactId}|${i.action}|${i.dueAt}`;

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
  const [busy, setBusy] = useState<ReadonlySet<string>>(new Set());
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const [errors, setErrors] = useState<ReadonlyMap<string, string>>(new Map());
  const [done, setDone] = useState<DoneEntry[]>([]);
  const [shown, setShown] = useState<Partial<Record<DueKind, number>>>({});
  const [reviewing, setReviewing] = useState<WithdrawReview | null>(null);
  const [bulk, setBulk] = useState<{ text: string; error: boolean } | null>(null);
  const tick = () => (clock ? clock() : new Date());

  useEffect(() => {
    if (!review) return;
    let live = true;
    review
      .load()
      .then((r) => {
        if (live && r) setReviewing(r);
      })
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [review]);

  const visible = items.filter((i) => !hidden.has(itemKey(i)));
  const groups = useMemo(() => {
    const by = new Map<DueKind, DueItem[]>();
    for (const i of visible) {
      const list = by.get(i.kind);
      if (list) list.push(i);
      else by.set(i.kind, [i]);
    }
    return GROUP_ORDER.filter((k) => by.has(k)).map((k) => ({ kind: k, items: by.get(k) as DueItem[] }));
  }, [visible]);

  const blocked = useMemo(() => {
    const out: { contact: TrackedContact; after: string }[] = [];
    for (const c of contacts.values()) {
      if (c.status !== 'withdrawn' || !reinviteBlocked(c, now, timeZone)) continue;
      const after = canReinviteAfter(c, timeZone);
      if (after) out.push({ contact: c, after });
    }
    return out.sort((a, b) => (a.after < b.after ? -1 : 1));
  }, [contacts, now, timeZone]);

  const setError = (key: string, text: string | null) =>
    setErrors((m) => {
      const n = new Map(m);
      if (text === null) n.delete(key);
      else n.set(key, text);
      return n;
    });

  async function act(
    item: DueItem,
    what: string,
    run: () => Promise<TrackedContact>,
    describe: (c: TrackedContact) => Omit<DoneEntry, 'key' | 'name'>,
  ) {
    const key = itemKey(item);
    setBusy((s) => new Set(s).add(key));
    setError(key, null);
    try {
      const updated = await run();
      setHidden((s) => new Set(s).add(key));
      setDone((d) => [{ key, name: item.name, ...describe(updated) }, ...d].slice(0, 5));
    } catch (err) {
      setError(key, t('checklist_error', { what, name: item.name, error: errorText(err) }));
    } finally {
      setBusy((s) => {
        const n = new Set(s);
        n.delete(key);
        return n;
      });
    }
  }

  const doneRequest = (item: DueItem) =>
    send({
      type: 'tracker/done',
      id: item.contactId,
      action: item.action as ActionId,
      at: tick().toISOString(),
      dueAt: item.dueAt,
    });

  const markDone = (item: DueItem) => {
    const verb = VERB_KEYS[DONE_VERB[item.kind]];
    return act(
      item,
      t(verb.what),
      () => doneRequest(item),
      (c) => {
        const after = item.kind === 'withdraw' ? canReinviteAfter(c, timeZone) : null;
        return { text: t(verb.marked), reinviteAfter: after ? formatDay(after, timeZone, now) : null };
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

  // ---- "I withdrew these": the user withdrew on LinkedIn's Sent page; they tick, we record.
  const saveReview = (r: WithdrawReview | null) => {
    setReviewing(r);
    void review?.save(r).catch(() => {});
  };
  const startReview = (list: readonly DueItem[]) => {
    setBulk(null);
    saveReview({ ids: list.map((i) => i.contactId), unticked: [] });
    openTab(SENT_INVITATIONS_URL);
  };
  const toggleTick = (id: string, on: boolean) => {
    if (!reviewing) return;
    const unticked = new Set(reviewing.unticked);
    if (on) unticked.delete(id);
    else unticked.add(id);
    saveReview({ ...reviewing, unticked: [...unticked] });
  };
  const markWithdrawn = async (list: readonly DueItem[]) => {
    if (!reviewing) return;
    const chosen = list.filter(
      (i) => reviewing.ids.includes(i.contactId) && !reviewing.unticked.includes(i.contactId),
    );
    const failed: string[] = [];
    let marked = 0;
    const keys = chosen.map(itemKey);
    setBusy((s) => new Set([...s, ...keys]));
    setBulk({ text: t('checklist_marking', { index: 0, total: chosen.length }), error: false });
    // All at once: the background's writer takes them one after another anyway.
    await Promise.all(
      chosen.map(async (item) => {
        try {
          await doneRequest(item);
          marked++;
          setHidden((s) => new Set(s).add(itemKey(item)));
          setBulk({ text: t('checklist_marking', { index: marked, total: chosen.length }), error: false });
        } catch (err) {
          failed.push(t('checklist_failed_item', { name: item.name, error: errorText(err) }));
        }
      }),
    );
    setBusy((s) => {
      const next = new Set(s);
      for (const k of keys) next.delete(k);
      return next;
    });
    saveReview(null);
    setBulk(
      failed.length
        ? {
            text: t('checklist_marked_withdrawn_failed', {
              count: marked,
              failed: failed.length,
              details: failed.slice(0, 3).join('; '),
            }),
            error: true,
          }
        : {
            text: tp('checklist_marked_withdrawn', marked, { count: marked }),
            error: false,
          },
    );
  };

  const line = (item: DueItem, selecting: boolean, ticked: boolean) => {
    const key = itemKey(item);
    const contact = contacts.get(item.contactId);
    const isBusy = busy.has(key);
    const error = errors.get(key);
    const age = item.kind === 'withdraw' ? pendingText(contact, now) : null;
    // Overdue once its local day has passed (the same rule as the words: "overdue by 1 day").
    const overdue = localDaysBetween(now, new Date(item.dueAt), timeZone) < 0;
    const when = whenText(item.dueAt, now, timeZone);
    return (
      <li
        key={key}
        className="cc-due-item"
        data-testid="cc-due-item"
        data-kind={item.kind}
        data-action={item.action}
        data-contact={item.contactId}
        data-due-at={item.dueAt}
        data-overdue={overdue ? 'true' : 'false'}
      >
        <div className="cc-due-row">
          {selecting ? (
            <input
              type="checkbox"
              className="cc-due-tick"
              data-testid="cc-due-tick"
              checked={ticked}
              aria-label={t('checklist_tick_withdrawn', { name: item.name })}
              onChange={(e) => toggleTick(item.contactId, e.target.checked)}
            />
          ) : null}
          <details className="cc-due-details">
            <summary
              className="cc-due-line"
              title={t('checklist_line_title', { name: item.name, action: actionLabel(item.action), when })}
            >
              <span className="cc-due-name">{item.name}</span>
              <span className="cc-due-action">{shortActionLabel(item.action)}</span>
              <span
                className="cc-due-when"
                data-overdue={overdue ? 'true' : 'false'}
                data-testid="cc-due-when"
              >
                {when}
              </span>
            </summary>
            <div className="cc-due-more">
              <p className="cc-due-step">
                {actionLabel(item.action)}
                {age ? (
                  <span className="cc-due-age" data-testid="cc-due-age">
                    {' '}
                    · {age}
                  </span>
                ) : null}
              </p>
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
            </div>
          </details>
          {selecting ? null : (
            <button
              type="button"
              className="cc-btn cc-due-done"
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
          )}
        </div>
        {error ? (
          <p role="alert" className="cc-alert" data-testid="cc-due-error">
            {error}
          </p>
        ) : null}
      </li>
    );
  };

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
            const selecting = g.kind === 'withdraw' && reviewing !== null;
            const inReview = selecting ? g.items.filter((i) => reviewing.ids.includes(i.contactId)) : [];
            const tickedCount = inReview.filter((i) => !reviewing?.unticked.includes(i.contactId)).length;
            return (
              <section
                key={g.kind}
                id={`cc-group-${g.kind}`}
                className="cc-due-group"
                data-testid="cc-due-group"
                data-kind={g.kind}
                aria-labelledby={`cc-group-${g.kind}-title`}
              >
                <div className="cc-due-group-head">
                  <h3 id={`cc-group-${g.kind}-title`}>{groupTitle(g.kind, g.items.length)}</h3>
                  {g.kind === 'withdraw' && !selecting ? (
                    <button
                      type="button"
                      className="cc-btn"
                      data-testid="cc-withdrew-these"
                      onClick={() => startReview(g.items)}
                    >
                      {t(g.items.length === 1 ? 'checklist_withdrew_this' : 'checklist_withdrew_these', {
                        count: g.items.length,
                      })}
                    </button>
                  ) : null}
                </div>
                {selecting ? (
                  <div className="cc-due-review" data-testid="cc-withdraw-review">
                    <p className="cc-note">{t('checklist_review_hint')}</p>
                    <div className="cc-due-buttons">
                      <button
                        type="button"
                        className="cc-btn cc-btn-primary"
                        data-testid="cc-mark-withdrawn"
                        disabled={tickedCount === 0}
                        onClick={() => void markWithdrawn(g.items)}
                      >
                        {tp('checklist_mark_withdrawn', tickedCount, { count: tickedCount })}
                      </button>
                      <button type="button" className="cc-btn" onClick={() => saveReview(null)}>
                        {t('common_cancel')}
                      </button>
                      <a href={SENT_INVITATIONS_URL} target="_blank" rel="noreferrer" className="cc-link">
                        {t('checklist_sent_invitations')}
                        <span className="cc-sr"> {t('common_new_tab')}</span>
                      </a>
                    </div>
                  </div>
                ) : null}
                {g.kind === 'withdraw' && bulk ? (
                  <p role={bulk.error ? 'alert' : 'status'} className={bulk.error ? 'cc-alert' : 'cc-note'}>
                    {bulk.text}
                  </p>
                ) : null}
                <ul className="cc-due-list">
                  {g.items
                    .slice(0, limit)
                    .map((item) =>
                      line(
                        item,
                        selecting && reviewing.ids.includes(item.contactId),
                        !reviewing?.unticked.includes(item.contactId),
                      ),
                    )}
                </ul>
                {g.items.length > limit ? (
                  <button
                    type="button"
                    className="cc-btn cc-more"
                    data-testid="cc-checklist-more"
                    onClick={() => setShown((s) => ({ ...s, [g.kind]: limit + CHECKLIST_PAGE }))}
                  >
                    {t('checklist_show_more', {
                      count: Math.min(CHECKLIST_PAGE, g.items.length - limit),
                      left: g.items.length - limit,
                    })}
                  </button>
                ) : null}
              </section>
            );
          })}
        </>
      )}
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
