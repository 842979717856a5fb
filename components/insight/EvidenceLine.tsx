import { SEED_TITLES } from '../../lib/evidence';
import type { EvidenceRef } from '../../lib/insight/evidence';

/** The claims behind a section's figures, each with its source, once each. */
export function EvidenceLine({ refs }: { refs: readonly EvidenceRef[] }) {
  const unique = refs.filter((r, i) => refs.findIndex((x) => x.id === r.id) === i);
  return (
    <p className="cc-ins-evidence">
      {unique.map((e) => (
        <span key={e.id} data-evidence={e.id}>
          {e.claim} <cite>({SEED_TITLES[e.seed]})</cite>{' '}
        </span>
      ))}
    </p>
  );
}
