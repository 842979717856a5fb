import { useId, useState } from 'react';
import { t } from '../lib/i18n/t';
import type { Labels } from '../lib/tracker/labels';

export interface LabelPickerProps {
  labels: Labels;
  onChoose: (kind: 'version' | 'audience', label: string) => void;
  onRename: (kind: 'version' | 'audience', from: string, to: string) => void;
}

const NEW = '\u0000new';

function Picker({
  kind,
  options,
  value,
  onChoose,
  onRename,
}: {
  kind: 'version' | 'audience';
  options: string[];
  value: string;
  onChoose: LabelPickerProps['onChoose'];
  onRename: LabelPickerProps['onRename'];
}) {
  const id = useId();
  const [editing, setEditing] = useState<'new' | 'rename' | null>(null);
  const [draft, setDraft] = useState('');
  const label = kind === 'version' ? t('common_version') : t('common_audience');
  const finish = () => {
    if (editing === 'new') onChoose(kind, draft);
    else if (editing === 'rename' && value) onRename(kind, value, draft);
    setEditing(null);
    setDraft('');
  };
  return (
    <span className="cc-picker">
      <label htmlFor={id}>{label}</label>
      {editing ? (
        <input
          id={id}
          value={draft}
          placeholder={kind === 'version' ? t('label_version_example') : t('label_audience_example')}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') finish();
            if (e.key === 'Escape') setEditing(null);
          }}
          onBlur={finish}
          data-testid={`cc-${kind}-input`}
          // biome-ignore lint/a11y/noAutofocus: the user just asked to type a new label
          autoFocus
        />
      ) : (
        <select
          id={id}
          value={value}
          onChange={(e) => {
            if (e.target.value === NEW) setEditing('new');
            else onChoose(kind, e.target.value);
          }}
          data-testid={`cc-${kind}`}
        >
          <option value="">{t('label_none')}</option>
          {options.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
          <option value={NEW}>{kind === 'version' ? t('label_new_version') : t('label_new_audience')}</option>
        </select>
      )}
      {!editing && value ? (
        <button
          type="button"
          className="cc-btn"
          onClick={() => {
            setDraft(value);
            setEditing('rename');
          }}
        >
          {t('label_rename')}
          <span className="cc-sr">
            {' '}
            {kind === 'version' ? t('label_kind_version') : t('label_kind_audience')}
          </span>
        </button>
      ) : null}
    </span>
  );
}

/** Tag this note with a message version and audience, so the dashboard can tell which version works. */
export function LabelPicker({ labels, onChoose, onRename }: LabelPickerProps) {
  return (
    <div className="cc-labels" data-testid="cc-labels">
      {(['version', 'audience'] as const).map((kind) => (
        <Picker
          key={kind}
          kind={kind}
          options={kind === 'version' ? labels.versions : labels.audiences}
          value={kind === 'version' ? labels.currentVersion : labels.currentAudience}
          onChoose={onChoose}
          onRename={onRename}
        />
      ))}
    </div>
  );
}
