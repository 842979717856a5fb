import { type ReactNode, useEffect, useId, useState } from 'react';
import { browser } from 'wxt/browser';
import { HostAccess } from '../../components/HostAccess';
import { PasteInDraft } from '../../components/PasteInDraft';
import { draftFromSettings, type SettingsDraft, validateSettings } from '../../components/SettingsForm';
import { useHostAccess } from '../../hooks/use-host-access';
import { type PlainKey, t } from '../../lib/i18n/t';
import type { AccountType } from '../../lib/limits';
import { type Settings, systemTimeZone } from '../../lib/tracker/settings';
import { readSettings } from '../../lib/tracker/storage';
import { errorText } from '../../utils/messaging';
import { requestNotificationsPermission, saveSettings } from '../../utils/settings-adapter';

const DOES: readonly PlainKey[] = ['onboarding_does_coach', 'onboarding_does_track', 'onboarding_does_rates'];
const NEVER: readonly PlainKey[] = [
  'onboarding_never_acts',
  'onboarding_never_sends',
  'onboarding_never_reads',
];
/** Sunday first, as Date.getDay() counts; listed Monday first. */
const DAYS: readonly [number, PlainKey][] = [
  [1, 'settings_day_1'],
  [2, 'settings_day_2'],
  [3, 'settings_day_3'],
  [4, 'settings_day_4'],
  [5, 'settings_day_5'],
  [6, 'settings_day_6'],
  [0, 'settings_day_0'],
];

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="cc-ob-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/**
 * The first-run page, opened once when the extension is installed: what it does and never does,
 * whether it may read LinkedIn, the few settings that change its advice, and a box to try it on.
 */
export function OnboardingApp() {
  const id = useId();
  const access = useHostAccess();
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void readSettings().then(setSettings);
  }, []);
  const [account, setAccount] = useState<AccountType | null>(null);
  useEffect(() => {
    if (settings) setAccount(settings.accountType);
  }, [settings]);

  return (
    <main className="cc-onboarding" data-testid="cc-onboarding">
      <header className="cc-ob-header">
        <h1>{t('onboarding_title')}</h1>
        <p>{t('onboarding_intro')}</p>
      </header>
      <div className="cc-ob-columns">
        <Section id={`${id}-does`} title={t('onboarding_does_title')}>
          <ul data-testid="cc-ob-does">
            {DOES.map((k) => (
              <li key={k}>{t(k)}</li>
            ))}
          </ul>
        </Section>
        <Section id={`${id}-never`} title={t('onboarding_never_title')}>
          <ul data-testid="cc-ob-never">
            {NEVER.map((k) => (
              <li key={k}>{t(k)}</li>
            ))}
          </ul>
          <p>
            <a className="cc-link" href={browser.runtime.getURL('/privacy.html')}>
              {t('onboarding_privacy_link')}
            </a>
          </p>
        </Section>
      </div>
      <Section id={`${id}-access`} title={t('onboarding_access_title')}>
        <HostAccess granted={access.granted} request={access.request} />
      </Section>
      {settings ? (
        <FirstSettings settings={settings} account={account} onAccount={setAccount} onSaved={setSettings} />
      ) : null}
      <Section id={`${id}-try`} title={t('onboarding_try_title')}>
        <p>{t('onboarding_try_intro')}</p>
        <div className="cc-ob-try" data-testid="cc-ob-try">
          <PasteInDraft
            account={account}
            onAccountChange={setAccount}
            initialTexts={{ note: t('onboarding_sample_note') }}
          />
        </div>
      </Section>
      <Section id={`${id}-next`} title={t('onboarding_next_title')}>
        <ul>
          <li>{t('onboarding_next_linkedin')}</li>
          <li>{t('onboarding_next_toolbar')}</li>
          <li>
            <a className="cc-link" href={browser.runtime.getURL('/dashboard.html')}>
              {t('onboarding_next_dashboard')}
            </a>
          </li>
        </ul>
      </Section>
    </main>
  );
}

interface FirstSettingsProps {
  settings: Settings;
  account: AccountType | null;
  onAccount: (account: AccountType | null) => void;
  onSaved: (settings: Settings) => void;
}

