import type { PanelField } from '../../components/Coaching';
import { analyzeDraft, type DraftReport } from '../../lib/draft';
import type { FieldName } from '../../lib/limits';
import type { DetectedSurface } from '../../lib/linkedin/detect';
import { draftSurfaceFor } from '../../lib/surfaces';
import type { PanelEnv } from './panel-env';

/** Short notes are analysed on every keystroke; long messages after typing pauses. */
const SYNC_ANALYSIS_CHARS = 2000;
const LONG_TEXT_PAUSE_MS = 150;

/**
 * The note-quality analysis of one box's fields: synchronously for short texts and after a pause for
 * long ones. A stale analysis never replaces a newer one (sequence number), and an unchanged text is
 * not analysed again.
 */
export class DraftAnalysis {
  private seq = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly reports = new Map<FieldName, { key: string; report: DraftReport }>();

  constructor(
    private readonly surface: () => DetectedSurface,
    private readonly env: PanelEnv,
  ) {}

  /** The field's last report, shown until the new one is ready. */
  previous(name: FieldName): DraftReport | undefined {
    return this.reports.get(name)?.report;
  }

  /** Analyses the fields' texts, now or once typing pauses; `done` gets the fields with their reports. */
  schedule(fields: PanelField[], texts: string[], done: (analysed: PanelField[]) => void) {
    const seq = ++this.seq;
    clearTimeout(this.timer);
    const run = () => {
      if (seq !== this.seq) return;
      done(fields.map((f, i) => ({ ...f, report: this.analyse(f, texts[i] ?? '') })));
    };
    const total = texts.reduce((n, x) => n + x.length, 0);
    if (total <= SYNC_ANALYSIS_CHARS) run();
    else this.timer = setTimeout(run, LONG_TEXT_PAUSE_MS);
  }

  /** No analysis runs after this. */
  cancel() {
    this.seq++;
    clearTimeout(this.timer);
  }

  private analyse(field: PanelField, text: string): DraftReport {
    const s = this.surface();
    const surface = draftSurfaceFor(s.kind, field.name);
    const key = `${surface}|${field.limit.value}|${s.recipient ?? ''}|${this.env.account() ?? ''}|${text}`;
    const cached = this.reports.get(field.name);
    if (cached?.key === key) return cached.report;
    const report = analyzeDraft(text, {
      surface,
      limit: field.limit.value,
      recipientName: s.recipient,
      account: this.env.account(),
      history: this.env.history(),
    });
    this.reports.set(field.name, { key, report });
    return report;
  }
}
