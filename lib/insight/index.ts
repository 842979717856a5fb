/**
 * Insight: the user's own acceptance and reply rates per message version and audience, with honest
 * uncertainty, plus the volume guard and the free-note quota meter. Pure: `now` and the time zone are
 * always parameters.
 */
export {
  ALPHA,
  type AudienceMix,
  audienceMix,
  type CompareSide,
  type Comparison,
  compareTopTwo,
  compareVersions,
  topTwoLabels,
} from './compare';
export { type CapState, capState, cite, type EvidenceId, type EvidenceRef, NEAR_SHARE } from './evidence';
export { days, formatP, pct, pctRange, pctWithCi } from './format';
export {
  type GroupBy,
  type GroupOptions,
  type GroupStats,
  groupKey,
  groupStats,
  IDEAL_SENDS,
  MIN_SENDS,
  NO_LABEL,
  overallStats,
  YOUNG_DAYS,
} from './groups';
export {
  acceptanceVsHealthy,
  HEALTHY_ACCEPTANCE,
  HEALTHY_REPLY,
  type RangeCheck,
  type RangePosition,
  replyVsHealthy,
} from './health';
export { pendingAt, type RequestOutcome, requestOutcome } from './outcome';
export { type NoteQuota, notesLeftMessage, notesUsedThisMonth } from './quota';
export {
  erfc,
  type Interval,
  median,
  newcombeDifference,
  normalCdf,
  sampleSizePerGroup,
  twoProportionZTest,
  wilson,
  Z95,
  type ZTest,
} from './stats';
export { buildInsight, type Insight } from './summary';
export {
  DAILY_SHARE,
  type DailyGuard,
  DEFAULT_WEEKS,
  dailyVolumeGuard,
  type IsoWeek,
  isoWeekOf,
  last7DaysMessage,
  lastIsoWeeks,
  PENDING_CEILING,
  type PendingPile,
  type PilePoint,
  pendingPileOverTime,
  requestsInLast7Days,
  type WeeklyVolume,
  type WeekVolume,
  weeklyVolume,
} from './volume';
