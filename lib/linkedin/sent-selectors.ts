/**
 * Selectors for the Sent invitations manager (/mynetwork/invitation-manager/sent/), read by
 * lib/linkedin/sent.ts, in the same dated format as selectors.ts (research/linkedin-dom.md §1e, §4.13–15).
 * Structure and stable attributes (role, data-testid, data-view-name, href) come first; class names are
 * legacy evidence only, and English aria-labels are extra evidence only. Kept apart from selectors.ts so
 * that file stays one owner's registry; merging the two is a mechanical move.
 */
import type { SelectorEntry } from './selectors';

const list = (...entries: SelectorEntry[]) => entries;

export const SENT_SELECTORS = {
  /** The 2025/2026 list: a LazyColumn holding [role=listitem] cards separated by <hr role="presentation">. */
  lazyColumn: list(
    {
      css: '[data-testid="lazy-column"]',
      seen: '2026-08-15',
      replaces: 'ul.mn-invitation-list',
      generation: '2026',
    },
    { css: '[data-component-type="LazyColumn"]', seen: '2026-08-15', generation: '2026' },
  ),
  /** Card roots of the React UI (mid-2025 on). Only counted as cards next to a withdraw control or in a sent list. */
  listItem: list({
    css: '[role="listitem"]',
    seen: '2026-08-15',
    replaces: 'li.invitation-card',
    generation: '2025',
  }),
  /** Legacy card roots (~2020–2024). */
  legacyCard: list(
    { css: 'li.invitation-card', seen: '2024', generation: 'legacy' },
    { css: 'ul.mn-invitation-list > li', seen: '2020-10-27', generation: 'legacy' },
  ),
  /** Legacy list containers. */
  legacyList: list(
    { css: 'ul.mn-invitation-list', seen: '2020-10-27', generation: 'legacy' },
    { css: '.mn-invitation-list', seen: '2024', generation: 'legacy' },
  ),
  /** The per-card Withdraw control. The 2026 anchor has no href and only an (English) aria-label. */
  withdraw: list(
    {
      css: '[data-view-name="sent-invitations-withdraw-single"]',
      seen: '2026-03',
      replaces: 'button.invitation-card__action-btn',
      generation: '2025',
    },
    { css: '[aria-label^="Withdraw invitation sent to" i]', seen: '2026-08-15', generation: '2026' },
    { css: 'button.invitation-card__action-btn', seen: '2024', generation: 'legacy' },
  ),
  /** Legacy "Sent 3 weeks ago" badge. */
  timeBadge: list({ css: '.time-badge', seen: '2024', generation: 'legacy' }),
  /** The invitation note: 2025/2026 clamped box (full text in the DOM, "…more" toggle), legacy paragraph. */
  note: list(
    { css: '[data-testid="expandable-text-box"]', seen: '2026-03', generation: '2025' },
    { css: '.invitation-card__custom-message', seen: '2024', generation: 'legacy' },
  ),
  /** Legacy name element (the 2025/2026 name is the profile link text or a plain <p>). */
  legacyTitle: list({ css: '.invitation-card__title', seen: '2024', generation: 'legacy' }),
  /**
   * Where the total is shown: 2026 "People (8)" link to /sent/CONNECTION/, the 2025 nav tab
   * "People (1,100)" (nav button[aria-current="true"]), legacy "Sent (25)" tab.
   */
  countLink: list(
    { css: 'a[href*="/invitation-manager/sent/CONNECTION" i]', seen: '2026-08-15', generation: '2026' },
    { css: 'nav button[aria-current="true"]', seen: '2026-03', generation: '2025' },
    { css: 'a[href*="/invitation-manager/sent"][aria-current]', seen: '2026-08-15', generation: 'any' },
    { css: 'a[href*="/invitation-manager/sent"][aria-selected="true"]', seen: '2024', generation: 'legacy' },
    { css: 'a[href*="/invitation-manager/sent"]', seen: '2024', generation: 'any' },
  ),
} as const satisfies Record<string, readonly SelectorEntry[]>;

export type SentSelectorGroup = keyof typeof SENT_SELECTORS;

const joined = new Map<SentSelectorGroup, string>();

/** All entries of a group as one selector list (cached). */
export function sentSel(group: SentSelectorGroup): string {
  let css = joined.get(group);
  if (css === undefined) {
    css = SENT_SELECTORS[group].map((e) => e.css).join(', ');
    joined.set(group, css);
  }
  return css;
}
