import { type FormEvent, type ReactNode, useEffect, useId, useMemo, useRef, useState } from 'react';
import { t, tp } from '../../lib/i18n/t';
import { cite } from '../../lib/insight/evidence';
import type { GroupStats } from '../../lib/insight/groups';
import { type TemplateFigures, type TemplateView, templateView } from '../../lib/insight/template-figures';
import type { TrackedContact } from '../../lib/tracker/schema';
import { errorText, type Send } from '../../utils/messaging';
import { nameTemplate } from '../../utils/name-template';
import { EvidenceLine } from './EvidenceLine';
import { RateChart } from './RateChart';

/** Templates shown before "Show all": enough to see the big ones, short enough to read. */
const FIRST_SHOWN = 6;

export interface TemplatesSectionProps {
  /** The templates the background keeps (templates-cache.ts); null while it has not written them. */
  figures: TemplateFigures | null;
  /**
   * Sends with a note the page itself counts: figures counting a different number are from before the
   * latest change (the background rewrites them a moment later), so they wait rather than contradict it.
   */
  notes?: number;
  /** Every contact, for naming a template as a version (its requests are found again from them). */
  contacts: readonly TrackedContact[];
  timeZone: string;
  /** The tracker writer; without it the templates are shown without "Name as a version". */
  send?: Send;
}

type Row = (TemplateView | GroupStats) & { label?: string };

const labelOf = (g: Row) => (g.key === 'one-off' ? t('templates_one_offs') : (g.label ?? g.key));

/**
 * "Your templates": the sent notes the background found to be one note with its blanks filled in
 * differently, each with its sends, acceptance and replies (95% Wilson intervals, as every group), its
 * text with the blanks as […], one note as sent, and "Name as a version", which labels its requests so
 * the version view above starts from it.
 */
export function TemplatesSection({ figures, notes, contacts, timeZone, send }: TemplatesSectionProps) {
  const current = figures && (notes === undefined || figures.notes === notes) ? figures : null;
  const view = useMemo(() => (current ? templateView(current) : null), [current]);
  const [all, setAll] = useState(false);
  const titleId = useId();
  const head = (
    <h3 id={titleId} data-testid="cc-templates-title">
      {t('templates_title')}
    </h3>
  );
  const wrap = (body: ReactNode) => (
    <section
      className="cc-ins-templates"
      id="cc-templates"
      aria-labelledby={titleId}
      data-testid="cc-templates"
    >
      {head}
      {body}
    </section>
  );
  if (!current || !view)
    return wrap(
      <p className="cc-note" role="status" data-testid="cc-templates-waiting">
        {t('templates_waiting')}
      </p>,
    );
  if (current.notes === 0)
    return wrap(
      <p className="cc-empty" data-testid="cc-templates-empty">
        {t('templates_no_notes')}
      </p>,
    );
  if (view.templates.length === 0)
    return wrap(
      <>
        <p className="cc-empty" data-testid="cc-templates-none">
          {tp('templates_none', current.notes, { count: current.notes })}
        </p>
        <EvidenceLine refs={[cite('structuralSimilarity')]} />
      </>,
    );
  const shown = all ? view.templates : view.templates.slice(0, FIRST_SHOWN);
  const rows: Row[] = [...shown, ...(view.oneOffs ? [view.oneOffs] : [])];
  const hidden = view.templates.length - shown.length;
  const more = current.found - view.templates.length;
  return wrap(
    <>
      <p className="cc-ins-note">{t('templates_intro')}</p>
      <RateChart groups={rows} dimension="template" labelOf={labelOf} />
      <p className="cc-ins-note">{t('templates_blank_note')}</p>
      <ol className="cc-ins-template-list" data-testid="cc-templates-list">
        {shown.map((g) => (
          <TemplateItem key={g.key} g={g} contacts={contacts} timeZone={timeZone} send={send} />
        ))}
      </ol>
      {hidden > 0 ? (
        <p>
          <button
            type="button"
            className="cc-btn"
            onClick={() => setAll(true)}
            data-testid="cc-templates-show-all"
          >
            {t('templates_show_all', { count: view.templates.length })}
          </button>
        </p>
      ) : null}
      {more > 0 && (all || hidden === 0) ? (
        <p className="cc-ins-note">{tp('templates_more', more, { count: more })}</p>
      ) : null}
      <EvidenceLine refs={[cite('structuralSimilarity'), cite('measure25to50')]} />
    </>,
  );
}

