/**
 * Validate-and-repair for one contact record. Migrates it to the current version, then parses it.
 * A damaged optional field is dropped (and named); a damaged list keeps its readable entries; a damaged
 * core field (id, name, profile URL, created date, the request's sent date) makes the record
 * unreadable, and the caller sets it aside whole. Never throws.
 */
import type * as z from 'zod/mini';
import { CONTACT_MIGRATIONS, describeValue, type Migration, migrateRecord } from './migrations';
import {
  CONTACT_VERSION,
  DoneActionSchema,
  deriveStatus,
  HistoryEntrySchema,
  MessageSchema,
  OPTIONAL_SCALARS,
  RequestSchema,
  SignalsSchema,
  type TrackedContact,
  TrackedContactSchema,
} from './schema';
import { normaliseProfileUrl } from './url';

export type ContactRepair =
  | { ok: true; contact: TrackedContact; repaired: string[]; migratedFrom: number; migrated: boolean }
  | { ok: false; reason: string; newer?: boolean };

const CORE = ['id', 'name', 'profileUrl', 'createdAt'] as const;

/** "request.sentAt: expected an ISO date" from zod issues. */
export function issueText(error: z.core.$ZodError, prefix = ''): string {
  return error.issues
    .slice(0, 3)
    .map((i) => {
      const path = [prefix, ...i.path.map((p) => (typeof p === 'number' ? `[${p}]` : String(p)))]
        .filter(Boolean)
        .join('.')
        .replace(/\.\[/g, '[');
      const msg = i.message && i.message !== 'Invalid input' ? i.message : `invalid (${i.code})`;
      return path ? `${path}: ${msg}` : msg;
    })
    .join('; ');
}

export function repairContact(
  raw: unknown,
  migrations: readonly Migration[] = CONTACT_MIGRATIONS,
  target: number = CONTACT_VERSION,
): ContactRepair {
  const migrated = migrateRecord(raw, target, migrations);
  if (!migrated.ok) return migrated;
  const rec = { ...migrated.record };
  const first = TrackedContactSchema.safeParse(rec);
  if (first.success)
    return {
      ok: true,
      contact: first.data,
      repaired: [],
      migratedFrom: migrated.from,
      migrated: migrated.changed,
    };

  const repaired: string[] = [];
  const shape = TrackedContactSchema.shape;
  for (const key of CORE) {
    const r = shape[key].safeParse(rec[key]);
    if (!r.success) return { ok: false, reason: `${key}: ${issueText(r.error) || describeValue(rec[key])}` };
  }
  // id must be the normalised profile URL; rebuild it from profileUrl when it is not.
  const fromUrl = normaliseProfileUrl(String(rec.profileUrl));
  if (rec.id !== fromUrl && fromUrl && normaliseProfileUrl(String(rec.id)) === fromUrl) {
    rec.id = fromUrl;
    repaired.push('id');
  }
  for (const key of OPTIONAL_SCALARS) {
    if (rec[key] === undefined) continue;
    if (!shape[key].safeParse(rec[key]).success) {
      delete rec[key];
      repaired.push(key);
    }
  }
  if (!shape.degree.safeParse(rec.degree).success) {
    rec.degree = null;
    repaired.push('degree');
  }
  if (!Array.isArray(rec.messages)) {
    if (rec.messages !== undefined) repaired.push('messages');
    rec.messages = [];
  } else {
    const ok = rec.messages.filter((m) => MessageSchema.safeParse(m).success);
    if (ok.length !== rec.messages.length) repaired.push('messages');
    rec.messages = ok;
  }
  if (rec.doneActions !== undefined) {
    const list = Array.isArray(rec.doneActions) ? rec.doneActions : [];
    const ok = list.filter((d) => DoneActionSchema.safeParse(d).success);
    if (!Array.isArray(rec.doneActions) || ok.length !== list.length) repaired.push('doneActions');
    rec.doneActions = ok;
  }
  if (rec.history !== undefined) {
    const list = Array.isArray(rec.history) ? rec.history : [];
    const ok = list.filter((h) => HistoryEntrySchema.safeParse(h).success);
    if (!Array.isArray(rec.history) || ok.length !== list.length) repaired.push('history');
    rec.history = ok;
  }
  if (!SignalsSchema.safeParse(rec.signals).success) {
    const src = rec.signals !== null && typeof rec.signals === 'object' ? (rec.signals as object) : {};
    const kept: Record<string, unknown> = {};
    for (const [k, val] of Object.entries(src)) {
      const field = (SignalsSchema.shape as Record<string, z.ZodMiniType>)[k];
      if (field?.safeParse(val).success) kept[k] = val;
    }
    rec.signals = kept;
    repaired.push('signals');
  }
  if (rec.request !== undefined) {
    const req = rec.request;
    if (req === null || typeof req !== 'object' || Array.isArray(req))
      return { ok: false, reason: `request: expected an object, got ${describeValue(req)}` };
    const r = { ...(req as Record<string, unknown>) };
    const rs = RequestSchema.shape;
    if (!rs.sentAt.safeParse(r.sentAt).success)
      return { ok: false, reason: `request.sentAt: expected an ISO date, got ${describeValue(r.sentAt)}` };
    if (!rs.note.safeParse(r.note).success) {
      repaired.push('request.note');
      r.note = null;
    }
    for (const k of ['withdrawnAt', 'approximate', 'accountType'] as const)
      if (r[k] !== undefined && !rs[k].safeParse(r[k]).success) {
        delete r[k];
        repaired.push(`request.${k}`);
      }
    rec.request = r;
  }
  if (!shape.updatedAt.safeParse(rec.updatedAt).success) {
    rec.updatedAt = rec.createdAt;
    repaired.push('updatedAt');
  }
  if (!shape.status.safeParse(rec.status).success) {
    rec.status = deriveStatus({ ...(rec as TrackedContact), status: undefined });
    repaired.push('status');
  }
  const last = TrackedContactSchema.safeParse(rec);
  if (!last.success) return { ok: false, reason: issueText(last.error) };
  return { ok: true, contact: last.data, repaired, migratedFrom: migrated.from, migrated: migrated.changed };
}
