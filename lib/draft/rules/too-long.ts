import { t } from '../../i18n/t';
import { type Rule, warning } from '../input';
import type { Severity, Warning } from '../types';

const NOTE_TARGET = 200; // seed 000: "a short note under 200 characters"
const MESSAGE_TARGET = 300; // seed 000: messages under 300 characters get 19% more responses
const INMAIL_WORDS = 150; // seed 001: the best InMails rarely pass 150 words
const SUBJECT_TARGET = 80; // an inbox line shows little more than this
/**
 * Past the seed's figure a length is advice (info); far past it, a warning: a message past two and a
 * half times the figure, an InMail a third over it. A note is capped by the box itself (over-limit).
 */
const MESSAGE_FAR = 2.5 * MESSAGE_TARGET;
const INMAIL_FAR = 200;

/** Longer than what works for the surface, though it fits the box (over-limit covers that). */
export const tooLong: Rule = {
  id: 'too-long',
  get title() {
    return t('rule_too_long');
  },
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
              'info',
              t('draft_too_long_note', { cut: count - NOTE_TARGET, target: NOTE_TARGET }),
              'noteUnder200',
              { start: NOTE_TARGET, end: count },
            ),
          );
        break;
      case 'message':
        if (count > MESSAGE_TARGET) {
          const severity: Severity = count > MESSAGE_FAR ? 'warn' : 'info';
          out.push(
            warning(
              'too-long',
              severity,
              t('draft_too_long_message', { cut: count - MESSAGE_TARGET, target: MESSAGE_TARGET }),
              'messageUnder300',
              { start: MESSAGE_TARGET, end: count },
            ),
          );
        }
        break;
      case 'inmail-body':
        if (stats.words > INMAIL_WORDS) {
          const cut = input.tokens[INMAIL_WORDS];
          out.push(
            warning(
              'too-long',
              stats.words > INMAIL_FAR ? 'warn' : 'info',
              t('draft_too_long_inmail', { cut: stats.words - INMAIL_WORDS, target: INMAIL_WORDS }),
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
              t('draft_too_long_subject', { target: SUBJECT_TARGET }),
              'weakSubject',
              {
                start: SUBJECT_TARGET,
                end: count,
              },
            ),
          );
        break;
      default:
        break; // comments and posts: length is the writer's call
    }
    return out;
  },
};
