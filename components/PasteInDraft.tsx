import { type ReactNode, useId, useState } from 'react';
import { t } from '../lib/i18n/t';
import { type AccountType, type FieldName, resolveLimit, type SurfaceKind } from '../lib/limits';
import { countText } from '../lib/text/count';
import { CountMeter } from './CountMeter';
import { kindLabel } from './DraftPanel';

const KINDS: SurfaceKind[] = ['connection-note', 'message', 'inmail', 'salesnav', 'comment', 'post'];

function fieldsOf(kind: SurfaceKind): FieldName[] {
  if (kind === 'connection-note') return ['note'];
  if (kind === 'inmail' || kind === 'salesnav') return ['subject', 'body'];
  return ['body'];
}

export interface PasteInDraftProps {
  account: AccountType | null;
  onAccountChange: (account: AccountType) => void;
  /** Text the boxes start with (onboarding's "try it" sample). */
  initialTexts?: Partial<Record<FieldName, string>>;
  /** Coaching shown under a box's count (onboarding shows the note's warnings). */
  renderAdvice?: (draft: { kind: SurfaceKind; field: FieldName; text: string; limit: number }) => ReactNode;
}

/**
 * Drafting without touching LinkedIn's page: type or paste here, see the same counts, copy the text
 * and paste it into LinkedIn yourself.
 */
export function PasteInDraft({ account, onAccountChange, initialTexts, renderAdvice }: PasteInDraftProps) {
  const id = useId();
  const [kind, setKind] = useState<SurfaceKind>('connection-note');
  const [texts, setTexts] = useState<Partial<Record<FieldName, string>>>(initialTexts ?? {});
  const [copied, setCopied] = useState<string | null>(null);
  const fields = fieldsOf(kind);

  const copy = async (name: FieldName) => {
    try {
      await navigator.clipboard.writeText(texts[name] ?? '');
      setCopied(t(name === 'subject' ? 'paste_copied_subject' : 'paste_copied_text'));
    } catch {
      setCopied(t('paste_copy_failed'));
    }
  };

  return (
    <div className="pi" data-testid="cc-paste-in">
      <div className="pi-row">
        <label htmlFor={`${id}-kind`}>{t('paste_writing_a')}</label>
        <select
          id={`${id}-kind`}
          value={kind}
          onChange={(e) => setKind(e.target.value as SurfaceKind)}
          data-testid="cc-paste-kind"
        >
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {kindLabel(k)}
            </option>
          ))}
        </select>
        {kind === 'connection-note' ? (
          <>
            <label htmlFor={`${id}-acct`}>{t('paste_on_a')}</label>
            <select
              id={`${id}-acct`}
              value={account ?? 'free'}
              onChange={(e) => onAccountChange(e.target.value as AccountType)}
              data-testid="cc-paste-account"
            >
              <option value="free">{t('paste_account_free')}</option>
              <option value="premium">{t('paste_account_premium')}</option>
            </select>
          </>
        ) : null}
      </div>
      {fields.map((name) => {
        const text = texts[name] ?? '';
        const { units, graphemes } = countText(text);
        const limit = resolveLimit(kind, name, {}, account);
        const label =
          name === 'subject'
            ? t('field_subject')
            : name === 'note'
              ? t('paste_your_note')
              : t('paste_your_message');
        return (
          <div key={name} className="pi-field">
            <label htmlFor={`${id}-${name}`}>{label}</label>
            {name === 'subject' ? (
              <input
                id={`${id}-${name}`}
                value={text}
                onChange={(e) => setTexts({ ...texts, [name]: e.target.value })}
                data-testid={`cc-paste-${name}`}
              />
            ) : (
              <textarea
                id={`${id}-${name}`}
                rows={name === 'note' ? 5 : 9}
                value={text}
                onChange={(e) => setTexts({ ...texts, [name]: e.target.value })}
                data-testid={`cc-paste-${name}`}
              />
            )}
            <CountMeter field={name} count={units} graphemes={graphemes} limit={limit} />
            {renderAdvice?.({ kind, field: name, text, limit: limit.value })}
            <button type="button" className="cc-btn" onClick={() => void copy(name)} disabled={!text}>
              {t(name === 'subject' ? 'paste_copy_subject' : 'paste_copy_text')}
            </button>
          </div>
        );
      })}
      <p className="pi-status" role="status">
        {copied}
      </p>
    </div>
  );
}
