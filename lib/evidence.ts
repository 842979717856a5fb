/**
 * Every figure the product shows as evidence, with the claim it supports and the seed article it
 * comes from (../shared/seeds/). Rules and advice refer to these by id, so a figure is written once.
 */
import { labelTable, type PlainKey, t } from './i18n/t';

export interface Evidence {
  /** Plain-words claim, as the UI shows it. */
  claim: string;
  /** The figure itself, e.g. "55–68% vs 26–45%". */
  figure: string;
  /** Seed file the figure comes from (or, for platform facts, the research note that dates it). */
  seed: SeedFile | ResearchRef;
}

export type SeedFile =
  | '000_d3319ea7d29e51b7.txt'
  | '001_75e58ce592865631.txt'
  | '002_31ae2097d23ae7b3.txt'
  | '003_3104f773fabf9833.txt'
  | '004_b75341309e89f6e6.txt';

/** Platform facts that are not in the seeds come from our dated research notes. */
export type ResearchRef = 'research/linkedin-dom.md §2' | 'research/peers.md §4';

/** Short human names for the seeds, for evidence lines ("Konnector, 2026"). */
export const SEED_TITLES: Readonly<Record<SeedFile | ResearchRef, string>> = labelTable({
  '000_d3319ea7d29e51b7.txt': 'seed_konnector',
  '001_75e58ce592865631.txt': 'seed_powerin',
  '002_31ae2097d23ae7b3.txt': 'seed_salesflow',
  '003_3104f773fabf9833.txt': 'seed_growlancer',
  '004_b75341309e89f6e6.txt': 'seed_alore',
  'research/linkedin-dom.md §2': 'seed_linkedin_help',
  'research/peers.md §4': 'seed_botdog',
});

const S0 = '000_d3319ea7d29e51b7.txt';
const S1 = '001_75e58ce592865631.txt';
const S2 = '002_31ae2097d23ae7b3.txt';
const S3 = '003_3104f773fabf9833.txt';
const S4 = '004_b75341309e89f6e6.txt';

/**
 * One entry whose claim and figure are read through t() on each access, so they follow the message
 * source an entrypoint sets after this module has loaded.
 */
function entry(claim: PlainKey, figure: PlainKey, seed: SeedFile | ResearchRef): Evidence {
  return Object.freeze({
    get claim() {
      return t(claim);
    },
    get figure() {
      return t(figure);
    },
    seed,
  });
}

