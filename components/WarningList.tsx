import type { Warning } from '../lib/draft';
import { SEED_TITLES } from '../lib/evidence';
import { t } from '../lib/i18n/t';

const SEVERITY_KEY = { error: 'warn_must_fix', warn: 'warn_worth_fixing', info: 'warn_tip' } as const;

/** Most severe first (the engine's order), each with the figure behind it. */
export function WarningList({ warnings, field }: { warnings: Warning[]; field?: string }) {
  if (warnings.length === 0) return null;
  return (
    <ul className="cc-warnings" aria-label={field ? t('warn_advice_on', { field }) : t('warn_advice')}>
      {warnings.map((w) => (
        <li
          key={`${w.rule}-${w.span?.start ?? ''}`}
          className="cc-warning"
          data-testid="cc-warning"
          data-rule={w.rule}
          data-severity={w.severity}
        >
          <span className="cc-sev">{t(SEVERITY_KEY[w.severity])}:</span> {w.message}
          {/* The figure is always visible; the claim and its source open on demand to keep the panel short. */}
          <details className="cc-evidence" data-testid="cc-evidence">
            <summary>{t('evidence_why', { figure: w.evidence.figure })}</summary>
            {w.evidence.claim} <cite>({SEED_TITLES[w.evidence.seed]})</cite>
          </details>
        </li>
      ))}
    </ul>
  );
}
