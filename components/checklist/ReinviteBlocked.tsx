import { useMemo } from 'react';
import { t } from '../../lib/i18n/t';
import { formatDay } from '../../lib/tracker/format';
import { canReinviteAfter, isReinviteBlocked } from '../../lib/tracker/reminders';
import type { TrackedContact } from '../../lib/tracker/schema';

const SHOWN = 20;

/** People withdrawn recently, who LinkedIn will not let the user invite again yet, and from when. */
export function ReinviteBlocked({
  contacts,
  now,
  timeZone,
}: {
  contacts: ReadonlyMap<string, TrackedContact>;
  now: Date;
  timeZone: string;
}) {
  const blocked = useMemo(() => {
    const out: { contact: TrackedContact; after: string }[] = [];
    for (const c of contacts.values()) {
      if (c.status !== 'withdrawn' || !isReinviteBlocked(c, now, timeZone)) continue;
      const after = canReinviteAfter(c, timeZone);
      if (after) out.push({ contact: c, after });
    }
    return out.sort((a, b) => (a.after < b.after ? -1 : 1));
  }, [contacts, now, timeZone]);

  if (blocked.length === 0) return null;
  return (
    <details className="cc-blocked" data-testid="cc-reinvite-blocked">
      <summary>{t('checklist_withdrawn_recently', { count: blocked.length })}</summary>
      <ul>
        {blocked.slice(0, SHOWN).map(({ contact, after }) => (
          <li key={contact.id} data-testid="cc-reinvite-item">
            {t('checklist_blocked_item', { name: contact.name, day: formatDay(after, timeZone, now) })}
          </li>
        ))}
        {blocked.length > SHOWN ? <li>{t('common_and_more', { count: blocked.length - SHOWN })}</li> : null}
      </ul>
    </details>
  );
}
