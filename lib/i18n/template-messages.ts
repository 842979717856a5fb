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
  templates_intro:
    'Notes you sent that are one note with its blanks filled in differently (names, events, companies, topics), found without any labels. A note belongs to one template at most; notes you wrote once stay apart.',
  templates_waiting: 'Looking for templates in your notes…',
  templates_none:
    'No templates found: none of your notes is another with its blanks filled in differently. That is what seed 000 recommends.',
  templates_no_notes: 'No sent notes yet: templates show here once you have sent a few requests with a note.',
  templates_one_offs_one: '{count} request went with a note you wrote once.',
  templates_one_offs_many: '{count} requests went with notes you wrote once.',
  templates_one_offs_rate: '{count} requests went with notes you wrote once: {rate} accepted ({range}).',
  templates_col_template: 'Template',
  templates_label: 'Template {number}',
  templates_named: 'Template {number} ({version})',
  templates_variants_one: '{count} wording',
  templates_variants_many: '{count} wordings',
  templates_slot: 'blank',
  templates_example: 'As sent to {name}:',
  templates_name_as_version: 'Name as a version',
  templates_version_label: 'Version label for template {number}',
  templates_save_version: 'Label {count} requests',
  templates_relabel_one: '{count} of them already has another version label; it will be replaced.',
  templates_relabel_many: '{count} of them already have another version label; it will be replaced.',
  templates_saved: 'Labelled {count} requests “{version}”. They now show in the version chart above.',
  templates_save_failed: 'Could not label them: {error}',
  templates_version_empty: 'Give the version a name.',
  templates_start_versions:
    'No labelled versions yet. Name one of the templates found below as a version to start from your own notes.',
  templates_compare_versions: 'Name two templates to compare them in the version view.',
} as const;
