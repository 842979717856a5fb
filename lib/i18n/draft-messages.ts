/**
 * The note-quality engine's sentences (lib/draft): rule titles and warning messages, in English.
 * Spread into EN (./messages.ts); same conventions. `{quote}` is a span of the user's own text,
 * already wrapped by common_quote; numbers arrive formatted.
 */
export const DRAFT_EN = {
  // Rule titles: the short name of each rule (lib/draft/rules).
  rule_over_limit: "Over LinkedIn's limit",
  rule_too_long: 'Longer than what works',
  rule_generic_opener: 'Generic opener',
  rule_no_hook: 'Nothing specific to them',
  rule_pitch: 'Sales pitch',
  rule_big_ask: 'Big ask too early',
  rule_self_focused: 'About you, not them',
  rule_placeholder: 'Unfilled template slot',
  rule_link: 'Link',
  rule_lazy_follow_up: 'Empty follow-up',
  rule_pushy: 'Pressure',
  rule_shouting: 'Shouting',
  rule_name_mismatch: 'Wrong name',
  rule_weak_subject: 'Weak subject',
  rule_wall_of_text: 'Wall of text',
  rule_template_similarity: 'Same as an earlier note',
  rule_blank_note: 'No note',
  rule_limited_language: 'Language not fully coached',

  // Warnings, by rule.
  draft_over_limit_one: "Cut {count} character to fit LinkedIn's {limit}-character limit.",
  draft_over_limit_other: "Cut {count} characters to fit LinkedIn's {limit}-character limit.",
  draft_over_limit_emoji: 'Emoji and some symbols count as 2 or more characters.',
  draft_over_soft_limit_one: 'Some sources put this limit at {limit}: cut {count} character to be safe.',
  draft_over_soft_limit_other: 'Some sources put this limit at {limit}: cut {count} characters to be safe.',
  draft_too_long_note:
    'Cut {cut} characters: notes under {target} characters that name one specific reason work best.',
  draft_too_long_message:
    'Cut {cut} characters: messages under {target} characters get more replies. Leave your background to your profile.',
  draft_too_long_inmail: 'Cut about {cut} words: the InMails that get answers stay under {target} words.',
  draft_too_long_subject: 'Shorten the subject to under {target} characters so the inbox shows all of it.',
  draft_generic_only_connect:
    'Say why you want to connect with this person (their post, a shared event, a mutual contact), or send no note at all: a blank request beats a generic one.',
  draft_generic_opening:
    'Replace {quote} with something only this person would recognise, like their post, talk or company news: the opening is what the preview shows.',
  draft_generic_stock: 'Cut the stock phrase {quote}; it adds nothing the reader has not seen many times.',
  draft_no_hook:
    'Add one specific reason you are writing to this person: their post or talk, a mutual contact, a shared group, event or school, a new role, or news about their company.',
  draft_pitch_first:
    'Take out the sales line {quote}: the first note should open a conversation about them, not sell. Save the offer for when they reply.',
  draft_pitch_later:
    'Take out the sales line {quote}: they have not answered yet, and a follow-up that sells reads like the first pitch. Bring something new about them instead.',
  draft_pitch_talked: '{quote} reads as a pitch; make sure it answers something they said.',
  draft_big_ask_note:
    'Drop {quote}: a connection note should only ask to connect. Ask for more once they accept.',
  draft_big_ask_message:
    'Swap {quote} for one easy question they can answer in a line; ask for a call once they reply.',
  draft_soft_ask_note:
    '{quote} can wait until they accept; a note only needs a reason to connect, such as their post, a mutual contact or a shared event.',
  draft_soft_ask_message:
    '{quote} is a light ask; it works only after one specific line about them (their post, a mutual contact, their company news).',
  draft_self_focused:
    'You mention yourself {self} times ({words}) and the reader not once. Turn one line about you into one about them: their work, their question, what is in it for them.',
  draft_self_focused_against:
    'You mention yourself {self} times ({words}) against {you} for the reader. Turn one line about you into one about them: their work, their question, what is in it for them.',
  draft_self_intro:
    'This is mostly about you ({quote}). Your profile tells them who you are; give that line to them instead: their work, their question, what is in it for them.',
  draft_placeholder:
    'Fill in {quote} before sending: a leftover template slot tells the reader this note was not written for them.',
  draft_link_note:
    'Remove {quote}: links in a connection request look like spam. Share it after they accept.',
  draft_link_first_message:
    'Remove {quote}: before they have replied, a link reads as a pitch. Share it once they answer.',
  draft_link_message:
    'Make sure {quote} is something they asked for or will clearly want; a cold link reads as a pitch.',
  draft_lazy_adds: 'You add something new, good. Lead with it and drop {quote}.',
  draft_lazy_empty:
    'Replace {quote} with something new for them: an article or report on their topic, a useful resource, or one specific question.',
  draft_pushy:
    'Drop {quote}: pressure makes a reply less likely. Give them an easy, optional next step instead.',
  draft_shouting_caps: 'Write {quote} in normal case: capitals read as shouting.',
  draft_shouting_bangs:
    'Use one exclamation mark at most: runs of them read as shouting or as a sales email.',
  draft_name_mismatch: 'Check the name: you wrote "{greeted}" but this is {name}.',
  draft_subject_blank:
    'Write a subject that names something specific to them: their company, a recent event, or what you have in common.',
  draft_subject_fake_reply:
    'Drop the "Re:" or "Fwd:": a fake reply costs trust the moment they open it. Name something specific instead.',
  draft_subject_generic:
    'Replace this subject with one that could only be for them: their company, a recent post or event, or a shared connection. Generic subjects go unopened.',
  draft_subject_salesy:
    'Take the sales words out of the subject; reference their company, a recent event or a shared context instead.',
  draft_wall_paragraph:
    'Break this paragraph up or cut it: keep to two or three short sentences per paragraph, with a blank line between them.',
  draft_wall_sentences:
    'Cut this to a few sentences: it has {count}. Keep one point about them and one easy question.',
  draft_template:
    'This is {percent}% the same as a note you sent before. Rewrite the opening around something only this person did or said, so it does not read as a template.',
  draft_limited_language:
    'Coaching for this language is limited: only length, links, placeholders and capitals are checked here. Read it once yourself for a stock opener, a sales pitch, a meeting ask or pressure.',
  draft_blank_note:
    'Sending without a note is fine: a blank request beats a generic note. Add a note only if you have a specific reason, such as their post, a mutual contact or a shared event, and keep it under 200 characters.',
} as const;
