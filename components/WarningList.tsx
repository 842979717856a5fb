import type { Warning } from '../lib/draft';
import { SEED_TITLES } from '../lib/evidence';

const SEVERITY_LABEL = { error: 'Must fix', warn: 'Worth fixing', info: 'Tip' } as const;

/** Most severe first (the engine's order), each with the figure behind it. */
export function WarningList({ warnings, field }: { warnings: Warning[]; field?: string }) {
  if (warnings.length === 0) return null;
  return (
    <ul className="cc-warnings" aria-label={field ? `Advice on the ${field}` : 'Advice'}>
      {warnings.map((w) => (
        <li
          key={`${w.rule}-${w.span?.start ?? ''}`}
          className="cc-warning"
          data-testid="cc-warning"
          data-rule={w.rule}
          data-severity={w.severity}
        >
          <span className="cc-sev">{SEVERITY_LABEL[w.severity]}:</span> {w.message}
          {/* The figure is always visible; the claim and its source open on demand to keep the panel short. */}
          <details className="cc-evidence" data-testid="cc-evidence">
            <summary>Why: {w.evidence.figure}</summary>
            {w.evidence.claim} <cite>({SEED_TITLES[w.evidence.seed]})</cite>
          </details>
        </li>
      ))}
    </ul>
  );
}
