import type { TrackedContact } from '../../../lib/tracker/schema';
import { contact } from '../tracker/helpers';

export { contact };

const iso = (d: string) => (d.includes('T') ? d : `${d}T09:00:00.000Z`);

/** A tracked connection request, pending unless dates say otherwise. */
export function req(
  slug: string,
  sentAt: string,
  over: Partial<TrackedContact> & {
    accepted?: string;
    replied?: string;
    firstMessage?: string;
    withdrawn?: string;
    note?: string | null;
    accountType?: 'free' | 'premium' | null;
  } = {},
): TrackedContact {
  const { accepted, replied, firstMessage, withdrawn, note = null, accountType, ...rest } = over;
  const c = contact(slug, {
    request: {
      sentAt: iso(sentAt),
      note,
      ...(withdrawn ? { withdrawnAt: iso(withdrawn) } : {}),
      ...(accountType !== undefined ? { accountType } : {}),
    },
    status: replied ? 'replied' : accepted ? 'accepted' : withdrawn ? 'withdrawn' : 'pending',
    ...(accepted ? { acceptedAt: iso(accepted), degree: 1 as const } : {}),
    ...(replied ? { repliedAt: iso(replied) } : {}),
    ...(firstMessage ? { messages: [{ sentAt: iso(firstMessage), kind: 'first' as const }] } : {}),
    ...rest,
  });
  return c;
}

/** n requests with a label, the first `acc` accepted a day later and the first `rep` of those replied. */
export function batch(
  prefix: string,
  n: number,
  acc: number,
  rep: number,
  over: Partial<TrackedContact> = {},
): TrackedContact[] {
  return Array.from({ length: n }, (_, i) =>
    req(`${prefix}-${i}`, '2026-02-02', {
      ...(i < acc ? { accepted: '2026-02-03', firstMessage: '2026-02-04' } : {}),
      ...(i < rep ? { replied: '2026-02-06' } : {}),
      ...over,
    }),
  );
}
