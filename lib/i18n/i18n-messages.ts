/**
 * Strings of the UI-language work: the language setting, the wipe's confirmation word, and the
 * command-line tools' report lines (scripts/: analyze and stats; advise prints JSON). Spread into EN
 * in ./messages.ts; same conventions.
 */
export const I18N_EN = {
  // SettingsForm: the UI language. Language names are each language's own (lib/i18n/languages.ts).
  settings_language: 'Language',
  settings_language_auto: 'Same as the browser',
  settings_language_hint:
    'For Connect Coach’s screens and advice. Notes are coached in the language you write them in.',

  // A label before what it labels ("Must fix: …"): French puts a narrow space before the colon.
  common_label: '{label}:',

  // Checklist (popup): one item that could not be saved, and a line's tooltip. Messages, so a
  // translation may punctuate them its own way (French: narrow space before the colon).
  checklist_failed_item: '{name}: {error}',
  checklist_line_title: '{name}: {action}, {when}',

  // A signal ticked without details (./signal-words.ts), in the advice's sentences.
  signal_words_news: 'news',
  hook_trigger_news: "{name}'s news on {date}",
  hook_mutual_contact_unnamed: 'a mutual contact',

  // WipeData: the word to type. The English word DELETE is always accepted too.
  wipe_confirm_word: 'DELETE',

  // analyze: the readable report.
  cli_count_left: '{surface}: {count}/{limit} characters, {left} left',
  cli_count_over: '{surface}: {count}/{limit} characters, {over} over',
  cli_graphemes: '({count} as you see them; emoji count as 2 or more)',
  cli_score: 'Score: {score}/100',
  cli_score_none: 'Score: none (the box is empty: nothing to score)',
  cli_preview: 'Preview: {text}',
  cli_stats:
    'Stats: {words}, {sentences}, {questions}, you/your {you} vs I/me/we {self}, reading grade {grade}, {emoji} emoji',
  cli_words_one: '{count} word',
  cli_words_other: '{count} words',
  cli_sentences_one: '{count} sentence',
  cli_sentences_other: '{count} sentences',
  cli_grade_none: 'n/a',
  cli_no_warnings: 'No warnings.',
  cli_warnings_one: '{count} warning:',
  cli_warnings_other: '{count} warnings:',
  cli_severity_error: 'ERROR',
  cli_severity_warn: 'WARN',
  cli_severity_info: 'INFO',
  cli_at: 'at {start}-{end}: {text}',
  cli_evidence: 'Evidence: {evidence}',

  // stats: the readable tables.
  cli_stats_head_one:
    '{count} connection request in {file}. Rates with 95% Wilson intervals; reply rate is replies over accepted requests.',
  cli_stats_head_other:
    '{count} connection requests in {file}. Rates with 95% Wilson intervals; reply rate is replies over accepted requests.',
  cli_stats_none: 'No requests to count yet: rows need a sent_at date.',
  cli_stats_stdin: 'standard input',
  cli_by_version: 'By version',
  cli_by_warning: 'By what the coach says about the note',
  cli_by_template: 'By template (one note with its blanks filled in)',
  cli_col_template: 'Template',
  cli_col_warning: 'Warning',
  cli_col_acceptance: 'Acceptance (95% CI)',
  cli_col_reply_rate: 'Reply rate (95% CI)',
  cli_col_days_accept: 'Days to accept',
  cli_too_few_note: 'too few to judge: under {min} sends; collect 25–50 before judging (seed 004).',
  cli_comparison: 'Comparison of the two most-sent versions, {a} and {b}: {verdict}',
  cli_comparison_none: 'Comparison: label at least two versions to compare them.',
  cli_ignored_one: '{file}: ignored column {columns}',
  cli_ignored_other: '{file}: ignored columns {columns}',
} as const;
