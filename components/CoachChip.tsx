import { formatNumber, t } from '../lib/i18n/t';
import type { MeterState } from './CountMeter';

export interface CoachChipProps {
  count: number;
  limit: number;
  state: MeterState;
  /** The top warning's short title, when there is one. */
  warning: string | null;
  open: boolean;
  cardId: string;
  onToggle: () => void;
}

/**
 * The small chip at the compose box's corner: the count against the limit (near and over states) and
 * the top warning's title. It opens and closes the coaching card.
 */
export function CoachChip({ count, limit, state, warning, open, cardId, onToggle }: CoachChipProps) {
  return (
    <button
      type="button"
      className="cc-chip"
      data-testid="cc-chip"
      data-state={state}
      data-open={open ? 'true' : 'false'}
      aria-expanded={open}
      aria-controls={cardId}
      onClick={onToggle}
    >
      <span className="cc-sr">{t('chip_prefix')} </span>
      <span className="cc-chip-count">
        {formatNumber(count)}/{formatNumber(limit)}
      </span>
      <span className="cc-sr">
        {' '}
        {t('chip_chars')}
        {state === 'near' ? `, ${t('chip_near')}` : state === 'over' ? `, ${t('chip_over')}` : ''}
      </span>
      {warning ? <span className="cc-chip-warn">{warning}</span> : null}
    </button>
  );
}
