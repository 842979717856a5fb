/**
 * The insight engine's sentences (lib/insight): verdicts on versions and audiences, the healthy-range
 * checks, the volume guards and the note quota, plus the number formats they share, in English.
 * Spread into EN (./messages.ts); same conventions. Labels arrive quoted by common_quote; rates
 * arrive formatted by format_percent.
 */
export const INSIGHT_EN = {
  // Numbers (lib/insight/format.ts).
  format_percent: '{value}%',
  format_percent_range: '{low}–{high}%',
  format_rate_with_range: '{rate} ({range})',
  format_p_below: 'p < {p}',
  format_p_equals: 'p = {p}',
  format_pair: '{first} and {second}',

  // Comparing two versions (compare.ts).
  verdict_compare_empty_one: 'Nothing to compare yet: {versions} has no sends.',
  verdict_compare_empty_other: 'Nothing to compare yet: {versions} have no sends.',
  verdict_compare_more: '{count} more of {version}',
  verdict_compare_too_few:
    'Too few sends to tell: {sent_a} and {sent_b}; collect at least {min} of each ({more}).',
  verdict_compare_higher:
    '{version}’s acceptance is higher ({rate} vs {other_rate}), and the difference is unlikely to be chance ({p}): {points} points, 95% interval {low} to {high}.',
  verdict_compare_same: 'No difference: both are accepted at {rate} ({sent_a} and {sent_b} sends).',
  verdict_compare_unclear:
    'No clear difference yet: {version_a} {rate_a} vs {version_b} {rate_b}; a gap this size ({points} points) could be chance at {sent_a} and {sent_b} sends.',
  verdict_compare_unclear_p:
    'No clear difference yet: {version_a} {rate_a} vs {version_b} {rate_b} ({p}); a gap this size ({points} points) could be chance at {sent_a} and {sent_b} sends.',
  verdict_compare_need_one: 'Telling a gap this size from chance would take about {count} send of each.',
  verdict_compare_need_other: 'Telling a gap this size from chance would take about {count} sends of each.',
  verdict_audience_share: '{audience} {rate}',
  verdict_no_audience: 'no audience',
  verdict_audience_mix:
    '{version_a} and {version_b} went to different audiences ({mix_a} vs {mix_b}), so part of the gap may be the audience rather than the note: test one change at a time.',

  // One group's verdict (groups.ts). {subject} is one of the group_subject_ phrases.
  group_subject_version: 'this version',
  group_subject_audience: 'this audience',
  group_subject_all: 'your requests',
  verdict_young_one: '{count} request is under a week old and may still be accepted.',
  verdict_young_other: '{count} requests are under a week old and may still be accepted.',
  verdict_group_none: 'No requests tracked for {subject} yet.',
  verdict_group_too_few_one:
    'Too few to judge: {count} send so far ({accepted} accepted). Collect at least {min}, ideally {ideal}, before judging {subject}.',
  verdict_group_too_few_other:
    'Too few to judge: {count} sends so far ({accepted} accepted). Collect at least {min}, ideally {ideal}, before judging {subject}.',
  verdict_no_reply_rate: 'Nothing accepted yet, so no reply rate.',
  verdict_reply_rough_one: '{reply}; only {count} acceptance so far, so it is rough.',
  verdict_reply_rough_other: '{reply}; only {count} acceptances so far, so it is rough.',

  // A rate against its healthy range (health.ts). {head} is one of the health_head_ phrases.
  health_no_acceptance: 'No acceptance rate yet.',
  health_no_reply: 'No reply rate yet.',
  health_head_acceptance: 'Acceptance {rate}',
  health_head_acceptance_ci: 'Acceptance {rate} (95% interval {range})',
  health_head_reply: 'Reply rate {rate}',
  health_head_reply_ci: 'Reply rate {rate} (95% interval {range})',
  health_within: '{head} is in the healthy {band} range.',
  health_below: '{head} is below the healthy {band} range.',
  health_above: '{head} is above the healthy {band} range.',
  health_maybe_below:
    '{head} looks below the healthy {band} range, but at this sample size it could still be in it.',
  health_maybe_above:
    '{head} looks above the healthy {band} range, but at this sample size it could still be in it.',

  // Volume guards (volume.ts).
  volume_last7_one: '{count} request in the last 7 days (cap ~{cap})',
  volume_last7_other: '{count} requests in the last 7 days (cap ~{cap})',
  volume_last7_over: '{head}: over the cap, pause for a few days',
  volume_rule_one: '2–5% of your {count} connection is {low}–{high} a day',
  volume_rule_other: '2–5% of your {count} connections is {low}–{high} a day',
  volume_today_one: '{count} request today ({rule}).',
  volume_today_other: '{count} requests today ({rule}).',
  volume_today_near_one: '{count} request today, near the top of the safe range ({rule}).',
  volume_today_near_other: '{count} requests today, near the top of the safe range ({rule}).',
  volume_today_over_one: '{count} request today, more than 5% of your connections ({rule}): stop for today.',
  volume_today_over_other:
    '{count} requests today, more than 5% of your connections ({rule}): stop for today.',

  // The free account's monthly note quota (quota.ts).
  notes_left_one: '{count} personalised note left this month',
  notes_left_other: '{count} personalised notes left this month',
  notes_left_none: 'No personalised notes left this month',
  notes_left_none_until: 'No personalised notes left this month; more on {date}',
} as const;
