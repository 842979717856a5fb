import { t } from '../../i18n/t';
import { firstMatch, isFirstTouchOutreach, quote, type Rule, warning } from '../input';

const A = "(?:'|’)";
const MINUTES = String.raw`(?:\d+|five|ten|fifteen|twenty|thirty|a few)[- ]?(?:min(?:ute)?s?)`;
const CALL = `(?:call|meeting|demo|zoom|teams call|video call|phone call|meet|walkthrough|discovery call|sales call|intro call)`;

/** Calls, meetings, demos, calendar slots, referrals and job asks: too much for a first touch. */
const BIG_ASK = new RegExp(
  [
    String.raw`\b(?:hop|jump|get) on (?:a |an )?(?:quick |short |brief |${MINUTES} )*${CALL}\b`,
    String.raw`\b(?:schedule|book|set up|setup|arrange|organi[sz]e|have|grab|do) (?:a |an |some )?(?:quick |short |brief |${MINUTES} |free |time for a )*${CALL}\b`,
    String.raw`\b(?:a |an )?(?:quick |short |brief )?${MINUTES} (?:call|meeting|demo|zoom|of your time|to chat|to talk|for a call)\b`,
    String.raw`\b(?:do you have|have you got|got|can you spare|could you spare|spare me) (?:\d+|a few|five|ten|fifteen|twenty|thirty) min(?:ute)?s?\b`,
    String.raw`\b(?:are you|would you be|r u) (?:free|available|around) (?:for a (?:call|meeting|demo)|(?:on |this |next )?(?:monday|tuesday|wednesday|thursday|friday|tomorrow|week|today))`,
    String.raw`\b(?:when|what time) (?:are|would) you (?:be )?(?:free|available)\b`,
    String.raw`\b(?:calendly\.com|cal\.com|my calendar|my calendly|book a (?:time|slot)|find a time|grab a time|time on your calendar|pick a time|choose a slot)\b`,
    String.raw`\b(?:can|could|may) i (?:call you|give you a call|get your (?:phone )?number|send you (?:a )?(?:demo|proposal|deck|pricing))\b`,
    String.raw`\b(?:show you a (?:quick )?demo|give you a (?:quick )?demo|see a (?:quick )?demo|a demo of)\b`,
    String.raw`\b(?:refer me|a referral|referral for|put in a good word|introduce me to|intro to your|get me an interview|consider me for|hire me|any (?:open )?(?:openings|positions|roles|vacancies)|open (?:positions|roles) (?:at|on)|look(?: at|ing at) my (?:resume|cv|portfolio)|(?:attached|sending|send you|forward) my (?:resume|cv))\b`,
    String.raw`\b(?:looking for|seeking) (?:a |my next )?(?:job|new job|new role|position)\b|\b(?:looking for|seeking) (?:new |job |career )?opportunities(?:\s*$|[.!,;]| (?:in|at|on your))`,
  ].join('|'),
);

/** A low-friction chat ask: the seed's own strong example ends "Open to a quick chat if you are." */
const SOFT_ASK = new RegExp(
  [
    String.raw`\b(?:open to|up for|fancy|interested in) (?:a |an )?(?:quick |short |brief |virtual )?(?:chat|coffee|virtual coffee|conversation)\b`,
    String.raw`\b(?:would|i${A}d) love to (?:chat|grab (?:a )?coffee|have a chat)\b`,
    String.raw`\b(?:grab|have|get) (?:a )?(?:quick |virtual )?(?:coffee|chat)\b`,
  ].join('|'),
);

export const bigAsk: Rule = {
  id: 'big-ask',
  get title() {
    return t('rule_big_ask');
  },
  check(input) {
    if (!isFirstTouchOutreach(input) || input.blank) return [];
    const note = input.context.surface === 'connection-note';
    const evidence = note ? 'noLinksInNotes' : 'lowFrictionAsk';
    const big = firstMatch(BIG_ASK, input.lower);
    if (big)
      return [
        warning(
          'big-ask',
          'warn',
          note
            ? t('draft_big_ask_note', { quote: quote(input.text, big) })
            : t('draft_big_ask_message', { quote: quote(input.text, big) }),
          evidence,
          big,
        ),
      ];
    const soft = firstMatch(SOFT_ASK, input.lower);
    if (soft && (note || !input.hook))
      return [
        warning(
          'big-ask',
          'info',
          note
            ? t('draft_soft_ask_note', { quote: quote(input.text, soft) })
            : t('draft_soft_ask_message', { quote: quote(input.text, soft) }),
          evidence,
          soft,
        ),
      ];
    return [];
  },
};
