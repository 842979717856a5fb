import { useState } from 'react';
import { t, tp } from '../lib/i18n/t';
import { errorText, type Send } from '../utils/messaging';
import { FormSection } from './FormSection';

/**
 * Removes every tracked contact after the user types the confirmation word: the translated one
 * (LÖSCHEN, SUPPRIMER…) or DELETE, which every language accepts. Settings stay.
 */
export function WipeData({ send, count }: { send: Send; count: number }) {
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const word = t('wipe_confirm_word');
  const answer = typed.trim().normalize('NFC');
  const ready = answer === word.normalize('NFC') || answer === 'DELETE';

  async function wipe() {
    if (!ready) return;
    setBusy(true);
    try {
      const n = await send({ type: 'tracker/wipe' });
      setStatus({
        text: tp('wipe_done', n, { count: n }),
        error: false,
      });
      setTyped('');
    } catch (err) {
      setStatus({ text: t('wipe_failed', { error: errorText(err) }), error: true });
    } finally {
      setBusy(false);
    }
  }

  return (
    <FormSection title={t('wipe_title')} testId="cc-wipe" onSubmit={wipe}>
      <p className="cc-note">{t('wipe_intro', { count })}</p>
      <label className="cc-field">
        {t('wipe_confirm_label', { word })}
        <input
          type="text"
          autoComplete="off"
          value={typed}
          data-testid="cc-wipe-confirm"
          onChange={(e) => {
            setTyped(e.target.value);
            setStatus(null);
          }}
        />
      </label>
      <div className="cc-toolbar">
        <button
          type="submit"
          className="cc-btn cc-btn-danger"
          disabled={!ready || busy}
          data-testid="cc-wipe-submit"
        >
          {t('wipe_title')}
        </button>
      </div>
      {status ? (
        <p
          role={status.error ? 'alert' : 'status'}
          className={status.error ? 'cc-alert' : 'cc-note'}
          data-testid="cc-wipe-status"
        >
          {status.text}
        </p>
      ) : null}
    </FormSection>
  );
}
