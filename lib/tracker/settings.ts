/**
 * User settings: one schema, one set of defaults, repaired on every read. Stored under
 * KEYS.settings (storage.ts), version 2 since the tracker settings were added (migrations.ts).
 */
import * as z from 'zod/mini';
import { UI_LANGUAGES, type UiLanguageSetting } from '../i18n/languages';
import type { AccountType, SurfaceKind } from '../limits';
import { isIsoDay, isValidTimeZone } from '../sequencing/dates.ts';
import type { Settings as AdviceSettings } from '../sequencing/schema.ts';
import { type Repaired, repairObject } from './repair';

export interface Settings {
  /** null until the user says, or the note counter tells us (200 → free). */
  accountType: AccountType | null;
  /** True when accountType was inferred from the page rather than chosen. */
  accountTypeInferred: boolean;
  /** Withdraw a request still pending after this many days. */
  staleAfterDays: number;
  /** Follow up this many business days after the last message. */
  followUpBusinessDays: number;
  /**
   * An imported conversation whose last event is this many days older than the import is history,
   * not a due task.
   */
  historyAfterDays: number;
  /** 0 = Sunday … 6 = Saturday. */
  workingDays: number[];
  /** Days off, "YYYY-MM-DD". */
  holidays: string[];
  /** IANA zone; null means the browser's own zone (resolved when advice is computed). */
  timeZone: string | null;
  inmailCredits: number;
  /** Personalised notes a free account may send per calendar month (sources say 3, 5 or ~10). */
  monthlyFreeNotes: number;
  /** Connection requests per week to stay under. */
  weeklyCap: number;
  /** The user's connection count, when they enter it (daily volume guard: 2–5% of it). */
  connectionCount: number | null;
  /** A daily notification listing what is due. */
  notifications: boolean;
  /** The UI's language: 'auto' follows the browser's (lib/i18n/loader.ts). Coaching follows the note's. */
  uiLanguage: UiLanguageSetting;
}

export const DEFAULT_SETTINGS: Settings = {
  accountType: null,
  accountTypeInferred: false,
  staleAfterDays: 21,
  followUpBusinessDays: 4,
  historyAfterDays: 14,
  workingDays: [1, 2, 3, 4, 5],
  holidays: [],
  timeZone: null,
  inmailCredits: 0,
  monthlyFreeNotes: 5,
  weeklyCap: 100,
  connectionCount: null,
  notifications: false,
  uiLanguage: 'auto',
};

const whole = (min: number, max: number) => z.number().check(z.int(), z.gte(min), z.lte(max));

export const SETTINGS_SHAPE = {
  accountType: z.nullable(z.enum(['free', 'premium'])),
  accountTypeInferred: z.boolean(),
  staleAfterDays: whole(1, 365),
  followUpBusinessDays: whole(1, 30),
  historyAfterDays: whole(1, 365),
  workingDays: z.array(whole(0, 6)).check(z.minLength(1), z.maxLength(7)),
  holidays: z.array(z.string().check(z.refine(isIsoDay))),
  timeZone: z.nullable(z.string().check(z.refine(isValidTimeZone))),
  inmailCredits: whole(0, 10_000),
  monthlyFreeNotes: whole(0, 1_000),
  weeklyCap: whole(1, 10_000),
  connectionCount: z.nullable(whole(0, 1_000_000)),
  notifications: z.boolean(),
  uiLanguage: z.enum(['auto', ...UI_LANGUAGES]),
};

export function repairSettings(raw: unknown): Repaired<Settings> {
  const r = repairObject<Settings>(SETTINGS_SHAPE, DEFAULT_SETTINGS, raw);
  // Fresh lists: a caller editing its copy must never edit the defaults.
  return {
    value: { ...r.value, workingDays: [...r.value.workingDays], holidays: [...r.value.holidays] },
    repaired: r.repaired,
  };
}

/** The browser's zone, or UTC when it cannot be read. */
export function systemTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/** The advisor's settings from the user's: null account type → unknown, null zone → the browser's. */
export function toAdviceSettings(s: Settings, fallbackTimeZone: string = systemTimeZone()): AdviceSettings {
  const out: AdviceSettings = {
    inmailCredits: s.inmailCredits,
    staleAfterDays: s.staleAfterDays,
    workingDays: [...s.workingDays],
    timeZone: s.timeZone ?? fallbackTimeZone,
    followUpBusinessDays: s.followUpBusinessDays,
    historyAfterDays: s.historyAfterDays,
    holidays: [...s.holidays],
  };
  if (s.accountType) out.accountType = s.accountType;
  return out;
}

export interface PanelPrefs {
  /** Before per-kind panel preferences, every panel started collapsed. Still read as "cards closed" where no kind says. */
  collapsed: boolean;
  /** Per kind of compose box: whether its coaching card opens (true) or stays a chip (false). */
  cards: Partial<Record<SurfaceKind, boolean>>;
}

export const DEFAULT_PANEL_PREFS: PanelPrefs = { collapsed: false, cards: {} };

const SURFACE_KINDS = ['connection-note', 'message', 'inmail', 'salesnav', 'comment', 'post'] as const;

export function repairPanelPrefs(raw: unknown): Repaired<PanelPrefs> {
  return repairObject<PanelPrefs>(
    { collapsed: z.boolean(), cards: z.partialRecord(z.enum(SURFACE_KINDS), z.boolean()) },
    DEFAULT_PANEL_PREFS,
    raw,
  );
}
