import { useState } from 'react';
import { t } from '../../lib/i18n/t';
import type { TrackedContact } from '../../lib/tracker/schema';
import { errorText, type Send } from '../../utils/messaging';
import type { MenuItem } from '../MenuButton';

/** The delete the user is asked to confirm: one row's or the selection's. */
export type Confirm = { kind: 'delete'; ids: string[] } | null;

export interface TableActionsOptions {
  send: Send;
  byId: ReadonlyMap<string, TrackedContact>;
  now: Date;
  onEdit: (contact: TrackedContact) => void;
  /** Empties the selection once a bulk action has run. */
  clearSelection: () => void;
  clock?: () => Date;
}

/**
 * The table's writes: a bulk action over the selection (one write after another, with progress and
 * the failures named), and each row's menu (details, what the user did on LinkedIn, snooze, delete).
 */
export function useTableActions({ send, byId, now, onEdit, clearSelection, clock }: TableActionsOptions) {
  const [confirm, setConfirm] = useState<Confirm>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const at = () => (clock ? clock() : new Date());

  async function runBulk(label: string, ids: string[], one: (cid: string) => Promise<unknown>) {
    const failed: string[] = [];
    let done = 0;
    for (const [i, cid] of ids.entries()) {
      setBusy(t('table_bulk_progress', { label, index: i + 1, total: ids.length }));
      try {
        await one(cid);
        done++;
      } catch (err) {
        const c = byId.get(cid);
        failed.push(`${c?.name ?? cid}: ${errorText(err)}`);
      }
    }
    setBusy(null);
    clearSelection();
    setMessage(
      failed.length
        ? {
            text: t('table_bulk_failed', {
              label,
              done,
              failed: failed.length,
              details: `${failed.slice(0, 3).join('; ')}${failed.length > 3 ? '…' : ''}`,
            }),
            error: true,
          }
        : { text: t('table_bulk_done', { label, done }), error: false },
    );
  }

  const bulkWithdraw = (ids: string[]) => {
    const when = at().toISOString();
    void runBulk(t('table_marked_withdrawn'), ids, (cid) =>
      send({ type: 'tracker/withdrawn', id: cid, at: when }),
    );
  };
  const doDelete = (ids: string[]) => {
    setConfirm(null);
    void runBulk(t('table_deleted'), ids, (cid) => send({ type: 'tracker/delete', id: cid }));
  };

  const one = (label: string, run: () => Promise<unknown>) => {
    setBusy(label);
    run()
      .then(() => setMessage({ text: t('table_bulk_done', { label, done: 1 }), error: false }))
      .catch((err) =>
        setMessage({ text: t('table_row_failed', { label, error: errorText(err) }), error: true }),
      )
      .finally(() => setBusy(null));
  };

  /** A menu item that records one write and says so under its label. */
  const write = (key: string, label: string, done: string, request: () => Parameters<Send>[0]): MenuItem => ({
    key,
    label,
    onSelect: () => one(done, () => send(request())),
  });

  /** The row's actions, in one menu: details, what the user did on LinkedIn, snooze, delete. */
  const menuItems = (c: TrackedContact): MenuItem[] => {
    const items: MenuItem[] = [
      {
        key: 'edit',
        label: c.history?.length
          ? t('table_menu_details_history', { count: c.history.length })
          : t('table_menu_details'),
        onSelect: () => onEdit(c),
      },
    ];
    const stamp = () => at().toISOString();
    const live = c.request && !c.request.withdrawnAt && c.status === 'pending';
    if (live) {
      items.push(
        write('withdrawn', t('table_menu_withdrawn'), t('table_marked_withdrawn'), () => ({
          type: 'tracker/withdrawn',
          id: c.id,
          at: stamp(),
        })),
      );
      items.push(
        write('accepted', t('checklist_they_accepted'), t('checklist_marked_accepted'), () => ({
          type: 'tracker/accepted',
          id: c.id,
          at: stamp(),
        })),
      );
    }
    if (c.messages.length > 0)
      items.push(
        write('replied', t('checklist_they_replied'), t('checklist_marked_they_replied'), () => ({
          type: 'tracker/replied',
          id: c.id,
          at: stamp(),
        })),
      );
    const snoozed = c.snoozedUntil && new Date(c.snoozedUntil).getTime() > now.getTime();
    items.push(
      snoozed
        ? write('unsnooze', t('table_menu_unsnooze'), t('table_menu_unsnooze'), () => ({
            type: 'tracker/snooze',
            id: c.id,
            until: null,
          }))
        : write('snooze', t('table_menu_snooze_week'), t('table_menu_snooze_week'), () => ({
            type: 'tracker/snooze',
            id: c.id,
            until: new Date(at().getTime() + 7 * 86_400_000).toISOString(),
          })),
    );
    items.push({
      key: 'delete',
      label: t('table_menu_delete'),
      danger: true,
      onSelect: () => setConfirm({ kind: 'delete', ids: [c.id] }),
    });
    return items;
  };

  return { confirm, setConfirm, busy, message, bulkWithdraw, doDelete, menuItems };
}
