import { t } from '../lib/i18n/t';
import type { Advice } from '../lib/sequencing';
import type { DraftVerdict } from '../lib/tracker/draft-verdict';
import { actionLabel, formatDue } from './AdviceCard';

export interface NextStepNoteProps {
  /** From the background's advice answer (`answer.draft`); nothing is shown for null or 'go'. */
  verdict: DraftVerdict | null | undefined;
  /** Every field is empty: no score is shown, so this note says what comes next instead. */
  empty?: boolean;
  /** The person's next step (the one the advice card shows), named when the box is empty. */
  advice?: (Pick<Advice, 'action' | 'dueAt'> & { timeZone?: string }) | null;
  now?: Date;
}

/**
 * Beside the score, when the next step says this draft should not go out as it is (issue 12, "score
 * and advice agree"): "Not yet: your request to Ana is still pending." The card shows this instead
 * of a congratulation; for 'go' it renders nothing and the score speaks alone. An empty box gets no
 * score at all (an empty note is not worth 70, an empty comment not 100): the note says so and names
 * the next step, the same one as the advice card above it.
 */
export function NextStepNote({ verdict, empty = false, advice, now = new Date() }: NextStepNoteProps) {
  const held = !!verdict && verdict.verdict !== 'go';
  if (!held && !empty) return null;
  let label: string;
  let text: string;
  if (held) {
    label = t(verdict.verdict === 'hold' ? 'verdict_label_hold' : 'verdict_label_instead');
    text = verdict.text;
  } else {
    label = t('wire_empty_label');
    const due = advice ? formatDue(advice, now) : null;
    text = !advice
      ? t('wire_empty_write')
      : due
        ? t('wire_empty_next', { action: actionLabel(advice.action), when: due })
        : t('wire_empty_next_undated', { action: actionLabel(advice.action) });
  }
  return (
    <p
      className="cc-next-step-note"
      data-testid="cc-next-step-note"
      data-verdict={held ? verdict.verdict : 'empty'}
      data-empty={empty ? 'true' : undefined}
      role="note"
    >
      <strong>{t('common_label', { label })}</strong> {text}
    </p>
  );
}
