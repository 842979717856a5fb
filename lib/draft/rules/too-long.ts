import { type Rule, warning } from '../input';
import type { Warning } from '../types';

const NOTE_TARGET = 200; // seed 000: "a short note under 200 characters"
const MESSAGE_TARGET = 300; // seed 000: messages under 300 characters get 19% more responses
const INMAIL_WORDS = 150; // seed 001: the best InMails rarely pass 150 words
const SUBJECT_TARGET = 80; // an inbox line shows little more than this

/** Longer than what works for the surface, though it fits the box (over-limit covers that). */
export const tooLong: Rule = {
  id: 'too-long',
  title: 'Longer than what works',
  check(input) {
    const { count, limit, context, stats } = input;
    if (count > limit) return []; // over-limit already says it
    const out: Warning[] = [];
    switch (context.surface) {
      case 'connection-note':
        if (count > NOTE_TARGET)
          out.push(
            warning(
              'too-long',
              'warn',
              `Cut ${count - NOTE_TARGET} characters: notes under ${NOTE_TARGET} characters that name one specific reason work best.`,
              'noteUnder200',
              { start: NOTE_TARGET, end: count },
            ),
          );
        break;
      case 'message':
        if (count > MESSAGE_TARGET)
          out.push(
            warning(
              'too-long',
              context.stage === 'follow-up' ? 'info' : 'warn',
              `Cut ${count - MESSAGE_TARGET} characters: messages under ${MESSAGE_TARGET} characters get more replies. Leave your background to your profile.`,
              'messageUnder300',
              { start: MESSAGE_TARGET, end: count },
            ),
          );
        break;
      case 'inmail-body':
        if (stats.words > INMAIL_WORDS) {
          const cut = input.tokens[INMAIL_WORDS];
          out.push(
            warning(
              'too-long',
              'warn',
              `Cut about ${stats.words - INMAIL_WORDS} words: the InMails that get answers stay under ${INMAIL_WORDS} words.`,
              'inmailUnder150Words',
              cut ? { start: cut.start, end: count } : undefined,
            ),
          );
        }
        break;
      case 'inmail-subject':
        if (count > SUBJECT_TARGET)
          out.push(
            warning(
              'too-long',
              'info',
              `Shorten the subject to under ${SUBJECT_TARGET} characters so the inbox shows all of it.`,
              'weakSubject',
              { start: SUBJECT_TARGET, end: count },
            ),
          );
        break;
      default:
        break; // comments and posts: length is the writer's call
    }
    return out;
  },
};
