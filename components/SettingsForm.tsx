import { useId, useState } from 'react';
import { isValidTimeZone } from '../lib/sequencing/dates.ts';
import { type Settings, systemTimeZone } from '../lib/tracker/settings';
import { errorText } from '../lib/ui/send-tracker';

/** The form's text, before it is checked. */
export interface SettingsDraft {
  accountType: '' | 'free' | 'premium';
  monthlyFreeNotes: string;
  staleAfterDays: string;
  followUpBusinessDays: string;
  workingDays: number[];
  timeZone: string;
  notifications: boolean;
}

export type SettingsErrors = Partial<Record<keyof SettingsDraft, string>>;

export function draftFromSettings(s: Settings): SettingsDraft {
  return {
    accountType: s.accountType ?? '',
    monthlyFreeNotes: String(s.monthlyFreeNotes),
    staleAfterDays: String(s.staleAfterDays),
    followUpBusinessDays: String(s.followUpBusinessDays),
    workingDays: [...s.workingDays],
    timeZone: s.timeZone ?? '',
    notifications: s.notifications,
  };
}

function whole(text: string, min: number, max: number, what: string): { value?: number; error?: string } {
  const t = text.trim();
  if (!/^\d+$/.test(t)) return { error: `${what}: enter a whole number from ${min} to ${max}.` };
  const n = Number(t);
  if (n < min || n > max) return { error: `${what}: enter a whole number from ${min} to ${max}.` };
  return { value: n };
}

/** Checks the draft; returns the new settings, or errors per field in plain words. */
export function validateSettings(
  draft: SettingsDraft,
  base: Settings,
): { ok: true; settings: Settings } | { ok: false; errors: SettingsErrors } {
  const errors: SettingsErrors = {};
  const notes = whole(draft.monthlyFreeNotes, 0, 1000, 'Monthly free notes');
  const stale = whole(draft.staleAfterDays, 1, 365, 'Stale after');
  const follow = whole(draft.followUpBusinessDays, 1, 30, 'Follow up after');
  if (notes.error) errors.monthlyFreeNotes = notes.error;
  if (stale.error) errors.staleAfterDays = stale.error;
  if (follow.error) errors.followUpBusinessDays = follow.error;
  if (draft.workingDays.length === 0) errors.workingDays = 'Working days: pick at least one day.';
  const zone = draft.timeZone.trim();
  if (zone && !isValidTimeZone(zone))
    errors.timeZone = `Time zone: "${zone}" is not a time zone name (for example Europe/Berlin), or leave it blank for this browser's.`;
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
      workingDays: [...draft.workingDays].sort((a, b) => a - b),
      timeZone: zone || null,
      notifications: draft.notifications,
    },
  };
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

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
            text: 'Notifications stay off: the browser did not grant permission to show them.',
            error: true,
          });
      })
      .catch((err) => setStatus({ text: `Notifications stay off: ${errorText(err)}.`, error: true }));
  }

  async function save(e: React.FormEvent) {
    e.preventDefault();
    const r = validateSettings(draft, settings);
    if (!r.ok) {
      setErrors(r.errors);
      setStatus({ text: 'Please fix the fields marked below; nothing was saved.', error: true });
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      await onSave(r.settings);
      setStatus({ text: 'Settings saved.', error: false });
    } catch (err) {
      setStatus({ text: `Could not save the settings: ${errorText(err)}.`, error: true });
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
    k: 'monthlyFreeNotes' | 'staleAfterDays' | 'followUpBusinessDays',
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
      <h2 id={`${id}-t`}>Settings</h2>
      {repaired.length ? (
        <p className="cc-alert" role="status">
          Some saved settings could not be read and were reset to their defaults: {repaired.join(', ')}.
        </p>
      ) : null}
      <div className="cc-form-grid">
        <label className="cc-field">
          LinkedIn account
          <select
            value={draft.accountType}
            data-testid="cc-settings-accountType"
            onChange={(e) => set('accountType', e.target.value as SettingsDraft['accountType'])}
          >
            <option value="">Not set</option>
            <option value="free">Free</option>
            <option value="premium">Premium</option>
          </select>
          {settings.accountTypeInferred && settings.accountType ? (
            <span>Worked out from the note limit LinkedIn showed.</span>
          ) : null}
        </label>
        {number(
          'monthlyFreeNotes',
          'Personalised notes per month (free account)',
          'LinkedIn allows a few; sources say 3 to 10.',
        )}
        {number(
          'staleAfterDays',
          'Withdraw a request after (days)',
          'Pending this long: the checklist suggests withdrawing.',
        )}
        {number('followUpBusinessDays', 'Follow up after (business days)', 'Counted on your working days.')}
        <label className="cc-field">
          Time zone
          <input
            type="text"
            list={`${id}-zones`}
            value={draft.timeZone}
            placeholder={`This browser's (${systemTimeZone()})`}
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
        <legend>Working days</legend>
        {DAYS.map((d, i) => (
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
            {d}
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
        A daily notification listing what is due (asks the browser for permission)
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
          Save settings
        </button>
      </div>
    </form>
  );
}
