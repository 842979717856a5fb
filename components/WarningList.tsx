import { RULES, type Warning } from '../lib/draft';
import { SEED_TITLES } from '../lib/evidence';
import { t } from '../lib/i18n/t';
import { ContextUserFigure } from './UserFigure';

const SEVERITY_KEY = { error: 'warn_must_fix', warn: 'warn_worth_fixing', info: 'warn_tip' } as const;

/** A rule's short name ("Generic opener"), for the chip and the top warning. */
export function ruleTitle(rule: Warning['rule']): string {
  return RULES.find((r) => r.id === rule)?.title ?? rule;
}

/**
 * Warnings in the engine's order (most severe first), each with its fix and the figure behind it.
 * `top`: the single most important warning, shown with its title so it reads first.
 */
export function WarningList({
  warnings,
  field,
  top,
}: {
  warnings: Warning[];
  field?: string;
  top?: boolean;
}) {
  if (warnings.length === 0) return null;
  return (
    <ul
      className={top ? 'cc-warnings cc-warnings-top' : 'cc-warnings'}
      aria-label={field ? t('warn_advice_on', { field }) : t('warn_advice')}
    >
      {warnings.map((w) => (
        <li
          key={`${w.rule}-${w.span?.start ?? ''}`}
          className="cc-warning"
          data-testid="cc-warning"
          data-rule={w.rule}
          data-severity={w.severity}
          data-top={top ? 'true' : undefined}
        >
          {top ? (
            <strong className="cc-warning-title" data-testid="cc-top-warning">
              {ruleTitle(w.rule)}
            </strong>
          ) : null}{' '}
          <span className="cc-sev">{t('common_label', { label: t(SEVERITY_KEY[w.severity]) })}</span>{' '}
          {w.message}
          {/* The figure is always visible; the claim and its source open on demand to keep the card short. */}
          <details className="cc-evidence" data-testid="cc-evidence">
            <summary>
              {t('evidence_why', { figure: w.evidence.figure })} <ContextUserFigure warning={w.rule} />
            </summary>
            {w.evidence.claim} <cite>({SEED_TITLES[w.evidence.seed]})</cite>
          </details>
        </li>
      ))}
    </ul>
  );
}
