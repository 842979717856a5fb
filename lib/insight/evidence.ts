/** The evidence each insight figure is judged against: EVIDENCE entries carried with their id. */
import { EVIDENCE, type Evidence } from '../evidence';

export type EvidenceId = keyof typeof EVIDENCE;

export type EvidenceRef = Evidence & { id: EvidenceId };

export function cite(id: EvidenceId): EvidenceRef {
  return { id, ...EVIDENCE[id] };
}

/** Tracker figures judged against a cap or ceiling. */
export type CapState = 'ok' | 'near' | 'over';

/** A figure is "near" its cap from this share of it (the panel shows the volume guard from here). */
export const NEAR_SHARE = 0.7;

/** ok below 70% of the cap, near from 70% up to the cap itself, over beyond it. */
export function capState(value: number, cap: number): CapState {
  if (value > cap) return 'over';
  return value >= cap * NEAR_SHARE && value > 0 ? 'near' : 'ok';
}
