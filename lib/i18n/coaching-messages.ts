/**
 * "Does the coaching work for you?" (issue 18): the user's acceptance grouped by what the coach says
 * about the note they sent, against the figure each rule cites, in English. Spread into EN
 * (./messages.ts); same conventions. Rates arrive formatted by format_percent, ranges by
 * format_percent_range; group names arrive as one of the coaching_group_ phrases.
 */
export const COACHING_EN = {
  // Short names of the groups (chart labels, table rows). Rules use their own titles (rule_*).
  coaching_label_none: 'No warning',
  coaching_label_blank: 'Blank request',

  // The same groups inside a sentence ("your notes with a pitch: …").
  coaching_group_none: 'notes with no warning',
  coaching_group_blank: 'blank requests',
  coaching_group_over_limit: 'notes over the limit',
  coaching_group_too_long: 'notes that ran long',
  coaching_group_generic_opener: 'notes with a generic opener',
  coaching_group_no_hook: 'notes with nothing specific to them',
  coaching_group_pitch: 'notes with a pitch',
  coaching_group_big_ask: 'notes with a big ask',
  coaching_group_self_focused: 'notes about you rather than them',
  coaching_group_placeholder: 'notes with an unfilled template slot',
  coaching_group_link: 'notes with a link',
  coaching_group_lazy_follow_up: 'notes with an empty follow-up',
  coaching_group_pushy: 'notes with pressure',
  coaching_group_shouting: 'notes that shout',
  coaching_group_name_mismatch: 'notes with the wrong name',
  coaching_group_template_similarity: 'notes like an earlier one',
  coaching_group_limited_language: 'notes in a language the coach reads only in part',
  coaching_group_rule: 'notes flagged “{rule}”',
  // "what the coach said" as the chart's dimension ("Acceptance and reply rate by …").
  coaching_dimension: 'what the coach said',
  coaching_subject: 'this group',

  // The dashboard section (components/insight/CoachingSection.tsx).
  coaching_title: 'Does the coaching work for you?',
  coaching_intro:
    'Your requests grouped by what the coach says today about the note you sent (a note with two warnings counts in both), against the figure each warning cites.',
  coaching_waiting: 'The coach is still reading the notes you sent; the figures appear here in a moment.',
  coaching_too_few_one:
    'Too few sends to tell yet: {sent} request so far, and a group needs at least {min} (ideally {ideal}) before its acceptance means anything.',
  coaching_too_few_other:
    'Too few sends to tell yet: {sent} requests so far, the largest group has {largest}, and a group needs at least {min} (ideally {ideal}) before its acceptance means anything.',
  coaching_col_warning: 'What the coach said',
  coaching_col_seed: 'The article’s figure',
  coaching_key_band:
    'Shaded: the article’s acceptance figure for that group where it gives one, and the healthy 15–30% reply rate',
  coaching_no_seed_figure: 'no acceptance figure',
  coaching_seed_cell: '{range} accepted ({source})',
  coaching_seed_cited: '{figure} ({source})',
  coaching_strongest: 'The strongest difference',
  coaching_compare_many:
    '{count} groups were each compared with notes with no warning, so a difference counts as more than chance only below p = {alpha} (0.05 ÷ {count}).',
  coaching_unjudged_one: '{count} note could not be read by the coach and is left out.',
  coaching_unjudged_other: '{count} notes could not be read by the coach and are left out.',

  // A group against the article's figure.
  coaching_seed_better:
    'For you, {group} do better than the article’s figure: {rate} accepted (95% interval {range}) against {seed}.',
  coaching_seed_worse:
    'For you, {group} do worse than the article’s figure: {rate} accepted (95% interval {range}) against {seed}.',

  // The panel's evidence line (components/UserFigure.tsx).
  coaching_user_figure: 'your {group}: {rate} accepted, {sent} sent',
  coaching_user_figure_aria:
    'Your own figure: {group}, {rate} accepted (95% interval {range}) of {sent} sent.',
} as const;
