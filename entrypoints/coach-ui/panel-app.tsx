/**
 * The view of one compose box's coaching: the count chip and the card, rendered into the panel's
 * shadow root from the panel's store (surface-panel.tsx owns the state and the page's events).
 */
import { useEffect, useId, useLayoutEffect, useState } from 'react';
import { useStore } from 'zustand';
import { AdviceCard, type SignalToggles } from '../../components/AdviceCard';
import { CoachCard } from '../../components/CoachCard';
import { CoachChip } from '../../components/CoachChip';
import { mainField, type PanelField, topWarningTitle, worstState } from '../../components/Coaching';
import { VolumeQuotaNotes } from '../../components/insight/VolumeQuotaNotes';
import { LabelPicker } from '../../components/LabelPicker';
import { UserFiguresContext } from '../../components/UserFigure';
import { t } from '../../lib/i18n/t';
import type { DetectedSurface } from '../../lib/linkedin/detect';
import type { Advice } from '../../lib/sequencing';
import type { DraftVerdict } from '../../lib/tracker/draft-verdict';
import { renameLabel, withLabel } from '../../lib/tracker/labels';
import { FloatRoot } from './floating/float-root';
import type { PanelEnv } from './panel-env';
import type { SurfacePanel } from './surface-panel';

export interface PanelState {
  surface: DetectedSurface;
  fields: PanelField[];
  theme: 'light' | 'dark';
  advice: Advice | null;
  /** Whether this draft should go out now, by the next step (shown beside the score). */
  verdict: DraftVerdict | null;
  /** The invitation dialog shows LinkedIn's own "N personalized invitations remaining" line. */
  quotaOnPage: boolean;
  signals: SignalToggles | null;
  notice: string | null;
  open: boolean;
  chipShown: boolean;
}

/** Screen readers hear the count once typing pauses, not on every keystroke. */
function useSettled<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

export function PanelApp({ panel, env }: { panel: SurfacePanel; env: PanelEnv }) {
  const { surface, fields, theme, advice, verdict, quotaOnPage, signals, notice, open, chipShown } = useStore(
    panel.store,
  );
  const labels = useStore(env.labels);
  const volume = useStore(env.volume);
  const figures = useStore(env.warningFigures);
  const cardId = useId();
  const settings = env.settings();
  const main = mainField(fields);
  const noteDrafted = (fields[0]?.count ?? 0) > 0;
  // Every render may change the chip's or card's size: place them again (after layout, before paint).
  useLayoutEffect(() => panel.rendered());
  const announcement = useSettled(
    fields
      .map((f) =>
        t('panel_announce', {
          field: t(f.name === 'subject' ? 'field_subject' : 'field_text'),
          count: f.count,
          limit: f.limit.value,
        }),
      )
      .join('. '),
    1200,
  );
  return (
    <FloatRoot
      theme={theme}
      open={open}
      close={() => panel.closeCard(true)}
      onKey={(e) => {
        if (!(e.altKey && e.shiftKey && e.code === 'KeyK')) return false;
        panel.shortcut();
        return true;
      }}
    >
      {main ? (
        <div hidden={!chipShown}>
          <CoachChip
            count={main.count}
            limit={main.limit.value}
            state={worstState(fields)}
            warning={topWarningTitle(fields)}
            open={open}
            cardId={cardId}
            onToggle={() => panel.toggleCard()}
          />
        </div>
      ) : null}
      <UserFiguresContext.Provider value={figures}>
        <CoachCard
          id={cardId}
          kind={surface.kind}
          recipient={surface.recipient}
          fields={fields}
          verdict={verdict}
          advice={advice}
          open={open}
          theme={theme}
          onClose={() => panel.closeCard(true)}
        >
          {advice ? (
            <AdviceCard
              advice={advice}
              now={new Date()}
              signals={signals ?? undefined}
              onToggleSignal={panel.advice.toggleSignal}
            />
          ) : null}
          {surface.kind === 'connection-note' && volume.computedAt ? (
            <VolumeQuotaNotes
              last7Days={volume.last7Days}
              weeklyCap={settings.weeklyCap}
              notesLeft={volume.notesLeft}
              notesLeftFrom={volume.notesLeftFrom}
              quotaOnPage={quotaOnPage}
              quota={settings.monthlyFreeNotes}
              account={settings.accountType}
              noteDrafted={noteDrafted}
            />
          ) : null}
          {surface.kind === 'connection-note' ? (
            <LabelPicker
              labels={labels}
              onChoose={(kind, label) => env.setLabels(withLabel(env.labels.getState(), kind, label))}
              onRename={(kind, from, to) => env.setLabels(renameLabel(env.labels.getState(), kind, from, to))}
            />
          ) : null}
          {notice ? (
            <p className="cc-note" role="status">
              {notice}
            </p>
          ) : null}
        </CoachCard>
      </UserFiguresContext.Provider>
      <div className="cc-sr" aria-live="polite" data-testid="cc-live">
        {announcement}
      </div>
    </FloatRoot>
  );
}
