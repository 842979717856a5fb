import { type Rule, warning } from '../input';

/** An empty connection note is fine: say so, with the seed's advice on when a note helps. */
export const blankNote: Rule = {
  id: 'blank-note',
  title: 'No note',
  check(input) {
    if (input.context.surface !== 'connection-note' || !input.blank) return [];
    return [
      warning(
        'blank-note',
        'info',
        'Sending without a note is fine: a blank request beats a generic note. Add a note only if you have a specific reason, such as their post, a mutual contact or a shared event, and keep it under 200 characters.',
        'blankBeatsGeneric',
      ),
    ];
  },
};
