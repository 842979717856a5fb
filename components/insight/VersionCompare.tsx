import { useId, useState } from 'react';
import { t } from '../../lib/i18n/t';
import { audienceMix, compareVersions, topTwoLabels } from '../../lib/insight/compare';
import { formatP, pct } from '../../lib/insight/format';
import type { GroupStats } from '../../lib/insight/groups';
import type { TrackedContact } from '../../lib/tracker/schema';

export interface VersionCompareProps {
  /** groupStats(..., { by: 'version' }); only labelled groups can be chosen. */
  groups: readonly GroupStats[];
  /** For the audience-mix caveat (versions sent to different audiences). */
  contacts: readonly TrackedContact[];
}

const points = (d: number) => {
  const n = Math.round(d * 100);
  return n < 0 ? `−${-n}` : n > 0 ? `+${n}` : '0';
};

/** Two version pickers and whether the difference in acceptance is real at this sample size. */
export function VersionCompare({ groups, contacts }: VersionCompareProps) {
  const labelled = groups.filter((g) => g.labelled);
  const [defA, defB] = topTwoLabels(groups);
  const [pickA, setA] = useState<string | undefined>(undefined);
  const [pickB, setB] = useState<string | undefined>(undefined);
  const id = useId();
  // A pick that no longer exists (label renamed) falls back to the default.
  const keyA = pickA && labelled.some((g) => g.key === pickA) ? pickA : defA;
  const keyB = pickB && labelled.some((g) => g.key === pickB) ? pickB : defB;
  if (!keyA || !keyB)
    return (
      <p className="cc-empty" data-testid="cc-compare-empty">
        {t('compare_need_two')}
      </p>
    );
  const a = labelled.find((g) => g.key === keyA) as GroupStats;
  const b = labelled.find((g) => g.key === keyB) as GroupStats;
  const same = keyA === keyB;
  const c = same ? null : compareVersions(a, b);
  const mix = same ? null : audienceMix(contacts, keyA, keyB);
  const picker = (label: string, value: string, set: (v: string) => void, suffix: string) => (
    <label className="cc-ins-pick" htmlFor={`${id}-${suffix}`}>
      {label}{' '}
      <select id={`${id}-${suffix}`} value={value} onChange={(e) => set(e.currentTarget.value)}>
        {labelled.map((g) => (
          <option key={g.key} value={g.key}>
            {t('compare_option', { key: g.key, sent: g.sent })}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <div className="cc-ins-compare" data-testid="cc-compare">
      <div className="cc-ins-picks">
        {picker(t('compare_version_a'), keyA, setA, 'a')}
        {picker(t('compare_version_b'), keyB, setB, 'b')}
      </div>
      <p
        className="cc-ins-verdict"
        data-testid="cc-compare-verdict"
        data-significant={c?.significant ? 'true' : 'false'}
        aria-live="polite"
      >
        {c ? c.verdict : t('compare_choose_different')}
      </p>
      {c && !c.tooFew && c.differenceCi95 && c.pValue !== null && c.difference !== null ? (
        <p className="cc-ins-detail">
          {t('compare_detail', {
            diff: points(c.difference),
            low: points(c.differenceCi95[0]),
            high: points(c.differenceCi95[1]),
            p: formatP(c.pValue),
            rate_a: pct(c.a.rate),
            sent_a: c.a.sent,
            rate_b: pct(c.b.rate),
            sent_b: c.b.sent,
          })}
        </p>
      ) : null}
      {mix?.note ? (
        <p className="cc-ins-caveat" data-testid="cc-compare-mix">
          {mix.note}
        </p>
      ) : null}
    </div>
  );
}
