/** The sheet preview's words: fields, values, problems, how a column was matched, the file's format. */
import { type PlainKey, t, uiLocale } from '../../lib/i18n/t';
import type { SheetField, ValueKind } from '../../lib/sheet/fields';
import type { MatchHow } from '../../lib/sheet/mapping';
import type { IssueProblem, RowIssue } from '../../lib/sheet/read';

export const FIELD_LABEL: Record<SheetField | 'row', PlainKey> = {
  name: 'sheet_field_name',
  first_name: 'sheet_field_first_name',
  last_name: 'sheet_field_last_name',
  profile_url: 'sheet_field_profile_url',
  audience: 'sheet_field_audience',
  version: 'sheet_field_version',
  channel: 'sheet_field_channel',
  sent_at: 'sheet_field_sent_at',
  note: 'sheet_field_note',
  status: 'sheet_field_status',
  accepted_at: 'sheet_field_accepted_at',
  first_message_at: 'sheet_field_first_message_at',
  replied_at: 'sheet_field_replied_at',
  withdrawn_at: 'sheet_field_withdrawn_at',
  last_message_by: 'sheet_field_last_message_by',
  row: 'sheet_field_row',
};

export const VALUE_LABEL: Record<string, PlainKey> = {
  request: 'sheet_value_request',
  inmail: 'sheet_value_inmail',
  'message-request': 'sheet_value_message_request',
  pending: 'sheet_value_pending',
  accepted: 'sheet_value_accepted',
  replied: 'sheet_value_replied',
  withdrawn: 'sheet_value_withdrawn',
  ignored: 'sheet_value_ignored',
  'no-response': 'sheet_value_no_response',
  me: 'sheet_value_me',
  them: 'sheet_value_them',
  yes: 'sheet_value_yes',
  no: 'sheet_value_no',
  'no request': 'sheet_value_no_request',
};

export const KIND_LABEL: Record<ValueKind, PlainKey> = {
  channel: 'sheet_kind_channel',
  status: 'sheet_kind_status',
  last_message_by: 'sheet_kind_last_message_by',
  flag: 'sheet_kind_flag',
};

export const PROBLEM_LABEL: Record<IssueProblem, PlainKey> = {
  'unknown-value': 'sheet_problem_unknown_value',
  'bad-date': 'sheet_problem_bad_date',
  'order-conflict': 'sheet_problem_order_conflict',
  'bad-url': 'sheet_problem_bad_url',
  'no-name': 'sheet_problem_no_name',
  'status-vs-dates': 'sheet_problem_status_vs_dates',
  'needs-sent-date': 'sheet_problem_needs_sent_date',
  'extra-cells': 'sheet_problem_extra_cells',
  invalid: 'sheet_problem_invalid',
};

export const HOW_LABEL: Record<MatchHow, PlainKey> = {
  chosen: 'sheet_how_chosen',
  remembered: 'sheet_how_remembered',
  header: 'sheet_how_header',
  'similar-header': 'sheet_how_similar',
  values: 'sheet_how_values',
  none: 'sheet_how_none',
};

export const DELIMITER_LABEL: Record<string, PlainKey> = {
  ',': 'sheet_delimiter_comma',
  ';': 'sheet_delimiter_semicolon',
  '\t': 'sheet_delimiter_tab',
  '|': 'sheet_delimiter_pipe',
};

export const LINE_ENDS_LABEL: Record<string, PlainKey> = {
  CRLF: 'sheet_line_ends_crlf',
  LF: 'sheet_line_ends_lf',
  CR: 'sheet_line_ends_cr',
};

/** What to say when no column gives a required field. */
export const MISSING_LABEL: Partial<Record<SheetField, PlainKey>> = {
  name: 'sheet_missing_name',
  profile_url: 'sheet_missing_url',
};

/** Rows listed per group of row issues, values listed (those already understood) in the values table. */
export const ROWS_SHOWN = 50;
export const VALUES_SHOWN = 60;

/** A choice for a row issue, in words. */
export function optionLabel(option: string, issue: RowIssue): string {
  switch (option) {
    case 'skip':
      return t('sheet_option_skip');
    case 'empty':
      return t('sheet_option_empty');
    case 'dates':
      return t('sheet_option_dates', {
        says: t(VALUE_LABEL[issue.detail ?? ''] ?? 'sheet_value_no_request'),
      });
    case 'no-request':
      return t('sheet_option_no_request');
    case 'name-from-url':
      return t('sheet_option_name_from_url', { name: issue.detail ?? '' });
    case 'as-is':
      return t('sheet_option_as_is');
    default:
      return VALUE_LABEL[option] ? t(VALUE_LABEL[option] as PlainKey) : option;
  }
}

/** "14 March 2026" in the UI's language, for the day/month question. */
export function longDate(iso: string | null): string {
  if (!iso) return '';
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(uiLocale(), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** A cell cut to 40 characters. */
export const clip = (s: string) => (s.length > 40 ? `${s.slice(0, 39)}…` : s);
