import { type PlainKey, t, tp } from '../../lib/i18n/t';
import type { DueItem, DueKind } from '../../lib/tracker/reminders';

type Verb = 'sent' | 'withdrawn' | 'replied' | 'done';

/** What the user did on LinkedIn: the word on the Done button, and what it records. */
const DONE_VERB: Record<DueKind, Verb> = {
  'first-message': 'sent',
  'follow-up': 'sent',
  inmail: 'sent',
  withdraw: 'withdrawn',
  reply: 'replied',
  escalate: 'done',
  're-engage': 'done',
  other: 'done',
};

const VERB_KEYS: Record<Verb, { button: PlainKey; what: PlainKey; marked: PlainKey }> = {
  sent: { button: 'checklist_verb_sent', what: 'checklist_what_sent', marked: 'checklist_marked_sent' },
  withdrawn: {
    button: 'checklist_verb_withdrawn',
    what: 'checklist_what_withdrawn',
    marked: 'checklist_marked_withdrawn',
  },
  replied: {
    button: 'checklist_verb_replied',
    what: 'checklist_what_replied',
    marked: 'checklist_marked_replied',
  },
  done: { button: 'checklist_verb_done', what: 'checklist_what_done', marked: 'checklist_marked_done' },
};

/** The keys for the Done button of a kind: its word, what it records, and the line once recorded. */
export const doneKeys = (kind: DueKind) => VERB_KEYS[DONE_VERB[kind]];

/** The word on the Done button. */
export const doneVerb = (kind: DueKind): string => t(doneKeys(kind).button);

/** The groups, most urgent first (a reply waits on you; stale requests can wait for a quiet moment). */
export const GROUP_ORDER: readonly DueKind[] = [
  'reply',
  'first-message',
  'follow-up',
  'inmail',
  'escalate',
  're-engage',
  'other',
  'withdraw',
];

const GROUP_KEYS = {
  reply: 'group_reply',
  'first-message': 'group_first_message',
  'follow-up': 'group_follow_up',
  inmail: 'group_inmail',
  escalate: 'group_escalate',
  're-engage': 'group_re_engage',
  other: 'group_other',
  withdraw: 'group_withdraw',
} as const satisfies Record<DueKind, string>;

/** "3 replies to answer", "24 stale requests". */
export function groupTitle(kind: DueKind, count: number): string {
  return tp(GROUP_KEYS[kind], count, { count });
}

/** Kinds whose step is a message: their line links to LinkedIn's messaging page. */
export const MESSAGE_KINDS: ReadonlySet<DueKind> = new Set<DueKind>(['first-message', 'follow-up', 'reply']);

/** Items rendered at once per group: a tracker with thousands due stays quick to open. */
export const CHECKLIST_PAGE = 50;

/** One step for one person, as the checklist keys its state. */
export const itemKey = (i: Pick<DueItem, 'contactId' | 'action' | 'dueAt'>) =>
  `${i.contactId}|${i.action}|${i.dueAt}`;
