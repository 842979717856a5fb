import { useMemo } from 'react';
import { t, tp } from '../../lib/i18n/t';
import type { RowIssue, SheetReading } from '../../lib/sheet/read';
import { clip, FIELD_LABEL, optionLabel, PROBLEM_LABEL, ROWS_SHOWN } from './labels';

/**
 * The rows that need a decision, grouped by problem and field: one choice for the whole group or one
 * per row, and "skip the rest" while any is open.
 */
export function RowIssues({
  reading,
  openIssues,
  onRows,
}: {
  reading: SheetReading;
  openIssues: readonly RowIssue[];
  onRows: (list: readonly RowIssue[], option: string) => void;
}) {
  const groups = useMemo(() => {
    const map = new Map<string, RowIssue[]>();
    for (const i of reading.issues) {
      const key = `${i.problem}|${i.field}`;
      map.set(key, [...(map.get(key) ?? []), i]);
    }
    return [...map.values()];
  }, [reading]);
  const issueRows = new Set(reading.issues.map((i) => i.row)).size;
  if (!reading.issues.length) return null;
  return (
    <div className="cc-sheet-issues" data-testid="cc-sheet-issues">
      <h4>{tp('sheet_issues_title', issueRows, { count: issueRows })}</h4>
      {groups.map((list) => {
        const first = list[0] as RowIssue;
        const common = first.options.filter((o) => list.every((i) => i.options.includes(o)));
        const field = t(FIELD_LABEL[first.field]);
        return (
          <div
            key={`${first.problem}|${first.field}`}
            className="cc-sheet-group"
            data-testid="cc-sheet-group"
          >
            <p>
              <strong>
                {tp('sheet_issue_group', list.length, {
                  field,
                  problem: t(PROBLEM_LABEL[first.problem]),
                  count: list.length,
                })}
              </strong>
            </p>
            {list.length > 1 ? (
              <label className="cc-field">
                {t('sheet_issue_all_label', { count: list.length })}
                <select
                  value=""
                  data-testid="cc-sheet-group-select"
                  onChange={(e) => e.target.value && onRows(list, e.target.value)}
                >
                  <option value="">{t('sheet_issue_choose')}</option>
                  {common.map((o) => (
                    <option key={o} value={o}>
                      {optionLabel(o, first)}
                    </option>
                  ))}
                </select>
              </label>
            ) : null}
            <ul className="cc-sheet-rows">
              {list.slice(0, ROWS_SHOWN).map((i) => (
                <li
                  key={`${i.row}|${i.field}`}
                  data-testid="cc-sheet-issue"
                  data-row={i.row}
                  data-field={i.field}
                  data-problem={i.problem}
                  data-choice={i.choice ?? ''}
                >
                  <label className="cc-field">
                    <span>
                      {t('sheet_issue_row_label', { row: i.row, field })}
                      {i.value ? `: “${clip(i.value)}”` : `: ${t('sheet_empty_cell')}`}
                    </span>
                    <select
                      value={i.choice ?? ''}
                      data-testid="cc-sheet-issue-select"
                      aria-invalid={i.choice === undefined}
                      onChange={(e) => onRows([i], e.target.value)}
                    >
                      <option value="" disabled>
                        {t('sheet_issue_choose')}
                      </option>
                      {i.options.map((o) => (
                        <option key={o} value={o}>
                          {optionLabel(o, i)}
                        </option>
                      ))}
                    </select>
                  </label>
                </li>
              ))}
              {list.length > ROWS_SHOWN ? (
                <li>{t('sheet_rows_more', { count: list.length - ROWS_SHOWN })}</li>
              ) : null}
            </ul>
          </div>
        );
      })}
      {openIssues.length ? (
        <button
          type="button"
          className="cc-btn"
          data-testid="cc-sheet-skip-open"
          onClick={() => onRows(openIssues, 'skip')}
        >
          {t('sheet_skip_open')}
        </button>
      ) : null}
    </div>
  );
}
