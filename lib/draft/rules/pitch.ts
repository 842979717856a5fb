import { t } from '../../i18n/t';
import { firstMatch, isFirstTouchOutreach, quote, type Rule, warning } from '../input';

const A = "(?:'|’)";

/** Selling words (seed 001: "never sell in the connection note or first message"). */
const PITCH = new RegExp(
  [
    // "our platform team", "my product org": the writer's job, not an offer.
    String.raw`\b(?:our|my) (?:product|products|platform|solution|solutions|services|service|software|tool|app|agency|offering|offer|company provides|team provides|pricing|rates|packages?)\b(?![- ](?:team|teams|org|group|guild|squad|people|engineers?|managers?|designers?|leads?|colleagues)\b)`,
    String.raw`\b(?:we|i) (?:help|helped|enable|empower) (?:companies|businesses|brands|teams|startups|agencies|founders|organi[sz]ations|leaders|firms|clients|b2b|saas|smbs?|enterprises|people like you)\b`,
    String.raw`\b(?:companies|businesses|teams|brands|organi[sz]ations|firms|startups|people) like yours\b`,
    String.raw`\b(?:we|i) help (?:\S+ ){1,2}?(?:get|grow|scale|increase|generate|book|land|win|close|save|cut|reduce|double|triple|hit)\b`,
    String.raw`\b\d+\+? (?:new |more |qualified )?(?:clients|customers|leads|meetings|appointments|sales calls)(?: a| per| every)? (?:month|week|day)\b`,
    // A recruiter's "we offer full remote" or "we offer relocation" describes the job, not a product.
    String.raw`\b(?:we|i) (?:specialise|specialize|offer|provide|sell|guarantee) (?:in )?\b(?!(?:full[- ]?remote|remote|relocation|visa|equity|hybrid|flexible|benefits|sponsorship|a (?:salary|4-day|four-day|relocation|signing))\b)`,
    String.raw`\b(?:my|our) company (?:provides|offers|helps|builds|sells)\b`,
    // Growing *your* revenue is an offer; "congrats on growing ARR" is praise for their result.
    String.raw`\b(?:increase|increases|increasing|boost|boosts|grow|double|triple|improve|maximi[sz]e|skyrocket)\w* (?:your|their) (?:roi|revenue|sales|leads|conversions?|pipeline|profits?|bookings|mrr|arr)\b`,
    String.raw`\b(?:we|i|can|could|will|to|help(?:s|ed)?(?: you)?) (?:increase|boost|grow|double|triple|improve|maximi[sz]e|skyrocket) (?:roi|revenue|sales|leads|conversions?|pipeline|profits?|bookings|mrr|arr)\b`,
    String.raw`\broi (?:by|of) \d`,
    String.raw`\b\d+\s?% (?:more|increase|growth|lift|roi|higher|cheaper|off|discount)\b`,
    // Not "the IT services unit" or "your design services": someone else's department.
    String.raw`(?<!\b(?:the|your|their|his|her) )\b(?:lead generation|lead gen|appointment setting|outsourced? \w+|white[- ]label|seo|marketing|development|design|consulting|staffing|recruiting|it|cloud|bookkeeping|accounting) services\b`,
    String.raw`\b(?:free trial|special offer|exclusive offer|discount|limited offer|pricing plans?|competitive pricing|affordable (?:price|pricing|rates)|no obligation|money[- ]back)\b`,
    String.raw`\b(?:save|saves|saving) you (?:time|money|hours|\d+(?: ?(?:hours|%|percent))?)`,
    String.raw`\b(?:book|generate|get) (?:you )?more (?:meetings|leads|clients|customers|sales|demos)\b`,
    String.raw`\b(?:a|our) proposal\b`,
    String.raw`\bi${A}?d love to (?:show|tell) you (?:how|what) (?:we|our|my)\b`,
    String.raw`\bhow (?:we|our (?:product|platform|tool|team)) can help (?:you|your)\b`,
  ].join('|'),
);

/** Selling in a connection note, first message or InMail. */
export const pitch: Rule = {
  id: 'pitch',
  get title() {
    return t('rule_pitch');
  },
  check(input) {
    const { surface, stage } = input.context;
    const firstTouch = isFirstTouchOutreach(input);
    const laterMessage = surface === 'message' && stage === 'follow-up';
    if ((!firstTouch && !laterMessage) || input.blank) return [];
    const span = firstMatch(PITCH, input.lower);
    if (!span) return [];
    return [
      firstTouch
        ? warning(
            'pitch',
            'warn',
            t('draft_pitch_first', { quote: quote(input.text, span) }),
            'noPitch',
            span,
          )
        : warning(
            'pitch',
            'info',
            t('draft_pitch_later', { quote: quote(input.text, span) }),
            'noPitch',
            span,
          ),
    ];
  },
};
