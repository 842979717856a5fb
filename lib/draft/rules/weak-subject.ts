import { t } from '../../i18n/t';
import { type Rule, warning } from '../input';
import { fold } from '../text';

/** Subjects that say nothing (seed 001: "Quick question" or "Opportunity for you" are inbox death). */
const WEAK_EXACT = new Set([
  '',
  'quick question',
  'a quick question',
  'question',
  'one question',
  'opportunity',
  'opportunity for you',
  'an opportunity for you',
  'exciting opportunity',
  'great opportunity',
  'business opportunity',
  'job opportunity',
  'career opportunity',
  'partnership',
  'partnership opportunity',
  'collaboration',
  'collaboration opportunity',
  'following up',
  'follow up',
  'followup',
  'checking in',
  'just checking in',
  'touching base',
  'hello',
  'hi',
  'hey',
  'hi there',
  'hello there',
  'greetings',
  'introduction',
  'intro',
  'quick intro',
  'quick chat',
  'let s connect',
  'lets connect',
  'connect',
  'connecting',
  'networking',
  'proposal',
  'important',
  'urgent',
  'request',
  'meeting request',
  'meeting',
  'call',
  'quick call',
  'time to chat',
  '15 minutes',
  'got a minute',
  'do you have a minute',
  'thoughts',
  'idea',
  'quick idea',
  'hiring',
  'no subject',
]);

const WEAK_START =
  /^(?:quick question|a quick question|opportunity|exciting opportunity|following up|checking in|quick chat|partnership opportunity)\b/;
const FAKE_REPLY = /^\s*(?:re|fw|fwd)\s*:/i;
const SALESY =
  /\b(?:\d+\s?% off|free trial|discount|demo(?! day)|increase your (?:revenue|sales|roi)|limited time|act now)\b/;

/** InMail subject lines that are generic, fake replies or sales lines. */
export const weakSubject: Rule = {
  id: 'weak-subject',
  get title() {
    return t('rule_weak_subject');
  },
  check(input) {
    if (input.context.surface !== 'inmail-subject') return [];
    const { text } = input;
    const span = { start: text.length - text.trimStart().length, end: text.trimEnd().length };
    const say = (message: string) => [
      warning('weak-subject', 'warn', message, 'weakSubject', span.end > span.start ? span : undefined),
    ];
    // Before anything is typed this is a tip, not a warning: an empty box is not a mistake yet.
    if (input.blank) return [warning('weak-subject', 'info', t('draft_subject_blank'), 'weakSubject')];
    if (FAKE_REPLY.test(text)) return say(t('draft_subject_fake_reply'));
    // Compare without the recipient's name, punctuation and emoji: "Quick question, Ana 👋" is still weak.
    let core = ` ${fold(text).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
    for (const part of fold(input.context.recipientName ?? '').split(/[^\p{L}\p{N}]+/u))
      if (part.length >= 2) core = core.replace(` ${part} `, ' ');
    core = core.trim().replace(/\s+/g, ' ');
    if (WEAK_EXACT.has(core) || WEAK_START.test(core)) return say(t('draft_subject_generic'));
    if (SALESY.test(fold(text))) return say(t('draft_subject_salesy'));
    return [];
  },
};