/** Account type, working days, time zone (the browser's, prefilled) and the optional daily reminder. */
function FirstSettings({ settings, account, onAccount, onSaved }: FirstSettingsProps) {
  const id = useId();
  const browserZone = systemTimeZone();
  const [days, setDays] = useState<number[]>(settings.workingDays);
  const [zone, setZone] = useState(settings.timeZone ?? browserZone);
  const [reminder, setReminder] = useState(settings.notifications);
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  const toggleReminder = (on: boolean) => {
    setStatus(null);
    if (!on) {
      setReminder(false);
      return;
    }
    // Straight from the click: browsers only grant optional permissions during a gesture.
    requestNotificationsPermission()
      .then((granted) => {
        setReminder(granted);
        if (!granted) setStatus({ text: t('settings_notifications_denied'), error: true });
      })
      .catch((err) =>
        setStatus({ text: t('settings_notifications_failed', { error: errorText(err) }), error: true }),
      );
  };

  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    const draft: SettingsDraft = {
      ...draftFromSettings(settings),
      accountType: account ?? '',
      workingDays: days,
      // The browser's own zone is stored as "follow the browser" (null), so travelling follows too.
      timeZone: zone.trim() === browserZone ? '' : zone,
      notifications: reminder,
    };
    const r = validateSettings(draft, settings);
    if (!r.ok) {
      setStatus({ text: Object.values(r.errors).join(' '), error: true });
      return;
    }
    setBusy(true);
    try {
      await saveSettings(r.settings);
      onSaved(r.settings);
      setStatus({ text: t('onboarding_saved'), error: false });
    } catch (err) {
      setStatus({ text: t('settings_save_failed', { error: errorText(err) }), error: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="cc-ob-section"
      aria-labelledby={`${id}-t`}
      onSubmit={(e) => void save(e)}
      data-testid="cc-ob-settings"
    >
      <h2 id={`${id}-t`}>{t('onboarding_settings_title')}</h2>
      <fieldset className="cc-ob-group">
        <legend>{t('onboarding_account_legend')}</legend>
        {(
          [
            ['free', 'onboarding_account_free'],
            ['premium', 'onboarding_account_premium'],
            ['', 'onboarding_account_unsure'],
          ] as const
        ).map(([value, label]) => (
          <label key={value || 'unsure'} className="cc-check">
            <input
              type="radio"
              name={`${id}-account`}
              value={value}
              checked={(account ?? '') === value}
              onChange={() => onAccount(value === '' ? null : value)}
              data-testid={`cc-ob-account-${value || 'unsure'}`}
            />
            {t(label)}
          </label>
        ))}
      </fieldset>
      <fieldset className="cc-ob-group">
        <legend>{t('settings_working_days')}</legend>
        {DAYS.map(([day, key]) => (
          <label key={day} className="cc-check">
            <input
              type="checkbox"
              checked={days.includes(day)}
              onChange={(e) => setDays(e.target.checked ? [...days, day] : days.filter((d) => d !== day))}
              data-testid={`cc-ob-day-${day}`}
            />
            {t(key)}
          </label>
        ))}
      </fieldset>
      <label className="cc-field">
        {t('settings_time_zone')}
        <input
          type="text"
          value={zone}
          onChange={(e) => setZone(e.target.value)}
          aria-describedby={`${id}-zone-hint`}
          data-testid="cc-ob-zone"
          autoComplete="off"
          spellCheck={false}
        />
        <span id={`${id}-zone-hint`} className="cc-note">
          {t('onboarding_zone_hint', { zone: browserZone })}
        </span>
      </label>
      <label className="cc-check">
        <input
          type="checkbox"
          checked={reminder}
          onChange={(e) => toggleReminder(e.target.checked)}
          data-testid="cc-ob-reminder"
        />
        {t('onboarding_reminder')}
      </label>
      {status ? (
        <p
          role={status.error ? 'alert' : 'status'}
          className={status.error ? 'cc-alert' : 'cc-note'}
          data-testid="cc-ob-status"
        >
          {status.text}
        </p>
      ) : null}
      <div className="cc-toolbar">
        <button type="submit" className="cc-btn cc-btn-primary" disabled={busy} data-testid="cc-ob-save">
          {t('onboarding_save')}
        </button>
      </div>
    </form>
  );
}
