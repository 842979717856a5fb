/**
 * Every figure the product shows as evidence, with the claim it supports and the seed article it
 * comes from (../shared/seeds/). Rules and advice refer to these by id, so a figure is written once.
 */
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
export const SEED_TITLES: Record<SeedFile | ResearchRef, string> = {
  '000_d3319ea7d29e51b7.txt': 'Konnector: request or message first',
  '001_75e58ce592865631.txt': 'PowerIn: InMail vs connection request',
  '002_31ae2097d23ae7b3.txt': 'Salesflow: connection-request best practices',
  '003_3104f773fabf9833.txt': 'Growlancer: DMs, notes and InMail',
  '004_b75341309e89f6e6.txt': 'Alore: connection-request messages',
  'research/linkedin-dom.md §2': 'LinkedIn Help (invitation limits), via our research notes',
  'research/peers.md §4': 'Botdog acceptance data, via our research notes',
};

const S0 = '000_d3319ea7d29e51b7.txt';
const S1 = '001_75e58ce592865631.txt';
const S2 = '002_31ae2097d23ae7b3.txt';
const S3 = '003_3104f773fabf9833.txt';
const S4 = '004_b75341309e89f6e6.txt';

export const EVIDENCE = {
  blankBeatsGeneric: {
    claim: 'Blank requests are accepted more often than requests with a generic note (up to 89% better).',
    figure: 'blank 55–68% vs with a note 26–45% acceptance',
    seed: S0,
  },
  noteLiftsReplies: {
    claim: 'A personalised note raises the reply rate after acceptance.',
    figure: '9.36% reply rate with a note vs 5.44% without',
    seed: S0,
  },
  noteUnder200: {
    claim: 'With a specific reason to connect, write a note under 200 characters that references it.',
    figure: 'under 200 characters',
    seed: S0,
  },
  noteLengthSweetSpot: {
    claim:
      'Strong connection requests usually stay between 150 and 250 characters, two or three short sentences.',
    figure: '150–250 characters',
    seed: S4,
  },
  messageUnder300: {
    claim: 'Messages under 300 characters get more responses than longer, pitch-heavy ones.',
    figure: '19% more responses under 300 characters',
    seed: S0,
  },
  inmailUnder150Words: {
    claim: 'The best-performing InMails rarely use more than 150 words; longer ones signal a pitch.',
    figure: 'at most ~150 words of the 1,900 allowed',
    seed: S1,
  },
  previewDecides: {
    claim:
      'Over 40% of recipients decide whether to open a message from its preview text: the first sentence.',
    figure: 'over 40% decide on the preview',
    seed: S0,
  },
  genericOpener: {
    claim:
      'Generic openers like "I came across your profile" are indistinguishable from thousands of other messages; generic notes convert at the lowest rates.',
    figure: 'blank 55–68% vs generic-note 26–45% acceptance',
    seed: S0,
  },
  specificPersonalisation: {
    claim:
      'Referencing a specific post, role change, shared contact or company news gets more replies than a name-swapped template.',
    figure: '27% higher reply rate',
    seed: S0,
  },
  triggerEvent: {
    claim: 'Outreach tied to recent activity or a trigger event gets more replies.',
    figure: '32% higher reply rate',
    seed: S0,
  },
  noPitch: {
    claim:
      'Never sell in the connection note or first message; the first message should open a conversation, not close a sale.',
    figure: 'pitching is the fastest way to get ignored or reported',
    seed: S1,
  },
  lowFrictionAsk: {
    claim: 'End with one low-friction ask, not "schedule a 30-minute demo".',
    figure: 'one low-commitment ask',
    seed: S1,
  },
  recipientFocus: {
    claim: 'A self-focused message forces the reader to find the relevance; most will not.',
    figure: 'keep it about them',
    seed: S4,
  },
  placeholderText: {
    claim:
      'Swapping a name into a template is not personalisation, and a forgotten placeholder shows the template.',
    figure: 'personalised notes get 27% more replies than name-swapped templates',
    seed: S0,
  },
  noLinksInNotes: {
    claim: 'Avoid early asks, calls, referrals or links in a connection request.',
    figure: 'two or three short sentences, no links',
    seed: S4,
  },
  valueAddFollowUp: {
    claim: 'A follow-up should never be a lazy "just checking in"; each one must add something new.',
    figure: 'add new value with every message',
    seed: S3,
  },
  noPressure: {
    claim: 'Reintroduce context without urgency or pressure; avoid lines that demand a reply.',
    figure: 'gentle, low-pressure close',
    seed: S4,
  },
  weakSubject: {
    claim: 'InMail subjects like "Quick question" or "Opportunity for you" are inbox death.',
    figure: 'short, specific, non-salesy subject',
    seed: S1,
  },
  wallOfText: {
    claim: 'A few well-written sentences always beat a wall of text.',
    figure: 'keep messages short and sharp',
    seed: S3,
  },
  structuralSimilarity: {
    claim:
      'LinkedIn can detect structural similarity across messages from one account, and recipients spot templates.',
    figure: 'name-swapped templates get 27% fewer replies',
    seed: S0,
  },
  firstMessage24to48h: {
    claim:
      'Send the first message within 24–48 hours of acceptance, while your profile is fresh in their mind.',
    figure: 'within 24–48 hours',
    seed: S0,
  },
  followUp4to5BusinessDays: {
    claim: 'Follow up once, 4–5 business days after your first message, referencing something new.',
    figure: '4–5 business days after the first message',
    seed: S0,
  },
  threeTouchSequence: {
    claim: 'A simple three-touch sequence: first message on day 1, follow-ups on day 4 and day 8.',
    figure: 'day 1, 4 and 8',
    seed: S3,
  },
  stopAfterTwo: {
    claim: 'Beyond two follow-ups returns drop sharply and the risk of a spam report rises.',
    figure: 'stop after two follow-ups',
    seed: S0,
  },
  escalate7to10: {
    claim:
      'For high-value prospects who stay silent, escalate to InMail or email 7–10 days after the first message.',
    figure: '7–10 days after the first message',
    seed: S0,
  },
  seniorInmail: {
    claim: 'Senior executives accept few requests (below 10%); a specific InMail reaches them faster.',
    figure: 'acceptance can drop below 10%',
    seed: S0,
  },
  warmEngagement: {
    claim: 'Engaging with their content before you connect lifts acceptance.',
    figure: 'above 60% vs 20–30% cold',
    seed: S0,
  },
  warmRequest2to3x: {
    claim: 'A warm request from a recognisable name converts at 2–3× the rate of a cold one.',
    figure: '2–3× acceptance',
    seed: S1,
  },
  sharedGroupMessage: {
    claim:
      'A shared group or event lets you send a message request without connecting or spending InMail credits.',
    figure: 'no InMail credit needed',
    seed: S0,
  },
  pendingWeekInmail: {
    claim:
      'If a request is neither accepted nor declined after a week, an InMail that references it is the next step.',
    figure: 'after a week pending',
    seed: S1,
  },
  inmailCreditRefund: {
    claim: 'An InMail costs one credit, refunded if the recipient responds within 90 days.',
    figure: '1 credit, refunded on reply within 90 days',
    seed: S1,
  },
  withdrawUnanswered: {
    claim: 'Withdraw unanswered requests: they keep sending reminders and make your profile look spammy.',
    figure: 'unanswered requests hurt your standing',
    seed: S2,
  },
  dailyVolume: {
    claim: 'Keep daily connection requests under 2–5% of your total connections.',
    figure: '2–5% of connections a day',
    seed: S2,
  },
  weeklyCap: {
    claim: 'LinkedIn caps connection requests at roughly 100–200 a week.',
    figure: '~100–200 a week',
    seed: S3,
  },
  measure25to50: {
    claim: 'Collect at least 25–50 sends of a version before judging it; test one change at a time.',
    figure: '25–50 sends',
    seed: S4,
  },
  healthyAcceptance: {
    claim: 'Healthy acceptance is 30–50%; healthy reply rate after acceptance is 15–30%.',
    figure: '30–50% accepted, 15–30% replied',
    seed: S4,
  },
  replyWithin24h: {
    claim: 'When they reply, respond within 24 hours to keep the conversation moving.',
    figure: 'within 24 hours',
    seed: S4,
  },
  reEngage: {
    claim: 'A past connection who went quiet needs a direct message with a new reason to reconnect.',
    figure: 'already connected: no request needed',
    seed: S0,
  },
  profileVisitCombo: {
    claim: 'A message combined with a profile visit gets the highest reply rate of any two-action sequence.',
    figure: '11.87% reply rate',
    seed: S0,
  },
  boxLimit: {
    claim:
      "LinkedIn refuses or cuts text over the box's limit; the page's own counter or maxlength is the limit that applies.",
    figure: 'notes 200 (free) or 300 (Premium); InMail subject 200, body 1,900–2,000; messages 8,000',
    seed: 'research/linkedin-dom.md §2',
  },
  reinviteBlocked: {
    claim: 'After you withdraw a request, LinkedIn blocks re-inviting that person for up to three weeks.',
    figure: 'up to 3 weeks',
    seed: 'research/linkedin-dom.md §2',
  },
  pendingCeiling: {
    claim:
      'Too many outstanding invitations can restrict your account; keep the pending pile under about 500.',
    figure: '~500 pending',
    seed: 'research/linkedin-dom.md §2',
  },
  acceptanceCurve: {
    claim:
      'Most requests that will ever be accepted are accepted early: 88% within a week, 99% within 30 days.',
    figure: '88% by day 7, 99% by day 30',
    seed: 'research/peers.md §4',
  },
} as const satisfies Record<string, Evidence>;

export type EvidenceId = keyof typeof EVIDENCE;

/** "figure — claim (seed title)" for one-line display. */
export function evidenceLine(e: Evidence): string {
  return `${e.figure}: ${e.claim} (${SEED_TITLES[e.seed]})`;
}
