/**
 * The background's advisor: every LinkedIn surface (draft card, profile card, side panel)
 * asks here with `advice/get`, and gets the one next step for the person from next-step.ts over their
 * one record. Before advising, what the page shows is merged in (the card's own facts, else the
 * frame read by the background), the record is updated when the page is fresher (the writer keeps the
 * change in the person's history), and the invitation dialog's quota is kept for the panel's figure.
 * Storage only through WXT's storage module and the injected helpers, so the fake browser tests it.
 */
import type { PageFacts, PersonFacts } from '../linkedin/facts-types';
import { factsFor } from '../linkedin/page-facts';
import type { RequestOf } from '../protocol/requests';
import { draftVerdict } from './draft-verdict';
import { nextStepFor } from './next-step';
import { pageQuotaItem, repairPageQuota } from './page-quota';
import { type AdviceAnswer, type PagePerson, summaryOf } from './person-advice';
import type { TrackedContact } from './schema';
import type { Settings } from './settings';
import { contactKey } from './store';
import { normaliseProfileUrl } from './url';
import type { TrackerWriter } from './writer';

type AdviceRequest = RequestOf<'advice/get'>;

export interface AdvisorDeps {
  writer: Pick<TrackerWriter, 'mergePageFacts'>;
  settings: () => Promise<Settings>;
  /** One record by id (fresh from storage). */
  record: (id: string) => Promise<TrackedContact | null>;
  /** Every record (the background's in-memory view), for finding a person by name. */
  all: () => Promise<readonly TrackedContact[]>;
  now?: () => Date;
  /** Called when the page showed the note quota (so the panel's figure follows). */
  onQuota?: () => void;
}

const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

export class Advisor {
  constructor(private readonly deps: AdvisorDeps) {}

  /**
   * The person's record: by profile URL; without one (an InMail bubble that links no profile), by
   * name when exactly one tracked person has it.
   */
  async find(person: PagePerson): Promise<TrackedContact | null> {
    const id = person.profileUrl ? normaliseProfileUrl(person.profileUrl) : null;
    if (id) return this.deps.record(id);
    if (!person.name?.trim()) return null;
    const want = fold(person.name);
    const hits = (await this.deps.all()).filter((c) => fold(c.name) === want);
    return hits.length === 1 ? (hits[0] as TrackedContact) : null;
  }

  /** The answer to `advice/get`. `readPage` reads the asking frame when the request brings no facts. */
  async answer(msg: AdviceRequest, readPage?: () => Promise<PageFacts | null>): Promise<AdviceAnswer> {
    const now = this.deps.now?.() ?? new Date();
    const person = msg.person;
    const [settings, found] = await Promise.all([this.deps.settings(), this.find(person)]);
    let page: PageFacts | null = null;
    let facts: PersonFacts | null = msg.facts ?? null;
    if (!facts && readPage) {
      page = await readPage().catch(() => null);
      facts = factsFor(page, {
        name: person.name,
        profileUrl: person.profileUrl ?? found?.profileUrl ?? null,
      });
    }
    if (page?.quota) await this.keepQuota(page.quota.left, page.at);
    let record = found;
    const draft =
      msg.draft ??
      (msg.draftHasHook ? { surface: 'connection-note' as const, empty: false, hasHook: true } : null);
    const input = {
      person,
      facts,
      draft: draft
        ? { hasHook: draft.hasHook ?? msg.draftHasHook ?? false, greeting: draft.greeting ?? null }
        : null,
    };
    let result = nextStepFor({ ...input, record }, now, settings);
    if (result.merged && record && facts) {
      // The page is fresher: the record changes (and says so in its history), then the step follows it.
      record = await this.deps.writer.mergePageFacts(record.id, facts, now.toISOString()).catch(() => record);
      result = nextStepFor({ ...input, record, facts: null }, now, settings);
    }
    const step = result.step;
    const watchId = record?.id ?? (person.profileUrl ? normaliseProfileUrl(person.profileUrl) : null);
    const answer: AdviceAnswer = {
      advice: step,
      watchKey: watchId ? contactKey(watchId) : null,
      tracked: summaryOf(record),
    };
    if (msg.draft) answer.draft = draftVerdict(step, msg.draft.surface, now, msg.draft.empty);
    return answer;
  }

  /** The quota LinkedIn showed, kept when it differs from the last reading. */
  async keepQuota(left: number, at: string): Promise<void> {
    const before = repairPageQuota(await pageQuotaItem.getValue());
    if (before && before.left === left && Date.parse(at) - Date.parse(before.at) < 60 * 60_000) return;
    await pageQuotaItem.setValue({ left, at });
    this.deps.onQuota?.();
  }
}
