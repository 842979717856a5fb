import { t } from '../../i18n/t';
import { type Rule, warning } from '../input';

/** An empty connection note is fine: say so, with the seed's advice on when a note helps. */
export const blankNote: Rule = {
  id: 'blank-note',
  get title() {
    return t('rule_blank_note');
  },
  check(input) {
    if (input.context.surface !== 'connection-note' || !input.blank) return [];
    return [warning('blank-note', 'info', t('draft_blank_note'), 'blankBeatsGeneric')];
  },
};
