import { useId, useState } from 'react';
import { LANGUAGE_NAMES, UI_LANGUAGES, type UiLanguageSetting } from '../lib/i18n/languages';
import { type PlainKey, t } from '../lib/i18n/t';
import { isValidTimeZone } from '../lib/sequencing/dates.ts';
import { type Settings, systemTimeZone } from '../lib/tracker/settings';
import { errorText } from '../utils/messaging';

/** The form's text, before it is checked. */
export interface SettingsDraft {
  accountType: '' | 'free' | 'premium';
  monthlyFreeNotes: string;
  staleAfterDays: string;
  followUpBusinessDays: string;
  historyAfterDays: string;
  workingDays: number[];
  timeZone: string;
  notifications: boolean;
  uiLanguage: UiLanguageSetting;
}

export type SettingsErrors = Partial<Record<keyof SettingsDraft, string>>;

export function draftFromSettings(s: Settings): SettingsDraft {
  return {
    accountType: s.accountType ?? '',
    monthlyFreeNotes: String(s.monthlyFreeNotes),
    staleAfterDays: String(s.staleAfterDays),
    followUpBusinessDays: String(s.followUpBusinessDays),
    historyAfterDays: String(s.historyAfterDays),
    workingDays: [...s.workingDays],
    timeZone: s.timeZone ?? '',
    notifications: s.notifications,
    uiLanguage: s.uiLanguage,
  };
}

function whole(text: string, min: number, max: number, what: PlainKey): { value?: number; error?: string } {
  const trimmed = text.trim();
  const error = () => t('settings_whole_number', { field: t(what), min, max });
  if (!/^\d+$/.test(trimmed)) return { error: error() };
  const n = Number(trimmed);
  if (n < min || n > max) return { error: error() };
  return { value: n };
}

/** Checks the draft; returns the new settings, or errors per field in plain words. */
export function validateSettings(
  draft: SettingsDraft,
  base: Settings,
): { ok: true; settings: Settings } | { ok: false; errors: SettingsErrors } {
  const errors: SettingsErrors = {};
  const notes = whole(draft.monthlyFreeNotes, 0, 1000, 'settings_field_monthly_notes');
  const stale = whole(draft.staleAfterDays, 1, 365, 'settings_field_stale');
  const follow = whole(draft.followUpBusinessDays, 1, 30, 'settings_field_follow_up');
  if (notes.error) errors.monthlyFreeNotes = notes.error;
  if (stale.error) errors.staleAfterDays = stale.error;
  if (follow.error) errors.followUpBusinessDays = follow.error;
  const history = whole(draft.historyAfterDays, 1, 365, 'settings_field_history');
  if (history.error) errors.historyAfterDays = history.error;
  if (draft.workingDays.length === 0) errors.workingDays = t('settings_working_days_required');
  const zone = draft.timeZone.trim();
  if (zone && !isValidTimeZone(zone)) errors.timeZone = t('settings_bad_zone', { zone });
  if (Object.keys(errors).length) return { ok: false, errors };
  const accountType = draft.accountType === '' ? null : draft.accountType;
  return {
    ok: true,
    settings: {
      ...base,
      accountType,
      accountTypeInferred: accountType === base.accountType ? base.accountTypeInferred : false,
      monthlyFreeNotes: notes.value as number,
      staleAfterDays: stale.value as number,
      followUpBusinessDays: follow.value as number,
      historyAfterDays: history.value as number,
      workingDays: [...draft.workingDays].sort((a, b) => a - b),
      timeZone: zone || null,
      notifications: draft.notifications,
      uiLanguage: draft.uiLanguage,
    },
  };
}

/** Sunday first, as Date.getDay() counts. */
const DAY_KEYS: readonly PlainKey[] = [
  'settings_day_0',
  'settings_day_1',
  'settings_day_2',
  'settings_day_3',
  'settings_day_4',
  'settings_day_5',
  'settings_day_6',
];

function zoneNames(): string[] {
  try {
    return (
      (Intl as unknown as { supportedValuesOf?: (k: string) => string[] }).supportedValuesOf?.('timeZone') ??
      []
    );
  } catch {
    return [];
  }
}

export interface SettingsFormProps {
  settings: Settings;
  /** Settings fields that were unreadable and reset to defaults. */
  repaired?: readonly string[];
  onSave: (settings: Settings) => Promise<void>;
  /** Asks the browser for the optional notifications permission; must run inside the click. */
  requestNotifications: () => Promise<boolean>;
}

