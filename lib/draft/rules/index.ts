/** Every rule, one per file. Order here is only the tie-break for equal severity and position. */
import type { Rule } from '../input';
import { bigAsk } from './big-ask';
import { blankNote } from './blank-note';
import { genericOpener } from './generic-opener';
import { lazyFollowUp } from './lazy-follow-up';
import { limitedLanguage } from './limited-language';
import { link } from './link';
import { nameMismatch } from './name-mismatch';
import { noHook } from './no-hook';
import { overLimit } from './over-limit';
import { pitch } from './pitch';
import { placeholder } from './placeholder';
import { pushy } from './pushy';
import { selfFocused } from './self-focused';
import { shouting } from './shouting';
import { templateSimilarity } from './template-similarity';
import { tooLong } from './too-long';
import { wallOfText } from './wall-of-text';
import { weakSubject } from './weak-subject';

export const RULES: readonly Rule[] = [
  overLimit,
  placeholder,
  nameMismatch,
  tooLong,
  genericOpener,
  noHook,
  pitch,
  bigAsk,
  selfFocused,
  link,
  lazyFollowUp,
  pushy,
  shouting,
  weakSubject,
  wallOfText,
  templateSimilarity,
  blankNote,
  limitedLanguage,
];
