import { t } from '../lib/i18n/t';
import type { DraftVerdict } from '../lib/tracker/draft-verdict';

export interface NextStepNoteProps {
  /** From the background's advice answer (`answer.draft`); nothing is shown for null or 'go'. */
  verdict: DraftVerdict | null | undefined;
}

/**
 * Beside the score, when the next step says this draft should not go out as it is (issue 12, "score
 * and advice agree"): "Not yet: your request to Ana is still pending." The card shows this instead
 * of a congratulation; for 'go' it renders nothing and the score speaks alone.
 */
export function NextStepNote({ verdict }: NextStepNoteProps) {
  if (!verdict || verdict.verdict === 'go') return null;
  return (
    <p
      className="cc-next-step-note"
      data-testid="cc-next-step-note"
      data-verdict={verdict.verdict}
      role="note"
    >
      <strong>{t(verdict.verdict === 'hold' ? 'verdict_label_hold' : 'verdict_label_instead')}:</strong>{' '}
      {verdict.text}
    </p>
  );
}
