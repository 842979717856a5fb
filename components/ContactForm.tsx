import { useId, useState } from 'react';
import { t } from '../lib/i18n/t';
import { newContact } from '../lib/tracker/mutations';
import { deriveStatus, type TrackedContact } from '../lib/tracker/schema';
import { systemTimeZone } from '../lib/tracker/settings';
import { normaliseProfileUrl } from '../lib/tracker/url';
import { errorText, type Send } from '../utils/messaging';
import { ContactHistory } from './ContactHistory';
import { FormSection } from './FormSection';

/** Add someone by pasting their profile URL (and name). Writes through 'tracker/upsert'. */
export function AddContactForm({
  existing,
  send,
  onEdit,
  clock,
}: {
  existing: ReadonlyMap<string, TrackedContact>;
  send: Send;
  onEdit: (c: TrackedContact) => void;
  clock?: () => Date;
}) {
  const [url, setUrl] = useState('');
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [already, setAlready] = useState<TrackedContact | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function add() {
    setError(null);
    setAlready(null);
    setStatus(null);
    const key = normaliseProfileUrl(url);
    if (!key) {
      setError(t('contact_not_profile'));
      return;
    }
    const found = existing.get(key);
    if (found) {
      setAlready(found);
      return;
    }
    const slug = decodeURIComponent(key.split('/').pop() ?? '');
    const who = name.trim() || slug.replace(/-\w{6,}$/, '').replace(/-/g, ' ');
    if (!who) {
      setError(t('contact_add_name'));
      return;
    }
    setBusy(true);
    try {
      const c = await send({
        type: 'tracker/upsert',
        contact: newContact(who, url, clock ? clock() : new Date()),
      });
      setStatus(t('contact_added', { name: c.name }));
      setUrl('');
      setName('');
    } catch (err) {
      setError(t('contact_add_failed', { error: errorText(err) }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <FormSection title={t('contact_add_title')} testId="cc-add-form" onSubmit={add}>
      <div className="cc-filters">
        <label className="cc-field">
          {t('contact_profile_url')}
          <input
            type="text"
            inputMode="url"
            required
            data-testid="cc-add-url"
            placeholder="https://www.linkedin.com/in/…"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            size={40}
          />
        </label>
        <label className="cc-field">
          {t('common_name')}
          <input
            type="text"
            data-testid="cc-add-name"
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        <button type="submit" className="cc-btn cc-btn-primary" disabled={busy} data-testid="cc-add-submit">
          {t('contact_add')}
        </button>
      </div>
      {error ? (
        <p role="alert" className="cc-alert">
          {error}
        </p>
      ) : null}
      {already ? (
        <p role="status" className="cc-alert">
          {t('contact_already_tracked', { name: already.name })}{' '}
          <button type="button" className="cc-btn" onClick={() => onEdit(already)}>
            {t('contact_edit_name', { name: already.name })}
          </button>
        </p>
      ) : null}
      {status ? (
        <p role="status" className="cc-note">
          {status}
        </p>
      ) : null}
    </FormSection>
  );
}

interface Draft {
  name: string;
  headline: string;
  audience: string;
  version: string;
  highValue: boolean;
  mutualConnection: string;
  sharedGroup: string;
  sharedEvent: string;
  ignored: boolean;
}

const draftOf = (c: TrackedContact): Draft => ({
  name: c.name,
  headline: c.headline ?? '',
  audience: c.audience ?? '',
  version: c.version ?? '',
  highValue: c.highValue ?? false,
  mutualConnection: c.signals.mutualConnection ?? '',
  sharedGroup: c.signals.sharedGroup ?? '',
  sharedEvent: c.signals.sharedEvent ?? '',
  ignored: c.status === 'ignored',
});

/** The record with the draft applied; empty text fields are removed rather than stored blank. */
export function applyDraft(c: TrackedContact, d: Draft): TrackedContact {
  const next: TrackedContact = { ...c, name: d.name.trim(), signals: { ...c.signals } };
  const opt = <K extends 'headline' | 'audience' | 'version'>(k: K, v: string) => {
    if (v.trim()) next[k] = v.trim();
    else delete next[k];
  };
  opt('headline', d.headline);
  opt('audience', d.audience);
  opt('version', d.version);
  if (d.highValue) next.highValue = true;
  else delete next.highValue;
  for (const k of ['mutualConnection', 'sharedGroup', 'sharedEvent'] as const) {
    if (d[k].trim()) next.signals[k] = d[k].trim();
    else delete next.signals[k];
  }
  if (d.ignored) next.status = 'ignored';
  else if (c.status === 'ignored') next.status = deriveStatus({ ...next, status: undefined });
  return next;
}

/**
 * Edit one contact. Saves the whole record through 'tracker/upsert' (the protocol has no partial
 * edit; see the report): the record is the one the store shows, with the user's changes applied.
 */
export function ContactEditor({
  contact,
  send,
  onClose,
  timeZone,
}: {
  contact: TrackedContact;
  send: Send;
  onClose: () => void;
  /** The user's zone, for the history's dates (the browser's when absent). */
  timeZone?: string;
}) {
  const id = useId();
  const [draft, setDraft] = useState<Draft>(() => draftOf(contact));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => setDraft((d) => ({ ...d, [k]: v }));

  async function save(e: React.FormEvent) {
    e.preventDefault();
    if (!draft.name.trim()) {
      setError(t('contact_name_required'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await send({ type: 'tracker/upsert', contact: applyDraft(contact, draft) });
      onClose();
    } catch (err) {
      setError(t('contact_save_failed', { error: errorText(err) }));
    } finally {
      setBusy(false);
    }
  }

  const text = (
    k: 'name' | 'headline' | 'audience' | 'version' | 'mutualConnection' | 'sharedGroup' | 'sharedEvent',
    label: string,
  ) => (
    <label className="cc-field">
      {label}
      <input
        type="text"
        value={draft[k]}
        onChange={(e) => set(k, e.target.value)}
        data-testid={`cc-edit-${k}`}
      />
    </label>
  );

  return (
    <form
      className="cc-dialog"
      aria-labelledby={`${id}-t`}
      onSubmit={(e) => void save(e)}
      data-testid="cc-contact-editor"
    >
      <h2 id={`${id}-t`}>{t('contact_edit_name', { name: contact.name })}</h2>
      <p className="cc-note">
        <a className="cc-link" href={contact.profileUrl} target="_blank" rel="noreferrer">
          {contact.profileUrl}
        </a>
      </p>
      <div className="cc-form-grid">
        {text('name', t('common_name'))}
        {text('headline', t('contact_headline'))}
        {text('audience', t('common_audience'))}
        {text('version', t('contact_message_version'))}
        {text('mutualConnection', t('contact_mutual'))}
        {text('sharedGroup', t('contact_shared_group'))}
        {text('sharedEvent', t('contact_shared_event'))}
      </div>
      <div className="cc-toolbar">
        <label className="cc-check">
          <input
            type="checkbox"
            checked={draft.highValue}
            onChange={(e) => set('highValue', e.target.checked)}
          />
          {t('common_high_value')}
        </label>
        <label className="cc-check">
          <input type="checkbox" checked={draft.ignored} onChange={(e) => set('ignored', e.target.checked)} />
          {t('contact_ignored')}
        </label>
      </div>
      <ContactHistory history={contact.history} timeZone={timeZone ?? systemTimeZone()} now={new Date()} />
      {error ? (
        <p role="alert" className="cc-alert">
          {error}
        </p>
      ) : null}
      <div className="cc-toolbar">
        <button type="submit" className="cc-btn cc-btn-primary" disabled={busy} data-testid="cc-edit-save">
          {t('contact_save')}
        </button>
        <button type="button" className="cc-btn" onClick={onClose}>
          {t('common_cancel')}
        </button>
      </div>
    </form>
  );
}
