/** The sequencing advisor: contact state + now + settings → the next step, when, why. Pure. */
export { advise } from './advise.ts';
export { isBusinessDay } from './business-days.ts';
export { isIsoDate, localDay, toInstant } from './dates.ts';
export {
  AdviceInputError,
  type Contact,
  type ContactInput,
  ContactSchema,
  parseAdviceInput,
  type Settings,
  SettingsSchema,
} from './schema.ts';
export { ACTION_IDS, type ActionId, type Advice } from './types.ts';
