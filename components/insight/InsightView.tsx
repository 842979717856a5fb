import { useId, useMemo } from 'react';
import { SEED_TITLES } from '../../lib/evidence';
import { capState, type EvidenceRef } from '../../lib/insight/evidence';
import { buildInsight } from '../../lib/insight/summary';
import { last7DaysMessage } from '../../lib/insight/volume';
import type { TrackedContact } from '../../lib/tracker/schema';
import { type Settings, systemTimeZone } from '../../lib/tracker/settings';
import { RateChart } from './RateChart';
import { VersionCompare } from './VersionCompare';
import { WeekBars } from './WeekBars';
import './insight.css';

export interface InsightViewProps {
  contacts: readonly TrackedContact[];
  settings: Settings;
  now: Date;
  /** Defaults to settings.timeZone, then the browser's zone. */
  timeZone?: string;
  /** ISO weeks in the weekly charts (default 12). */
  weeks?: number;
}

function EvidenceLine({ refs }: { refs: readonly EvidenceRef[] }) {
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

/**
 * The dashboard's insight view: "which of my notes works?" Acceptance and reply rate per version and
 * audience with 95% intervals, a two-version comparison, weekly volume against the cap and the pending
 * pile against ~500. Everything is computed by lib/insight from the contacts passed in.
 */
export function InsightView({ contacts, settings, now, timeZone, weeks = 12 }: InsightViewProps) {
  const tz = timeZone ?? settings.timeZone ?? systemTimeZone();
  const data = useMemo(
    () => buildInsight(contacts, settings, now, tz, weeks),
    [contacts, settings, now, tz, weeks],
  );
  const titleId = useId();

  if (data.sent === 0)
    return (
      <section className="cc-insight" aria-labelledby={titleId} data-testid="cc-insight">
        <h2 id={titleId}>Which of my notes works?</h2>
        <p className="cc-empty" data-testid="cc-insight-empty">
          No requests tracked yet. Send connection requests with the panel open (or import your tracking
          sheet) and your acceptance and reply rates will show here.
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
      <h2 id={titleId}>Which of my notes works?</h2>
      <ul className="cc-ins-summary" data-testid="cc-insight-summary">
        <li>
          {overall.accepted} of {overall.sent} requests accepted, {overall.replied} replied.{' '}
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
            {quota.message}. {quota.used} of {quota.quota} free-account notes used this month (sources say 3,
            5 or about 10 a month; change the quota in Settings if yours differs).
          </li>
        ) : null}
        {overall.pendingYoung ? (
          <li>
            {overall.pendingYoung} request{overall.pendingYoung === 1 ? ' is' : 's are'} under a week old;
            rates can still rise.
          </li>
        ) : null}
      </ul>
      <EvidenceLine refs={[...data.acceptance.evidence, ...(daily?.evidence ?? [])]} />

      <h3>By message version</h3>
      {labelledVersions.length === 0 ? (
        <p className="cc-empty" data-testid="cc-insight-no-versions">
          Label your notes with a version in the panel to compare them.
        </p>
      ) : (
        <RateChart groups={data.byVersion} dimension="version" />
      )}

      {labelledVersions.length > 0 ? (
        <>
          <h3>Compare two versions</h3>
          <VersionCompare groups={data.byVersion} contacts={contacts} />
          <EvidenceLine refs={overall.evidence.filter((e) => e.id === 'measure25to50')} />
        </>
      ) : null}

      <h3>By audience</h3>
      {labelledAudiences.length === 0 ? (
        <p className="cc-empty" data-testid="cc-insight-no-audiences">
          Pick an audience for each request in the panel to see rates per audience.
        </p>
      ) : (
        <RateChart groups={data.byAudience} dimension="audience" />
      )}

      <h3>Requests per week</h3>
      <WeekBars
        testId="cc-weekly-chart"
        bars={weekly.weeks.map((w) => ({
          key: w.week,
          startDay: w.startDay,
          value: w.sent,
          state: w.state,
          current: w.current,
        }))}
        reference={weekly.cap}
        referenceLabel={`cap ~${weekly.cap}`}
        valueName="Requests sent"
        summary={`Requests sent per ISO week over the last ${weekly.weeks.length} weeks, against your weekly cap of about ${weekly.cap}. This week so far: ${weekly.weeks[weekly.weeks.length - 1]?.sent ?? 0}${weekState === 'over' ? ', over the cap' : ''}. Highest: ${Math.max(...weekly.weeks.map((w) => w.sent))}.`}
      />
      <EvidenceLine refs={weekly.evidence} />

      <h3>Pending pile</h3>
      <WeekBars
        testId="cc-pile-chart"
        bars={pile.points.map((p) => ({
          key: p.week,
          startDay: p.startDay,
          value: p.pending,
          state: p.state,
          current: p.current,
        }))}
        reference={pile.ceiling}
        referenceLabel={`~${pile.ceiling} pending`}
        valueName="Pending at week end"
        summary={`Tracked requests still pending at the end of each week, against a ceiling of about ${pile.ceiling}. Now: ${pileNow?.pending ?? 0} pending.`}
      />
      <p className="cc-ins-note">Counts only requests you tracked; LinkedIn's own pile may be larger.</p>
      <EvidenceLine refs={pile.evidence} />
    </section>
  );
}
