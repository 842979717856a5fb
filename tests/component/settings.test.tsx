import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { draftFromSettings, SettingsForm, validateSettings } from '../../components/SettingsForm';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/tracker/settings';
import { readSettings } from '../../lib/tracker/storage';
import { saveSettings } from '../../utils/settings-adapter';

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(cleanup);

function form(props: Partial<Parameters<typeof SettingsForm>[0]> = {}) {
  const onSave = vi.fn(async (_s: Settings) => {});
  const requestNotifications = vi.fn(async () => true);
  render(
    <SettingsForm
      settings={DEFAULT_SETTINGS}
      onSave={onSave}
      requestNotifications={requestNotifications}
      {...props}
    />,
  );
  return { onSave, requestNotifications };
}
const type = (testId: string, value: string) =>
  fireEvent.change(screen.getByTestId(testId), { target: { value } });

describe('validateSettings', () => {
  it('accepts the defaults unchanged', () => {
    expect(validateSettings(draftFromSettings(DEFAULT_SETTINGS), DEFAULT_SETTINGS)).toEqual({
      ok: true,
      settings: DEFAULT_SETTINGS,
    });
  });

  it.each([
    ['staleAfterDays', '0', 'Stale after: enter a whole number from 1 to 365.'],
    ['staleAfterDays', '3.5', 'Stale after: enter a whole number from 1 to 365.'],
    ['followUpBusinessDays', '31', 'Follow up after: enter a whole number from 1 to 30.'],
    ['monthlyFreeNotes', 'five', 'Monthly free notes: enter a whole number from 0 to 1,000.'],
    ['timeZone', 'Mars/Olympus', 'Time zone: "Mars/Olympus" is not a time zone name'],
  ] as const)('%s = %j is refused', (field, value, message) => {
    const r = validateSettings({ ...draftFromSettings(DEFAULT_SETTINGS), [field]: value }, DEFAULT_SETTINGS);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[field]).toContain(message);
  });

  it('needs at least one working day; a blank time zone means the browser’s', () => {
    const r = validateSettings({ ...draftFromSettings(DEFAULT_SETTINGS), workingDays: [] }, DEFAULT_SETTINGS);
    expect(r.ok ? null : r.errors.workingDays).toBe('Working days: pick at least one day.');
    const z = validateSettings(
      { ...draftFromSettings({ ...DEFAULT_SETTINGS, timeZone: 'Europe/Berlin' }), timeZone: ' ' },
      DEFAULT_SETTINGS,
    );
    expect(z.ok && z.settings.timeZone).toBe(null);
  });
});

describe('SettingsForm', () => {
  it('shows errors by the fields, in plain words, and saves nothing', async () => {
    const { onSave } = form();
    type('cc-settings-staleAfterDays', '0');
    type('cc-settings-timeZone', 'Nowhere/Else');
    fireEvent.click(screen.getByTestId('cc-settings-save'));
    expect(await screen.findByTestId('cc-settings-error-staleAfterDays')).toBeTruthy();
    expect(screen.getByTestId('cc-settings-error-timeZone').textContent).toContain('"Nowhere/Else"');
    expect(screen.getByTestId('cc-settings-staleAfterDays').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByTestId('cc-settings-status').textContent).toContain('nothing was saved');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('saves valid settings: account type, quota, stale days, follow-up days, working days, zone', async () => {
    const { onSave } = form();
    fireEvent.change(screen.getByTestId('cc-settings-accountType'), { target: { value: 'free' } });
    type('cc-settings-monthlyFreeNotes', '3');
    type('cc-settings-staleAfterDays', '28');
    type('cc-settings-followUpBusinessDays', '5');
    fireEvent.click(screen.getByTestId('cc-settings-day-6'));
    fireEvent.click(screen.getByTestId('cc-settings-day-1'));
    type('cc-settings-timeZone', 'Europe/Berlin');
    fireEvent.click(screen.getByTestId('cc-settings-save'));
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(onSave.mock.calls[0]?.[0]).toEqual({
      ...DEFAULT_SETTINGS,
      accountType: 'free',
      monthlyFreeNotes: 3,
      staleAfterDays: 28,
      followUpBusinessDays: 5,
      workingDays: [2, 3, 4, 5, 6],
      timeZone: 'Europe/Berlin',
    });
    expect((await screen.findByTestId('cc-settings-status')).textContent).toBe('Settings saved.');
  });

  it('turning notifications on asks for the permission; a refusal keeps them off', async () => {
    const requestNotifications = vi.fn(async () => false);
    form({ requestNotifications });
    const box = screen.getByTestId('cc-settings-notifications') as HTMLInputElement;
    fireEvent.click(box);
    expect(requestNotifications).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(screen.getByTestId('cc-settings-status').textContent).toContain('stay off'));
    expect(box.checked).toBe(false);
  });

  it('a granted permission turns them on', async () => {
    const { requestNotifications, onSave } = form();
    fireEvent.click(screen.getByTestId('cc-settings-notifications'));
    await waitFor(() =>
      expect((screen.getByTestId('cc-settings-notifications') as HTMLInputElement).checked).toBe(true),
    );
    expect(requestNotifications).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByTestId('cc-settings-save'));
    await waitFor(() => expect(onSave.mock.calls[0]?.[0].notifications).toBe(true));
  });

  it('saveSettings writes the settings item the rest of the extension reads', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, staleAfterDays: 30, timeZone: 'UTC' });
    expect(await readSettings()).toMatchObject({ staleAfterDays: 30, timeZone: 'UTC' });
    await expect(saveSettings({ ...DEFAULT_SETTINGS, staleAfterDays: 0 })).rejects.toThrow(/staleAfterDays/);
  });
});