export function SettingsForm({ settings, repaired = [], onSave, requestNotifications }: SettingsFormProps) {
  const id = useId();
  const [draft, setDraft] = useState<SettingsDraft>(() => draftFromSettings(settings));
  const [base, setBase] = useState(settings);
  const [errors, setErrors] = useState<SettingsErrors>({});
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  // Settings changed elsewhere (another page): take them in when the form has no edits.
  if (settings !== base) {
    const unchanged = JSON.stringify(draft) === JSON.stringify(draftFromSettings(base));
    setBase(settings);
    if (unchanged) setDraft(draftFromSettings(settings));
  }
  const set = <K extends keyof SettingsDraft>(k: K, v: SettingsDraft[K]) => {
    setDraft((d) => ({ ...d, [k]: v }));
    setStatus(null);
  };

  function toggleNotifications(on: boolean) {
    if (!on) {
      set('notifications', false);
      return;
    }
    // Called straight from the click: browsers only grant optional permissions during a user gesture.
    requestNotifications()
      .then((granted) => {
        set('notifications', granted);
        if (!granted)
          setStatus({
            text: t('settings_notifications_denied'),
            error: true,
          });
      })
      .catch((err) =>
        setStatus({ text: t('settings_notifications_failed', { error: errorText(err) }), error: true }),
      );
  }

  async function save(e: React.FormEvent) {
    e.preventDefault();
    const r = validateSettings(draft, settings);
    if (!r.ok) {
      setErrors(r.errors);
      setStatus({ text: t('settings_fix_fields'), error: true });
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      await onSave(r.settings);
      setStatus({ text: t('settings_saved'), error: false });
    } catch (err) {
      setStatus({ text: t('settings_save_failed', { error: errorText(err) }), error: true });
    } finally {
      setBusy(false);
    }
  }

  const err = (k: keyof SettingsDraft) =>
    errors[k] ? (
      <span className="cc-field-error" id={`${id}-${k}-err`} data-testid={`cc-settings-error-${k}`}>
        {errors[k]}
      </span>
    ) : null;
  const described = (k: keyof SettingsDraft) => (errors[k] ? `${id}-${k}-err` : undefined);
  const number = (
    k: 'monthlyFreeNotes' | 'staleAfterDays' | 'followUpBusinessDays' | 'historyAfterDays',
    label: string,
    hint: string,
  ) => (
    <label className="cc-field">
      {label}
      <input
        type="text"
        inputMode="numeric"
        value={draft[k]}
        aria-invalid={errors[k] ? true : undefined}
        aria-describedby={described(k)}
        data-testid={`cc-settings-${k}`}
        onChange={(e) => set(k, e.target.value)}
      />
      <span>{hint}</span>
      {err(k)}
    </label>
  );

  return (
    <form
      className="cc-section"
      aria-labelledby={`${id}-t`}
      onSubmit={(e) => void save(e)}
      data-testid="cc-settings"
    >
      <h2 id={`${id}-t`}>{t('settings_title')}</h2>
      {repaired.length ? (
        <p className="cc-alert" role="status">
          {t('settings_repaired', { fields: repaired.join(', ') })}
        </p>
      ) : null}
      <div className="cc-form-grid">
        <label className="cc-field">
          {t('settings_language')}
          <select
            value={draft.uiLanguage}
            data-testid="cc-settings-uiLanguage"
            onChange={(e) => set('uiLanguage', e.target.value as UiLanguageSetting)}
          >
            <option value="auto">{t('settings_language_auto')}</option>
            {UI_LANGUAGES.map((l) => (
              // Each language by its own name, marked as that language for screen readers.
              <option key={l} value={l} lang={l.replace('_', '-')}>
                {LANGUAGE_NAMES[l]}
              </option>
            ))}
          </select>
          <span>{t('settings_language_hint')}</span>
        </label>
        <label className="cc-field">
          {t('settings_account')}
          <select
            value={draft.accountType}
            data-testid="cc-settings-accountType"
            onChange={(e) => set('accountType', e.target.value as SettingsDraft['accountType'])}
          >
            <option value="">{t('settings_account_unset')}</option>
            <option value="free">{t('settings_account_free')}</option>
            <option value="premium">{t('settings_account_premium')}</option>
          </select>
          {settings.accountTypeInferred && settings.accountType ? (
            <span>{t('settings_account_inferred')}</span>
          ) : null}
        </label>
        {number('monthlyFreeNotes', t('settings_monthly_notes'), t('settings_monthly_notes_hint'))}
        {number('staleAfterDays', t('settings_stale'), t('settings_stale_hint'))}
        {number('followUpBusinessDays', t('settings_follow_up'), t('settings_follow_up_hint'))}
        {number('historyAfterDays', t('settings_history'), t('settings_history_hint'))}
        <label className="cc-field">
          {t('settings_time_zone')}
          <input
            type="text"
            list={`${id}-zones`}
            value={draft.timeZone}
            placeholder={t('settings_time_zone_placeholder', { zone: systemTimeZone() })}
            aria-invalid={errors.timeZone ? true : undefined}
            aria-describedby={described('timeZone')}
            data-testid="cc-settings-timeZone"
            onChange={(e) => set('timeZone', e.target.value)}
          />
          <datalist id={`${id}-zones`}>
            {zoneNames().map((z) => (
              <option key={z} value={z} />
            ))}
          </datalist>
          {err('timeZone')}
        </label>
      </div>
      <fieldset className="cc-days" aria-describedby={described('workingDays')}>
        <legend>{t('settings_working_days')}</legend>
        {DAY_KEYS.map((d, i) => (
          <label key={d} className="cc-check">
            <input
              type="checkbox"
              checked={draft.workingDays.includes(i)}
              data-testid={`cc-settings-day-${i}`}
              onChange={(e) =>
                set(
                  'workingDays',
                  e.target.checked ? [...draft.workingDays, i] : draft.workingDays.filter((x) => x !== i),
                )
              }
            />
            {t(d)}
          </label>
        ))}
        {err('workingDays')}
      </fieldset>
      <label className="cc-check">
        <input
          type="checkbox"
          checked={draft.notifications}
          data-testid="cc-settings-notifications"
          onChange={(e) => toggleNotifications(e.target.checked)}
        />
        {t('settings_notifications')}
      </label>
      {status ? (
        <p
          role={status.error ? 'alert' : 'status'}
          className={status.error ? 'cc-alert' : 'cc-note'}
          data-testid="cc-settings-status"
        >
          {status.text}
        </p>
      ) : null}
      <div className="cc-toolbar">
        <button
          type="submit"
          className="cc-btn cc-btn-primary"
          disabled={busy}
          data-testid="cc-settings-save"
        >
          {t('settings_save')}
        </button>
      </div>
    </form>
  );
}
