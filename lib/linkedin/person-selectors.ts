/**
 * Selectors for reading the person on a profile page (lib/linkedin/person.ts), in the same dated format as
 * selectors.ts (research/linkedin-dom.md §1f, §4.16, §4.17). URLs and attribute presence come first; class
 * names are legacy evidence only. Kept apart from selectors.ts so that file stays one owner's registry;
 * merging the two is a mechanical move.
 */
import type { SelectorEntry } from './selectors';

const list = (...entries: SelectorEntry[]) => entries;

export const PERSON_SELECTORS = {
  /** The profile top card. 2026: the first <section> of <main> with a componentkey ending in "Topcard". */
  topCard: list(
    {
      css: 'section[componentkey*="topcard" i]',
      seen: '2026-03',
      replaces: 'section.pv-top-card',
      generation: '2026',
    },
    { css: '.pv-top-card', seen: '2026-03', generation: 'legacy' },
    { css: '.pv-top-card-section', seen: '2019', generation: 'legacy' },
  ),
  /** The name heading inside the top card (2026 often an h2). */
  topCardName: list(
    { css: 'h1.text-heading-xlarge', seen: '2026-03', generation: 'legacy' },
    { css: 'h1.pv-top-card-section__name', seen: '2019', generation: 'legacy' },
    { css: 'h1', seen: '2026-08', generation: 'any' },
    { css: 'h2', seen: '2026-08', replaces: 'h1.text-heading-xlarge', generation: '2026' },
    {
      css: '[role="heading"][aria-level="1"], [role="heading"][aria-level="2"]',
      seen: '2026-03',
      generation: 'any',
    },
  ),
  /** Legacy headline; 2026 has only "the first <p> after the heading block" (structure, in person.ts). */
  topCardHeadline: list(
    { css: '[data-anonymize="headline"]', seen: '2024', generation: 'legacy' },
    { css: '.text-body-medium.break-words', seen: '2026-03', generation: 'legacy' },
  ),
  /** Legacy degree badge; 2026 is read from short text ("· 2nd", "2nd degree connection") by parseDegree. */
  degreeBadge: list(
    { css: '.dist-value', seen: '2026-03', generation: 'legacy' },
    { css: '.distance-badge', seen: '2026-03', generation: 'legacy' },
  ),
  /** Connect as a deep link (action row, or the More menu portal). The locale-free connectable signal. */
  inviteLink: list(
    { css: 'a[href*="/preload/custom-invite/"]', seen: '2026-08', generation: '2026' },
    { css: 'a[href*="search-custom-invite"]', seen: '2026-08', generation: '2026' },
  ),
  /** Pre-2021 Connect button class. Later legacy buttons only carry the English aria-label. */
  legacyInviteButton: list({ css: '.pv-s-profile-actions--connect', seen: '2020', generation: 'legacy' }),
  /**
   * Withdraw-invitation deep link on a pending profile. No source shows this href: it is our fixtures' guess
   * by analogy with /preload/custom-invite/, so person.ts also reads pending from structure.
   */
  withdrawLink: list({ css: 'a[href*="/preload/withdraw-invite/"]', seen: '2026-11-21', generation: '2026' }),
  /** Message: a compose deep link in 2026 (recipient= URN), buttons with classes before. */
  messageLink: list(
    {
      css: 'a[href*="/messaging/compose/"]',
      seen: '2026-08',
      replaces: '.message-anywhere-button',
      generation: '2026',
    },
    { css: '.message-anywhere-button', seen: '2024', generation: 'legacy' },
    { css: '.pv-s-profile-actions--message', seen: '2020', generation: 'legacy' },
  ),
  /** Own-profile edit links ("Edit intro", "Add profile section"). */
  editLink: list(
    { css: 'a[href*="/edit/intro/"]', seen: '2026-08', generation: '2026' },
    { css: 'a[href*="/edit/forms/intro/"]', seen: '2022', generation: 'legacy' },
    { css: 'a[href*="/add-edit/"]', seen: '2026-11-21', generation: '2026' },
  ),
  /** Legacy action row (2021–2024). 2026 rows have hashed classes: person.ts reads the controls instead. */
  actionRow: list(
    { css: '.pvs-profile-actions', seen: '2024', generation: 'legacy' },
    { css: '.pv-top-card-v2-ctas', seen: '2022', generation: 'legacy' },
  ),
  /** Menus: the 2026 More menu is a [role=menu] portal; legacy used an artdeco dropdown (hidden until opened). */
  menu: list(
    { css: '[role="menu"]', seen: '2026-08', generation: '2026' },
    { css: '.artdeco-dropdown__content-inner', seen: '2024', generation: 'legacy' },
    { css: '.artdeco-dropdown__content', seen: '2024', generation: 'legacy' },
  ),
  /** Menu triggers (More): 2026 has aria-expanded and no aria-label; legacy "More actions". */
  menuTrigger: list(
    { css: '[aria-expanded]', seen: '2026-08', generation: 'any' },
    { css: '[aria-haspopup]:not([aria-haspopup="false"])', seen: '2024', generation: 'any' },
    { css: '.artdeco-dropdown__trigger', seen: '2024', generation: 'legacy' },
  ),
} as const satisfies Record<string, readonly SelectorEntry[]>;

export type PersonSelectorGroup = keyof typeof PERSON_SELECTORS;

const joined = new Map<PersonSelectorGroup, string>();

/** All entries of a group as one selector list (cached). */
export function personSel(group: PersonSelectorGroup): string {
  let css = joined.get(group);
  if (css === undefined) {
    css = PERSON_SELECTORS[group].map((e) => e.css).join(', ');
    joined.set(group, css);
  }
  return css;
}