export const EVIDENCE = {
  blankBeatsGeneric: entry('evidence_blank_beats_generic_claim', 'evidence_blank_beats_generic_figure', S0),
  noteLiftsReplies: entry('evidence_note_lifts_replies_claim', 'evidence_note_lifts_replies_figure', S0),
  noteUnder200: entry('evidence_note_under200_claim', 'evidence_note_under200_figure', S0),
  noteLengthSweetSpot: entry(
    'evidence_note_length_sweet_spot_claim',
    'evidence_note_length_sweet_spot_figure',
    S4,
  ),
  messageUnder300: entry('evidence_message_under300_claim', 'evidence_message_under300_figure', S0),
  inmailUnder150Words: entry(
    'evidence_inmail_under150_words_claim',
    'evidence_inmail_under150_words_figure',
    S1,
  ),
  previewDecides: entry('evidence_preview_decides_claim', 'evidence_preview_decides_figure', S0),
  genericOpener: entry('evidence_generic_opener_claim', 'evidence_generic_opener_figure', S0),
  specificPersonalisation: entry(
    'evidence_specific_personalisation_claim',
    'evidence_specific_personalisation_figure',
    S0,
  ),
  triggerEvent: entry('evidence_trigger_event_claim', 'evidence_trigger_event_figure', S0),
  noPitch: entry('evidence_no_pitch_claim', 'evidence_no_pitch_figure', S1),
  lowFrictionAsk: entry('evidence_low_friction_ask_claim', 'evidence_low_friction_ask_figure', S1),
  recipientFocus: entry('evidence_recipient_focus_claim', 'evidence_recipient_focus_figure', S4),
  placeholderText: entry('evidence_placeholder_text_claim', 'evidence_placeholder_text_figure', S0),
  noLinksInNotes: entry('evidence_no_links_in_notes_claim', 'evidence_no_links_in_notes_figure', S4),
  valueAddFollowUp: entry('evidence_value_add_follow_up_claim', 'evidence_value_add_follow_up_figure', S3),
  noPressure: entry('evidence_no_pressure_claim', 'evidence_no_pressure_figure', S4),
  weakSubject: entry('evidence_weak_subject_claim', 'evidence_weak_subject_figure', S1),
  wallOfText: entry('evidence_wall_of_text_claim', 'evidence_wall_of_text_figure', S3),
  structuralSimilarity: entry(
    'evidence_structural_similarity_claim',
    'evidence_structural_similarity_figure',
    S0,
  ),
  firstMessage24to48h: entry(
    'evidence_first_message24to48h_claim',
    'evidence_first_message24to48h_figure',
    S0,
  ),
  followUp4to5BusinessDays: entry(
    'evidence_follow_up4to5_business_days_claim',
    'evidence_follow_up4to5_business_days_figure',
    S0,
  ),
  threeTouchSequence: entry(
    'evidence_three_touch_sequence_claim',
    'evidence_three_touch_sequence_figure',
    S3,
  ),
  stopAfterTwo: entry('evidence_stop_after_two_claim', 'evidence_stop_after_two_figure', S0),
  escalate7to10: entry('evidence_escalate7to10_claim', 'evidence_escalate7to10_figure', S0),
  seniorInmail: entry('evidence_senior_inmail_claim', 'evidence_senior_inmail_figure', S0),
  warmEngagement: entry('evidence_warm_engagement_claim', 'evidence_warm_engagement_figure', S0),
  warmRequest2to3x: entry('evidence_warm_request2to3x_claim', 'evidence_warm_request2to3x_figure', S1),
  sharedGroupMessage: entry(
    'evidence_shared_group_message_claim',
    'evidence_shared_group_message_figure',
    S0,
  ),
  pendingWeekInmail: entry('evidence_pending_week_inmail_claim', 'evidence_pending_week_inmail_figure', S1),
  inmailCreditRefund: entry(
    'evidence_inmail_credit_refund_claim',
    'evidence_inmail_credit_refund_figure',
    S1,
  ),
  withdrawUnanswered: entry('evidence_withdraw_unanswered_claim', 'evidence_withdraw_unanswered_figure', S2),
  dailyVolume: entry('evidence_daily_volume_claim', 'evidence_daily_volume_figure', S2),
  weeklyCap: entry('evidence_weekly_cap_claim', 'evidence_weekly_cap_figure', S3),
  measure25to50: entry('evidence_measure25to50_claim', 'evidence_measure25to50_figure', S4),
  healthyAcceptance: entry('evidence_healthy_acceptance_claim', 'evidence_healthy_acceptance_figure', S4),
  replyWithin24h: entry('evidence_reply_within24h_claim', 'evidence_reply_within24h_figure', S4),
  reEngage: entry('evidence_re_engage_claim', 'evidence_re_engage_figure', S0),
  profileVisitCombo: entry('evidence_profile_visit_combo_claim', 'evidence_profile_visit_combo_figure', S0),
  boxLimit: entry('evidence_box_limit_claim', 'evidence_box_limit_figure', 'research/linkedin-dom.md §2'),
  reinviteBlocked: entry(
    'evidence_reinvite_blocked_claim',
    'evidence_reinvite_blocked_figure',
    'research/linkedin-dom.md §2',
  ),
  pendingCeiling: entry(
    'evidence_pending_ceiling_claim',
    'evidence_pending_ceiling_figure',
    'research/linkedin-dom.md §2',
  ),
  acceptanceCurve: entry(
    'evidence_acceptance_curve_claim',
    'evidence_acceptance_curve_figure',
    'research/peers.md §4',
  ),
} as const satisfies Record<string, Evidence>;

export type EvidenceId = keyof typeof EVIDENCE;

/** "figure — claim (seed title)" for one-line display. */
export function evidenceLine(e: Evidence): string {
  return t('evidence_line', { figure: e.figure, claim: e.claim, source: SEED_TITLES[e.seed] });
}
