/** User settings: one schema, one set of defaults, repaired on every read. */
import * as z from 'zod/mini';
import type { AccountType } from '../limits';
import { type Repaired, repairObject } from './repair';

export interface Settings {
  /** null until the user says, or the note counter tells us (200 → free). */
  accountType: AccountType | null;
  /** True when accountType was inferred from the page rather than chosen. */
  accountTypeInferred: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  accountType: null,
  accountTypeInferred: false,
};

const shape = {
  accountType: z.nullable(z.enum(['free', 'premium'])),
  accountTypeInferred: z.boolean(),
};

export function repairSettings(raw: unknown): Repaired<Settings> {
  return repairObject<Settings>(shape, DEFAULT_SETTINGS, raw);
}

export interface PanelPrefs {
  /** The draft panel starts collapsed (one line) when true. */
  collapsed: boolean;
}

export const DEFAULT_PANEL_PREFS: PanelPrefs = { collapsed: false };

export function repairPanelPrefs(raw: unknown): Repaired<PanelPrefs> {
  return repairObject<PanelPrefs>({ collapsed: z.boolean() }, DEFAULT_PANEL_PREFS, raw);
}