type Status =
  | { kind: 'idle' }
  | { kind: 'editing' }
  | { kind: 'working' }
  | { kind: 'done'; message: string }
  | { kind: 'error'; message: string };

function TemplateItem({
  g,
  contacts,
  timeZone,
  send,
}: {
  g: TemplateView;
  contacts: readonly TrackedContact[];
  timeZone: string;
  send?: Send;
}) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  // Keyboard users keep their place: into the field when the form opens, back to the button after.
  const input = useRef<HTMLInputElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const moved = useRef(false);
  useEffect(() => {
    if (status.kind === 'editing') {
      moved.current = true;
      input.current?.focus();
    } else if ((status.kind === 'idle' || status.kind === 'done') && moved.current) {
      moved.current = false;
      button.current?.focus();
    }
  }, [status.kind]);
  const only = g.versions.length === 1 ? (g.versions[0]?.label ?? '') : '';
  const [label, setLabel] = useState(only || t('templates_label', { number: g.number }));
  const id = useId();
  const labels = g.versions
    .map(
      (v) => `${v.label ? t('common_quote', { text: v.label }) : t('templates_version_none')} (${v.count})`,
    )
    .join(', ');

  async function save(e: FormEvent) {
    e.preventDefault();
    if (!send) return;
    if (!label.trim()) {
      setStatus({ kind: 'error', message: t('templates_version_empty') });
      return;
    }
    setStatus({ kind: 'working' });
    try {
      const r = await nameTemplate({ contacts, timeZone, number: g.number, text: g.text, label, send });
      if (!r.ok)
        setStatus({
          kind: 'error',
          message: t(r.reason === 'empty' ? 'templates_version_empty' : 'templates_changed'),
        });
      else
        setStatus({
          kind: 'done',
          message: tp('templates_saved', r.count, {
            count: r.count,
            version: r.label,
          }),
        });
    } catch (err) {
      setStatus({ kind: 'error', message: t('templates_save_failed', { error: errorText(err) }) });
    }
  }

  const editing = status.kind === 'editing' || status.kind === 'working' || status.kind === 'error';
  return (
    <li className="cc-ins-template" data-testid="cc-template" data-key={g.key}>
      <h4>{g.label}</h4>
      <p className="cc-ins-note">
        {tp('templates_meta', g.wordings, {
          sent: g.sent,
          count: g.wordings,
        })}
        {g.versions.some((v) => v.label) ? ` ${t('templates_versions_now', { labels })}` : ''}
      </p>
      <blockquote className="cc-ins-template-text" data-testid="cc-template-text">
        <bdi>{g.text}</bdi>
      </blockquote>
      <details className="cc-ins-template-example">
        <summary>{t('templates_example', { name: g.example.name })}</summary>
        <p>
          <bdi>{g.example.text}</bdi>
        </p>
      </details>
      {send ? (
        editing ? (
          <form className="cc-toolbar" onSubmit={save} data-testid="cc-template-name-form">
            <label className="cc-field" htmlFor={`${id}-label`}>
              {t('templates_version_label')}{' '}
              <input
                ref={input}
                id={`${id}-label`}
                value={label}
                maxLength={60}
                onChange={(e) => setLabel(e.currentTarget.value)}
                disabled={status.kind === 'working'}
                data-testid="cc-template-label"
              />
            </label>
            <button
              type="submit"
              className="cc-btn cc-btn-primary"
              disabled={status.kind === 'working'}
              data-testid="cc-template-save"
            >
              {t('templates_save')}
            </button>
            <button
              type="button"
              className="cc-btn"
              disabled={status.kind === 'working'}
              onClick={() => setStatus({ kind: 'idle' })}
            >
              {t('common_cancel')}
            </button>
          </form>
        ) : (
          <p>
            <button
              ref={button}
              type="button"
              className="cc-btn"
              onClick={() => setStatus({ kind: 'editing' })}
              data-testid="cc-template-name"
            >
              {t('templates_name_as_version')}
            </button>
          </p>
        )
      ) : null}
      {status.kind === 'working' ? (
        <p className="cc-note" role="status">
          {t('templates_working')}
        </p>
      ) : null}
      {status.kind === 'done' ? (
        <p className="cc-note" role="status" data-testid="cc-template-done">
          {status.message}
        </p>
      ) : null}
      {status.kind === 'error' ? (
        <p className="cc-alert" role="alert" data-testid="cc-template-error">
          {status.message}
        </p>
      ) : null}
    </li>
  );
}
