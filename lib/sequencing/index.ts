/** The sequencing advisor: contact state + now + settings → the next step, when, why. Pure. */
export { advise, RULES } from './advise.ts';
export {
  addBusinessDays,
  type BusinessCalendar,
  DEFAULT_CALENDAR,
  isBusinessDay,
  MONDAY_TO_FRIDAY,
  nextBusinessDay,
} from './business-days.ts';
export { isIsoDate, localDay, toInstant } from './dates.ts';
export {
  AdviceInputError,
  type Contact,
  type ContactInput,
  ContactSchema,
  parseAdviceInput,
  type Settings,
  SettingsSchema,
  type Signals,
} from './schema.ts';
export { isSenior, normaliseHeadline } from './seniority.ts';
export { DEFAULTS, resolveSettings, TIMING } from './settings.ts';
export { ACTION_IDS, type ActionId, type Advice, type Alternative } from './types.ts';
