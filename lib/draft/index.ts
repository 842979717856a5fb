/** The note-quality engine: pure TypeScript, no DOM or browser globals. */

export { countGraphemes } from '../text/graphemes';
export { analyzeDraft } from './analyze';
export type { Rule, RuleInput } from './input';
export { RULES } from './rules';
export { BLANK_NOTE_SCORE, PENALTY } from './score';
export { prepareHistory } from './similarity';
export type * from './types';
export { DRAFT_SURFACES, isDraftSurface } from './types';
