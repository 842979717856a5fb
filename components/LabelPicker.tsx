import { useId, useState } from 'react';
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
  const label = kind === 'version' ? 'Version' : 'Audience';
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
          placeholder={kind === 'version' ? 'e.g. Founder V2' : 'e.g. Recruiters'}
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
          <option value="">none</option>
          {options.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
          <option value={NEW}>New {kind}…</option>
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
          Rename<span className="cc-sr"> {label.toLowerCase()}</span>
        </button>
      ) : null}
    </span>
  );
}

/** Tag this note with a message version and audience, so the dashboard can tell which version works. */
export function LabelPicker({ labels, onChoose, onRename }: LabelPickerProps) {
  return (
    <div className="cc-labels" data-testid="cc-labels">
      <Picker
        kind="version"
        options={labels.versions}
        value={labels.currentVersion}
        onChoose={onChoose}
        onRename={onRename}
      />
      <Picker
        kind="audience"
        options={labels.audiences}
        value={labels.currentAudience}
        onChoose={onChoose}
        onRename={onRename}
      />
    </div>
  );
}
