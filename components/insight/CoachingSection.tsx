import { useMemo } from 'react';
import { SEED_TITLES } from '../../lib/evidence';
import { t, tp } from '../../lib/i18n/t';
import { type CoachingGroup, coachingInsight } from '../../lib/insight/coaching';
import type { WarningFigures } from '../../lib/insight/figures';
import { pctRange } from '../../lib/insight/format';
import { EvidenceLine } from './EvidenceLine';
import { RateChart } from './RateChart';

export interface CoachingSectionProps {
  /**
   * The per-warning figures the background keeps (lib/tracker/warning-figures-cache.ts); null while
   * it has not written them yet. Re-analysing every note is the background's job, never a render's.
   */
  figures: WarningFigures | null;
  /**
   * The sends the page itself counts: figures counting a different number are from before the latest
   * change (the background rewrites them a moment later), so they wait rather than contradict the page.
   */
  sends?: number;
}

/** The article's figure for a group: its acceptance range, or the claim the warning cites. */
function SeedCell({ g }: { g: CoachingGroup }) {
  if (g.seed)
    return (
      <span data-position={g.seedPosition ?? undefined}>
        {t('coaching_seed_cell', {
          range: pctRange(g.seed.range),
          source: SEED_TITLES[g.seed.evidence.seed],
        })}
      </span>
    );
  if (g.cited)
    return (
      <span>{t('coaching_seed_cited', { figure: g.cited.figure, source: SEED_TITLES[g.cited.seed] })}</span>
    );
  return <span>{t('coaching_no_seed_figure')}</span>;
}

const labelOf = (g: CoachingGroup) => g.label;
const bandOf = (g: CoachingGroup) => g.seed?.range ?? null;

/**
 * "Does the coaching work for you?": the user's acceptance grouped by what the coach says about the
 * note they sent, with the same bars, whiskers and table as the version view, each group beside the
 * article's figure, and the strongest difference that is not chance. Until some group has 25 sends,
 * only an honest "too few sends to tell yet".
 */
export function CoachingSection({ figures, sends }: CoachingSectionProps) {
  const current = figures && (sends === undefined || figures.sends === sends) ? figures : null;
  const insight = useMemo(() => (current ? coachingInsight(current) : null), [current]);
  const title = <h3 data-testid="cc-coaching-title">{t('coaching_title')}</h3>;
  if (!insight)
    return (
      <div className="cc-ins-coaching" data-testid="cc-coaching">
        {title}
        <p className="cc-note" role="status" data-testid="cc-coaching-waiting">
          {t('coaching_waiting')}
        </p>
      </div>
    );
  if (!insight.enough)
    return (
      <div className="cc-ins-coaching" data-testid="cc-coaching">
        {title}
        <p className="cc-empty" data-testid="cc-coaching-too-few">
          {insight.tooFewMessage}
        </p>
        <EvidenceLine refs={insight.evidence.filter((e) => e.id === 'measure25to50')} />
      </div>
    );
  const sentences = insight.groups.filter((g) => g.seedMessage);
  return (
    <div className="cc-ins-coaching" data-testid="cc-coaching">
      {title}
      <p className="cc-ins-note">{t('coaching_intro')}</p>
      <RateChart
        groups={insight.groups}
        dimension="warning"
        labelOf={labelOf}
        acceptBand={bandOf}
        bandLabel={t('coaching_key_band')}
        extraColumn={{ header: t('coaching_col_seed'), cell: (g) => <SeedCell g={g} /> }}
      />
      {sentences.length ? (
        <ul className="cc-ins-seeds" data-testid="cc-coaching-seeds">
          {sentences.map((g) => (
            <li key={g.key} data-key={g.key} data-position={g.seedPosition ?? undefined}>
              {g.seedMessage}
            </li>
          ))}
        </ul>
      ) : null}
      {insight.comparisonMessage ? (
        <p
          className="cc-ins-verdict"
          data-testid="cc-coaching-verdict"
          data-significant={insight.comparison?.significant ? 'true' : 'false'}
        >
          {insight.comparisonMessage}
        </p>
      ) : null}
      {insight.unjudged ? (
        <p className="cc-ins-note">
          {tp('coaching_unjudged', insight.unjudged, {
            count: insight.unjudged,
          })}
        </p>
      ) : null}
      <EvidenceLine refs={insight.evidence} />
    </div>
  );
}
