/**
 * Strings for the browser's lifecycle and the first run (issue 14): the "updated, reload this tab"
 * notice, the host-access check, the onboarding page and the privacy page. Spread into EN in
 * ./messages.ts.
 */
export const LIFECYCLE_EN = {
  // The one line an old content script shows after the extension was updated or reloaded.
  lifecycle_updated_reload: 'Connect Coach was updated. Reload this tab to keep coaching here.',
  lifecycle_dismiss: 'Dismiss',

  // Access to LinkedIn pages (HostAccess: popup and onboarding).
  access_granted: 'Connect Coach can read www.linkedin.com pages, so it can coach you there.',
  access_missing:
    'Connect Coach cannot read LinkedIn pages yet, so it cannot coach you there. Allow it for www.linkedin.com only; it still never acts on the page.',
  access_button: 'Allow access to LinkedIn',
  access_denied: 'Access was not allowed. You can allow it here at any time.',
  access_failed: 'Could not ask the browser for access: {error}.',

  // The onboarding page (opened once, on install).
  onboarding_page_title: 'Welcome to Connect Coach',
  onboarding_title: 'Welcome to Connect Coach',
  onboarding_intro:
    'Connect Coach helps you write LinkedIn notes and messages yourself, better: it coaches beside LinkedIn’s own boxes while you type, and keeps a checklist of who to follow up with.',
  onboarding_does_title: 'What it does',
  onboarding_does_coach:
    'Beside the note dialog, messages, InMail, comments and posts: a live count against the box’s real limit, warnings that cite the figure behind them, and the next step for this person.',
  onboarding_does_track:
    'Remembers the requests you send by hand and lists follow-ups due and stale requests to withdraw, as a checklist you act on yourself.',
  onboarding_does_rates: 'Shows your own acceptance and reply rates per note version, with honest intervals.',
  onboarding_never_title: 'What it never does',
  onboarding_never_acts:
    'It never acts on LinkedIn: no clicks, typing, sending or withdrawing, no page loads in the background, no LinkedIn APIs.',
  onboarding_never_sends:
    'Nothing leaves your device: no network requests at all, no analytics. What it keeps stays in this browser’s extension storage.',
  onboarding_never_reads: 'It reads only the LinkedIn page you are looking at, and nothing on other sites.',
  onboarding_privacy_link: 'Read the privacy policy',
  onboarding_access_title: 'Access to LinkedIn',
  onboarding_settings_title: 'About you',
  onboarding_account_legend:
    'Your LinkedIn account (free accounts get 200 characters in a connection note, Premium 300)',
  onboarding_account_free: 'Free',
  onboarding_account_premium: 'Premium',
  onboarding_account_unsure: 'Not sure: work it out from LinkedIn’s note counter',
  onboarding_zone_hint: 'Follow-ups are counted on your working days in this zone. Your browser says {zone}.',
  onboarding_reminder:
    'A daily reminder at 9:00 on working days listing what is due (optional; asks the browser for permission)',
  onboarding_save: 'Save',
  onboarding_saved: 'Saved. You can change these at any time on the dashboard.',
  onboarding_try_title: 'Try it',
  onboarding_try_intro:
    'Here is a typical first note. Edit it and watch the count and the advice change: this is what you will see beside LinkedIn’s note box.',
  onboarding_sample_note:
    'Hi [Name], I came across your profile and would love to connect. We help teams like yours cut reporting time in half. Do you have 15 minutes for a quick call this week?',
  onboarding_next_title: 'Next',
  onboarding_next_linkedin: 'Open LinkedIn and start a note or a message: the coach appears beside the box.',
  onboarding_next_toolbar:
    'The toolbar button shows today’s checklist; its badge counts what is due. Pin it to keep it in sight.',
  onboarding_next_dashboard: 'Open the dashboard (the whole list, settings, import and export)',
} as const;
