import { t } from '../lib/i18n/t';
import type { FocusReport } from '../lib/protocol/requests';

/** What the side panel says about the box the user last focused on the LinkedIn tab. */
export function FocusReportView({ report }: { report: FocusReport | null }) {
  if (!report || report.noBox) {
    return (
      <p className="cc-note" data-testid="cc-focus-none">
        {t('focus_none')}
      </p>
    );
  }
  if (report.recognised) {
    return (
      <p className="cc-note" data-testid="cc-focus-ok">
        {t('focus_ok')}
      </p>
    );
  }
  return (
    <div className="cc-alert" role="status" data-testid="cc-unrecognised">
      <strong>{t('focus_unrecognised')}</strong>
      <ul>
        {report.reasons.map((r) => (
          <li key={r}>{r.charAt(0).toUpperCase() + r.slice(1)}.</li>
        ))}
      </ul>
      <p>{t('focus_fallback')}</p>
    </div>
  );
}
