import { useState } from 'react';
import { t } from '../../lib/i18n/t';
import { DAY_MS } from '../../lib/sequencing/dates.ts';
import type { ActionId } from '../../lib/sequencing/types.ts';
import { formatDay } from '../../lib/tracker/format';
import { canReinviteAfter, type DueItem } from '../../lib/tracker/reminders';
import type { TrackedContact } from '../../lib/tracker/schema';
import { errorText, type Send } from '../../utils/messaging';
import { doneKeys, itemKey } from './labels';

/** A line of "just done": who, what was recorded, and when they can be invited again. */
export interface DoneEntry {
  key: string;
  name: string;
  text: string;
  reinviteAfter: string | null;
}

export interface DueActionsOptions {
  send: Send;
  now: Date;
  timeZone: string;
  /** The clock for the moment the user pressed a button (defaults to the real one). */
  clock?: () => Date;
}

/**
 * The checklist's writes: Done, "they accepted/replied" and snooze, one item at a time, each
 * hiding its line once recorded or showing the error under it. The busy and hidden sets are open
 * to the withdraw review, which marks many items at once.
 */
export function useDueActions({ send, now, timeZone, clock }: DueActionsOptions) {
  const [busy, setBusy] = useState<ReadonlySet<string>>(new Set());
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const [errors, setErrors] = useState<ReadonlyMap<string, string>>(new Map());
  const [done, setDone] = useState<DoneEntry[]>([]);
  const tick = () => (clock ? clock() : new Date());

  const setError = (key: string, text: string | null) =>
    setErrors((m) => {
      const n = new Map(m);
      if (text === null) n.delete(key);
      else n.set(key, text);
      return n;
    });

  const markBusy = (keys: readonly string[], on: boolean) =>
    setBusy((s) => {
      const n = new Set(s);
      for (const k of keys) {
        if (on) n.add(k);
        else n.delete(k);
      }
      return n;
    });

  const hide = (key: string) => setHidden((s) => new Set(s).add(key));

  async function act(
    item: DueItem,
    what: string,
    run: () => Promise<TrackedContact>,
    describe: (c: TrackedContact) => Omit<DoneEntry, 'key' | 'name'>,
  ) {
    const key = itemKey(item);
    markBusy([key], true);
    setError(key, null);
    try {
      const updated = await run();
      hide(key);
      setDone((d) => [{ key, name: item.name, ...describe(updated) }, ...d].slice(0, 5));
    } catch (err) {
      setError(key, t('checklist_error', { what, name: item.name, error: errorText(err) }));
    } finally {
      markBusy([key], false);
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
    const verb = doneKeys(item.kind);
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

  return { busy, hidden, errors, done, markBusy, hide, doneRequest, markDone, markTheirs, snooze };
}

export type DueActions = ReturnType<typeof useDueActions>;
