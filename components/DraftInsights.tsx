import type { DraftReport } from '../lib/draft';
import { WarningList } from './WarningList';

const GOOD = 80;
const FAIR = 55;

/** Score, first-glance preview, the stats that matter for the surface, and the warnings. */
export function DraftInsights({ report, field }: { report: DraftReport; field: string }) {
  const { score, stats, preview, surface } = report;
  const band = score >= GOOD ? 'good' : score >= FAIR ? 'fair' : 'poor';
  const showPreview = surface !== 'inmail-subject' && preview.length > 0;
  return (
    <div className="cc-insights">
      <div className="cc-scoreline">
        <span className="cc-score" data-testid="cc-score" data-score={score} data-band={band}>
          {score}
          <span className="cc-sr"> out of 100</span>
        </span>
        <span className="cc-stats">
          {stats.words} words
          {stats.questions > 0 ? ` · ${stats.questions} question${stats.questions > 1 ? 's' : ''}` : ''}
          {stats.selfCount + stats.youCount > 0
            ? ` · you/your ${stats.youCount}, I/we ${stats.selfCount}`
            : ''}
          {stats.readingGrade !== null ? ` · grade ${Math.round(stats.readingGrade)}` : ''}
        </span>
      </div>
      {showPreview ? (
        <div className="cc-preview" data-testid="cc-preview">
          <span className="cc-preview-label">First glance:</span> {preview}
        </div>
      ) : null}
      <WarningList warnings={report.warnings} field={field} />
    </div>
  );
}
