/**
 * Where the user stands with the person on a profile page (connectable, pending, 1st degree, …), read
 * from the controls of the top card and its menus. Locale-free signals first (research/linkedin-dom.md
 * §1f "2026, locale-independent signals"): hrefs (/preload/custom-invite/, /messaging/compose/,
 * /in/{slug}/edit/intro/), attribute presence (aria-label, aria-expanded) and the shape of the action
 * row. Translated labels are extra evidence only, and every conclusion says why in `evidence`.
 */
import { all, allComposed, fold, hrefOf, labelOf, textOf } from './dom';
import { profileSlug } from './profile-url';
import { sel } from './selectors';
import { hiddenReason } from './visibility';

export type RelationshipState =
  | 'connectable'
  | 'pending'
  | 'first-degree'
  | 'follow-only'
  | 'incoming'
  | 'self'
  | 'unknown';

// ------------------------------------------------------------------ labels (extra evidence only)

const INVITE_LABEL = [
  /^invite .+ to connect$/i,
  /^invitez .+ à rejoindre votre réseau$/i,
  /\bvernetzen\b/i,
  /^(?:connect|se connecter|conectar(?:-se)?|collegati|connecteren)$/i,
];
const PENDING_LABEL =
  /\b(?:pending|withdraw|en attente|retirer|ausstehend|zurückziehen|pendiente|pendente|in sospeso|in afwachting)\b/iu;
const ACCEPT_LABEL = /\b(?:accept|accepter|annehmen|aceptar|aceitar|accetta|accepteren)\b/i;
const IGNORE_LABEL = /\b(?:ignore|ignorer|ignorieren|ignorar|ignora|negeren)\b/i;
const MESSAGE_LABEL = /^(?:message|envoyer un message|nachricht|mensaje|mensagem|messaggio|bericht)\b/i;
const FOLLOW_LABEL = /^(?:follow|suivre|folgen|seguir|segui|volgen)\b/i;
const CONTROL = 'a[href], button, [role="button"], [role="menuitem"]';

interface Controls {
  /** Visible controls in the top card, outside menus and the intro links. */
  row: Element[];
  /** Items of menus (2026 [role=menu] portal anywhere; legacy dropdown content in the card, even hidden). */
  menuItems: Element[];
}

function collectControls(doc: Document, card: Element): Controls {
  const menuCss = sel('menu');
  const row = all(card, CONTROL).filter((el) => {
    if (hiddenReason(el, { within: card.parentElement, computed: false })) return false;
    if (el.closest(menuCss)) return false;
    const href = el.getAttribute('href') ?? '';
    // Intro links (contact info, connections count, company pages) are not actions.
    if (
      el.tagName === 'A' &&
      !el.getAttribute('aria-label') &&
      /\/overlay\/|\/search\/|\/company\//.test(href)
    ) {
      return false;
    }
    return true;
  });
  const menus = [...allComposed(doc, '[role="menu"]'), ...all(card, menuCss)];
  const menuItems = [...new Set(menus.flatMap((m) => all(m, CONTROL)))];
  return { row, menuItems };
}

function vanityOf(href: string): string | null {
  try {
    const u = new URL(href, 'https://www.linkedin.com/');
    const v = u.searchParams.get('vanityName');
    return v ? fold(v.trim()) : null;
  } catch {
    return null;
  }
}

const isTrigger = (el: Element) => el.matches(sel('menuTrigger'));

/**
 * The relationship state the top card's controls show. `card` is the top card (`confident` when it was
 * recognised, not a whole-page fallback); `degree` the badge's, which a Message-only row may settle as 1.
 * Each conclusion's reasons are pushed to `evidence`.
 */
