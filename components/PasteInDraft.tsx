import { type ReactNode, useEffect, useId, useMemo, useState } from 'react';
import { analyzeDraft } from '../lib/draft';
import { type DraftFacts, draftFacts } from '../lib/draft/draft-facts';
import { t } from '../lib/i18n/t';
import { type AccountType, type FieldName, resolveLimit, type SurfaceKind } from '../lib/limits';
import { draftSurfaceFor } from '../lib/surfaces';
import { countText } from '../lib/text/count';
import type { DraftVerdict } from '../lib/tracker/draft-verdict';
import { CoachingDetails, FieldCoaching, kindLabel, type PanelField } from './Coaching';
import type { NextStepNoteProps } from './NextStepNote';

const KINDS: SurfaceKind[] = ['connection-note', 'message', 'inmail', 'salesnav', 'comment', 'post'];

const NOTE: FieldName[] = ['note'];
const SUBJECT_BODY: FieldName[] = ['subject', 'body'];
const BODY: FieldName[] = ['body'];

function fieldsOf(kind: SurfaceKind): FieldName[] {
  if (kind === 'connection-note') return NOTE;
  if (kind === 'inmail' || kind === 'salesnav') return SUBJECT_BODY;
  return BODY;
}

export interface PasteInDraftProps {
  account: AccountType | null;
  onAccountChange: (account: AccountType) => void;
  /** The kind of box last focused on the LinkedIn tab, to start with. */
  initialKind?: SurfaceKind;
  /** Text the boxes start with (onboarding's "try it" sample). */
  initialTexts?: Partial<Record<FieldName, string>>;
  /** Who the draft is for (the person on the LinkedIn tab), for the name check. */
  recipient?: string | null;
  /** The next step for that person, shown between the warnings and the details, as on the card. */
  nextStep?: ReactNode;
  /** Whether this draft should go out now, by the next step: said beside the score, as on the card. */
  verdict?: DraftVerdict | null;
  /** The person's next step, named beside an empty box instead of a score. */
  advice?: NextStepNoteProps['advice'];
  /** What the advisor reads from the draft (kind, empty, hook, greeting), told when it changes. */
  onDraftFacts?: (facts: DraftFacts) => void;
}

/**
 * Drafting without touching LinkedIn's page: type or paste here, get the same coaching as the card on
 * LinkedIn (count, warnings with their fixes, first glance, next step, score), copy the text and paste
 * it into LinkedIn yourself.
 */
export function PasteInDraft({
  account,
  onAccountChange,
  initialKind,
  initialTexts,
  recipient,
  nextStep,
  verdict,
  advice,
  onDraftFacts,
}: PasteInDraftProps) {
  const id = useId();
  const [kind, setKind] = useState<SurfaceKind>(initialKind ?? 'connection-note');
  const [texts, setTexts] = useState<Partial<Record<FieldName, string>>>(initialTexts ?? {});
  const [copied, setCopied] = useState<string | null>(null);
  const fields = fieldsOf(kind);
  // Follow the kind of box focused on LinkedIn, until the user has written something here.
  const untouched = !Object.values(texts).some(Boolean);
  useEffect(() => {
    if (initialKind && untouched) setKind(initialKind);
  }, [initialKind, untouched]);
  const coached: PanelField[] = useMemo(
    () =>
      fields.map((name) => {
        const text = texts[name] ?? '';
        const { units, graphemes } = countText(text);
        const limit = resolveLimit(kind, name, {}, account);
        const report = analyzeDraft(text, {
          surface: draftSurfaceFor(kind, name),
          limit: limit.value,
          recipientName: recipient ?? null,
          account,
        });
        return { name, count: units, graphemes, limit, report };
      }),
    [fields, texts, kind, account, recipient],
  );
  // Told by value: a new object for the same facts asks the advisor nothing new.
  const facts = draftFacts(
    kind,
    coached.map((f) => ({
      name: f.name,
      text: texts[f.name] ?? '',
      ...(f.report ? { report: f.report } : {}),
    })),
  );
  const { surface, empty, hasHook, greeting } = facts;
  useEffect(() => {
    onDraftFacts?.({ surface, empty, hasHook, greeting });
  }, [onDraftFacts, surface, empty, hasHook, greeting]);

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
      {coached.map((f) => {
        const name = f.name;
        const text = texts[name] ?? '';
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
            <FieldCoaching field={f} />
            <button type="button" className="cc-btn" onClick={() => void copy(name)} disabled={!text}>
              {t(name === 'subject' ? 'paste_copy_subject' : 'paste_copy_text')}
            </button>
          </div>
        );
      })}
      {nextStep}
      <CoachingDetails fields={coached} verdict={verdict} advice={advice} />
      <p className="pi-status" role="status">
        {copied}
      </p>
    </div>
  );
}
