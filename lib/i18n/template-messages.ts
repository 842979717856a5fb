/**
 * Templates seen through their slots (issue 19), in English: the draft panel's template warning and
 * the dashboard's "Your templates". Spread into EN (./messages.ts); same conventions.
 */
export const TEMPLATE_EN = {
  // The note engine's warning (lib/draft/rules/template-similarity.ts).
  template_draft_filled:
    'This is {earlier} with the blanks filled in again: {changes}. Open with something only {who} did or said, so it does not read as a template.',
  template_draft_name_only:
    'This is {earlier} with only the name changed. Open with something only {who} did or said, so it does not read as a template.',
  template_draft_little:
    'This is {earlier} with little changed besides the name. Open with something only {who} did or said, so it does not read as a template.',
  template_earlier_to_on: 'your note to {name} of {date}',
  template_earlier_to: 'your note to {name}',
  template_earlier_on: 'your note of {date}',
  template_earlier: 'a note you sent before',
  template_change: '{now} where it said {was}',
  template_changes_two: '{first} and {second}',
  template_changes_more: '{first}, {second} and {count} more',
  template_who: 'this person',

  // The dashboard's insight view (components/insight/TemplatesSection.tsx, lib/insight/templates.ts).
  templates_title: 'Your templates',
  templates_subject: 'this template',
  templates_subject_one_offs: 'these notes',
  templates_dimension: 'template',
  templates_intro:
    'Notes you sent that are one note with its blanks filled in differently (names, events, companies, topics), found without any labels. Each request counts in one template at most; notes you wrote once are shown together as the last row.',
  templates_waiting: 'Looking for templates in your notes…',
  templates_no_notes:
    'No sent notes yet: your templates show here once you have sent a few requests with a note.',
  templates_none_one:
    'No templates: your {count} note is not another note with its blanks filled in differently.',
  templates_none_other:
    'No templates: none of your {count} notes is another with its blanks filled in differently.',
  templates_col_template: 'Template',
  templates_label: 'Template {number}',
  templates_named: 'Template {number} ({version})',
  templates_one_offs: 'Written once',
  templates_meta_one: '{sent} sent, {count} wording',
  templates_meta_other: '{sent} sent, {count} wordings',
  templates_blank_note: '[…] marks what changes from one request to the next.',
  templates_example: 'As sent to {name}',
  templates_more_one: 'and {count} smaller template not listed',
  templates_more_other: 'and {count} smaller templates not listed',
  templates_show_all: 'Show all {count}',
  templates_name_as_version: 'Name as a version',
  templates_version_label: 'Version label',
  templates_save: 'Label its requests',
  templates_versions_now: 'Now labelled: {labels}.',
  templates_version_none: 'no label',
  templates_working: 'Finding its requests…',
  templates_saved_one: 'Labelled {count} request “{version}”. It now shows in the version chart above.',
  templates_saved_other: 'Labelled {count} requests “{version}”. They now show in the version chart above.',
  templates_save_failed: 'Could not label them: {error}',
  templates_version_empty: 'Give the version a name.',
  templates_changed: 'Your notes changed since these templates were found. Try again in a moment.',
  templates_start_versions:
    'No labelled versions yet. Your templates below can start it: name one as a version and its requests are labelled at once.',
} as const;