export function readRelationship(
  doc: Document,
  card: { el: Element; confident: boolean },
  slug: string,
  name: string | null,
  badgeDegree: 1 | 2 | 3 | null,
  evidence: string[],
): { state: RelationshipState; degree: 1 | 2 | 3 | null } {
  let degree = badgeDegree;
  const mentionsName = (el: Element) => {
    const label = fold(labelOf(el));
    return !!name && label.includes(fold(name));
  };
  const controls = collectControls(doc, card.el);
  const menuItems = controls.menuItems;
  // Without a recognised top card, only controls that name the person count (URL-checked links are
  // matched on the slug below, wherever they are).
  const row = card.confident ? controls.row : controls.row.filter(mentionsName);
  if (!card.confident && controls.row.length !== row.length)
    evidence.push(`ignored ${controls.row.length - row.length} control(s) that do not name the person`);

  // Self: an edit link to this profile (or any edit-intro link in the top card).
  const edit = [...row, ...menuItems].find((el) => {
    if (!el.matches(sel('editLink'))) return false;
    const s = profileSlug(hrefOf(el));
    return s === null || s === slug;
  });
  const editAnywhere =
    edit ??
    all(doc, sel('editLink')).find(
      (el) => profileSlug(hrefOf(el)) === slug && /\/edit\/(?:forms\/)?intro\//.test(hrefOf(el)),
    );
  if (editAnywhere) {
    evidence.push(`own-profile edit link (${hrefOf(editAnywhere)})`);
    return { state: 'self', degree };
  }

  // Invite deep links for THIS profile: vanityName must match, or sit in the top card / a menu.
  const inviteLinks = allComposed(doc, sel('inviteLink')).filter((el) => {
    const v = vanityOf(hrefOf(el));
    if (v !== null) return v === slug;
    return card.el.contains(el) || !!el.closest('[role="menu"]');
  });
  const inviteLabelled = [...row, ...menuItems].filter(
    (el) =>
      !inviteLinks.includes(el) &&
      (el.matches(sel('legacyInviteButton')) ||
        INVITE_LABEL.some(
          (re) => re.test(labelOf(el)) || (el.getAttribute('role') === 'menuitem' && re.test(textOf(el))),
        )),
  );
  const messageCtl = row.filter(
    (el) => el.matches(sel('messageLink')) || (!el.hasAttribute('href') && MESSAGE_LABEL.test(labelOf(el))),
  );
  const messageLinks = messageCtl.filter((el) => el.tagName === 'A');

  // Labelled buttons of the row that are not menus, Message or Connect: Follow, Accept/Ignore, Pending….
  const labelledButtons = row.filter(
    (el) =>
      el.tagName !== 'A' &&
      labelOf(el) !== '' &&
      !isTrigger(el) &&
      !messageCtl.includes(el) &&
      !inviteLabelled.includes(el),
  );

  // Incoming request: Accept + Ignore, two labelled buttons naming the person, no Message/Connect.
  const accept = labelledButtons.find((el) => ACCEPT_LABEL.test(labelOf(el)));
  const ignore = labelledButtons.find((el) => IGNORE_LABEL.test(labelOf(el)));
  const namedButtons = labelledButtons.filter(mentionsName);
  const noOtherActions = messageCtl.length === 0 && inviteLinks.length === 0 && inviteLabelled.length === 0;
  if (accept && ignore && accept !== ignore) {
    evidence.push(`Accept and Ignore buttons ("${labelOf(accept)}", "${labelOf(ignore)}")`);
    return { state: 'incoming', degree };
  }
  if (noOtherActions && labelledButtons.length === 2 && namedButtons.length === 2) {
    evidence.push(
      'two labelled buttons naming the person and no Message or Connect control: the shape of an incoming request (Accept, Ignore)',
    );
    return { state: 'incoming', degree };
  }

  // Pending: a withdraw link, a pending/withdraw label, or (structure) a labelled link naming the person
  // that is neither Connect, Message nor a profile link, while no invite link exists.
  const withdraw = [...row, ...menuItems].find((el) => el.matches(sel('withdrawLink')));
  const pendingLabel = [...row].find((el) => PENDING_LABEL.test(labelOf(el)));
  const labelledOddLink =
    inviteLinks.length === 0
      ? row.find(
          (el) =>
            el.tagName === 'A' &&
            mentionsName(el) &&
            !messageCtl.includes(el) &&
            !el.matches(sel('inviteLink')) &&
            !FOLLOW_LABEL.test(labelOf(el)) &&
            profileSlug(hrefOf(el)) === null,
        )
      : undefined;
  if (withdraw || pendingLabel || labelledOddLink) {
    if (withdraw) evidence.push(`withdraw-invitation link (${hrefOf(withdraw)})`);
    if (pendingLabel) evidence.push(`control labelled "${labelOf(pendingLabel)}"`);
    if (labelledOddLink && labelledOddLink !== pendingLabel && labelledOddLink !== withdraw)
      evidence.push(
        `labelled link naming the person that is not Connect or Message ("${labelOf(labelledOddLink)}"), and no invite link`,
      );
    return { state: 'pending', degree };
  }

  // Connectable: an invite deep link for this profile (row or More menu), or a legacy Connect button.
  if (inviteLinks.length || inviteLabelled.length) {
    for (const el of inviteLinks) {
      const where = el.closest('[role="menu"]')
        ? 'in the More menu'
        : card.el.contains(el)
          ? 'in the top card'
          : 'on the page';
      evidence.push(`invite link ${where} (${hrefOf(el)})`);
    }
    for (const el of inviteLabelled)
      evidence.push(
        `Connect control ${el.closest(sel('menu')) ? 'in the More menu ' : ''}("${labelOf(el) || textOf(el)}")`,
      );
    if (degree === 1) evidence.push('a 1st-degree badge next to a Connect control: trusting the control');
    return { state: 'connectable', degree };
  }

  const follow = labelledButtons;
  if (messageCtl.length) {
    evidence.push(
      messageLinks.length
        ? `Message link (${hrefOf(messageLinks[0] as Element).split('?')[0]})`
        : `Message button ("${labelOf(messageCtl[0] as Element)}")`,
    );
  }
  if (follow.length)
    evidence.push(`labelled button(s) besides Message: ${follow.map((el) => `"${labelOf(el)}"`).join(', ')}`);

  if (degree === 1) {
    evidence.push('no invite link or Connect control');
    return { state: 'first-degree', degree };
  }
  if (messageCtl.length && follow.length === 0 && degree === null) {
    evidence.push('Message and no Follow/Connect button: 1st degree (no degree badge; degree inferred)');
    degree = 1;
    return { state: 'first-degree', degree };
  }
  if (messageCtl.length || follow.length) {
    evidence.push(
      degree === null
        ? 'no invite link or Connect control, and a Follow-like button: follow-only'
        : `no invite link or Connect control and degree ${degree}: follow-only (Connect may hide in a More menu that is not open)`,
    );
    return { state: 'follow-only', degree };
  }

  evidence.push(
    row.length
      ? `no recognised action among ${row.length} control(s) in the top card`
      : 'no action controls (Connect, Message, Follow, Accept, Edit) found in the top card',
  );
  return { state: 'unknown', degree };
}
