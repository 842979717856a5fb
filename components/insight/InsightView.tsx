import { useId, useMemo } from 'react';
import { t, tp } from '../../lib/i18n/t';
import { capState } from '../../lib/insight/evidence';
import type { WarningFigures } from '../../lib/insight/figures';
import { buildInsight } from '../../lib/insight/summary';
import type { TemplateFigures } from '../../lib/insight/template-figures';
import { last7DaysMessage } from '../../lib/insight/volume';
import type { TrackedContact } from '../../lib/tracker/schema';
import { type Settings, systemTimeZone } from '../../lib/tracker/settings';
import type { Send } from '../../utils/messaging';
import { CoachingSection } from './CoachingSection';
import { EvidenceLine } from './EvidenceLine';
import { RateChart } from './RateChart';
import { TemplatesSection } from './TemplatesSection';
import { VersionCompare } from './VersionCompare';
import { WeekBars, weekBars } from './WeekBars';
import './insight.css';

export interface InsightViewProps {
  contacts: readonly TrackedContact[];
  settings: Settings;
  now: Date;
  /** Defaults to settings.timeZone, then the browser's zone. */
  timeZone?: string;
  /** ISO weeks in the weekly charts (default 12). */
  weeks?: number;
  /**
   * What the coach says about each sent note, grouped (the background's record); null or left out
   * while it is being worked out.
   */
  warningFigures?: WarningFigures | null;
  /** The user's templates found in their notes (the background's record); null while being found. */
  templateFigures?: TemplateFigures | null;
  /** The tracker writer, for naming a template as a version; without it templates are read-only. */
  send?: Send;
}

const NOT_BLANK = /\S/;

/**
 * The dashboard's insight view: "which of my notes works?" Acceptance and reply rate per version and
 * audience with 95% intervals, a two-version comparison, the same by what the coach says about each
 * sent note (from the background's figures), weekly volume against the cap and the pending
 * pile against ~500. Everything is computed by lib/insight from the contacts passed in.
 */
export function InsightView({
  contacts,
  settings,
  now,
  timeZone,
  weeks = 12,
  warningFigures = null,
  templateFigures = null,
  send,
}: InsightViewProps) {
  const tz = timeZone ?? settings.timeZone ?? systemTimeZone();
  const data = useMemo(
    () => buildInsight(contacts, settings, now, tz, weeks),
    [contacts, settings, now, tz, weeks],
  );
  const titleId = useId();
  // Requests sent with a note: the templates' record counting another number is from before a change.
  const notes = useMemo(
    () => contacts.reduce((n, c) => (c.request && NOT_BLANK.test(c.request.note ?? '') ? n + 1 : n), 0),
    [contacts],
  );
  const templatesFound = !!templateFigures && templateFigures.notes === notes && templateFigures.found > 0;

  if (data.sent === 0)
    return (
      <section className="cc-insight" aria-labelledby={titleId} data-testid="cc-insight">
        <h2 id={titleId}>{t('insight_title')}</h2>
        <p className="cc-empty" data-testid="cc-insight-empty">
          {t('insight_empty')}
        </p>
      </section>
    );

  const { overall, weekly, pile, quota, daily } = data;
  const labelledVersions = data.byVersion.filter((g) => g.labelled);
  const labelledAudiences = data.byAudience.filter((g) => g.labelled);
  const weekState = weekly.weeks[weekly.weeks.length - 1]?.state ?? 'ok';
  const recent7 = capState(data.last7Days, weekly.cap);
  const pileNow = pile.points[pile.points.length - 1];

  return (
    <section className="cc-insight" aria-labelledby={titleId} data-testid="cc-insight">
      <h2 id={titleId}>{t('insight_title')}</h2>
      <ul className="cc-ins-summary" data-testid="cc-insight-summary">
        <li>
          {t('insight_counts', { accepted: overall.accepted, sent: overall.sent, replied: overall.replied })}{' '}
          {data.acceptance.message} {overall.accepted ? data.reply.message : ''}
        </li>
        <li data-state={recent7} data-testid="cc-insight-volume">
          {last7DaysMessage(data.last7Days, weekly.cap)}.
        </li>
        {daily ? (
          <li data-state={daily.state} data-testid="cc-insight-daily">
            {daily.message}
          </li>
        ) : null}
        {quota.applies ? (
          <li
            data-state={quota.left === 0 ? 'over' : quota.left === 1 ? 'near' : 'ok'}
            data-testid="cc-insight-quota"
          >
            {quota.message}. {t('insight_quota_used', { used: quota.used, quota: quota.quota })}
          </li>
        ) : null}
        {overall.pendingYoung ? (
          <li>
            {tp('insight_young', overall.pendingYoung, {
              count: overall.pendingYoung,
            })}
          </li>
        ) : null}
      </ul>
      <EvidenceLine refs={[...data.acceptance.evidence, ...(daily?.evidence ?? [])]} />

      <h3>{t('insight_by_version')}</h3>
      {labelledVersions.length === 0 ? (
        <p className="cc-empty" data-testid="cc-insight-no-versions">
          {templatesFound ? (
            <a className="cc-link" href="#cc-templates" data-testid="cc-insight-start-from-templates">
              {t('templates_start_versions')}
            </a>
          ) : (
            t('insight_no_versions')
          )}
        </p>
      ) : (
        <RateChart groups={data.byVersion} dimension="version" />
      )}

      {labelledVersions.length > 0 ? (
        <>
          <h3>{t('insight_compare')}</h3>
          <VersionCompare groups={data.byVersion} contacts={contacts} />
          <EvidenceLine refs={overall.evidence.filter((e) => e.id === 'measure25to50')} />
        </>
      ) : null}

      <TemplatesSection
        figures={templateFigures}
        notes={notes}
        contacts={contacts}
        timeZone={tz}
        send={send}
      />

      <CoachingSection figures={warningFigures} sends={data.sent} />

      <h3>{t('insight_by_audience')}</h3>
      {labelledAudiences.length === 0 ? (
        <p className="cc-empty" data-testid="cc-insight-no-audiences">
          {t('insight_no_audiences')}
        </p>
      ) : (
        <RateChart groups={data.byAudience} dimension="audience" />
      )}

      <h3>{t('insight_per_week')}</h3>
      <WeekBars
        testId="cc-weekly-chart"
        bars={weekBars(weekly.weeks, (w) => w.sent)}
        reference={weekly.cap}
        referenceLabel={t('insight_cap_label', { cap: weekly.cap })}
        valueName={t('insight_requests_sent')}
        summary={t(weekState === 'over' ? 'insight_weekly_summary_over' : 'insight_weekly_summary', {
          weeks: weekly.weeks.length,
          cap: weekly.cap,
          sent: weekly.weeks[weekly.weeks.length - 1]?.sent ?? 0,
          max: Math.max(...weekly.weeks.map((w) => w.sent)),
        })}
      />
      <EvidenceLine refs={weekly.evidence} />

      <h3>{t('insight_pile')}</h3>
      <WeekBars
        testId="cc-pile-chart"
        bars={weekBars(pile.points, (p) => p.pending)}
        reference={pile.ceiling}
        referenceLabel={t('insight_pile_label', { ceiling: pile.ceiling })}
        valueName={t('insight_pile_value')}
        summary={t('insight_pile_summary', { ceiling: pile.ceiling, pending: pileNow?.pending ?? 0 })}
      />
      <p className="cc-ins-note">{t('insight_pile_note')}</p>
      <EvidenceLine refs={pile.evidence} />
    </section>
  );
}
