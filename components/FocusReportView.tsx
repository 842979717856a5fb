import type { FocusReport } from '../lib/messages';

/** What the side panel says about the box the user last focused on the LinkedIn tab. */
export function FocusReportView({ report }: { report: FocusReport | null }) {
  if (!report) {
    return (
      <p className="cc-note" data-testid="cc-focus-none">
        Click into a LinkedIn message or note box and Connect Coach will show its panel beside it. If it
        cannot recognise the box, this panel says why.
      </p>
    );
  }
  if (report.recognised) {
    return (
      <p className="cc-note" data-testid="cc-focus-ok">
        The box you are typing in on LinkedIn has its Connect Coach panel beside it.
      </p>
    );
  }
  return (
    <div className="cc-alert" role="status" data-testid="cc-unrecognised">
      <strong>Connect Coach did not recognise the box you clicked on LinkedIn.</strong>
      <ul>
        {report.reasons.map((r) => (
          <li key={r}>{r.charAt(0).toUpperCase() + r.slice(1)}.</li>
        ))}
      </ul>
      <p>
        LinkedIn may have changed its page. You can draft below instead and paste the text into LinkedIn
        yourself.
      </p>
    </div>
  );
}
