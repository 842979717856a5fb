/**
 * "Name as a version" for a template the background found: the template's requests get the
 * version label, through the tracker's own merge import (one write for all of them), and the label is
 * offered in the panel's version picker from then on.
 *
 * The stored templates do not list their contacts (templates-cache.ts), so the page clusters the notes
 * again here, with the same code and the same contacts, and finds the template by its number and text;
 * the clustering code is loaded only now, so the dashboard does not carry it until it is needed.
 */

import { cut } from '../lib/insight/template-figures';
import { cleanLabel, labelsItem, repairLabels } from '../lib/tracker/labels';
import type { TrackedContact } from '../lib/tracker/schema';
import type { Send } from './messaging';

export interface NameTemplateInput {
  contacts: readonly TrackedContact[];
  timeZone: string;
  /** The template as stored: its number and text. */
  number: number;
  text: string;
  /** The version label to give it. */
  label: string;
  send: Send;
  /** Lets the page paint between slices of the clustering (default: a macrotask turn). */
  pause?: () => Promise<void>;
}

export type NameTemplateResult =
  | { ok: true; label: string; count: number }
  | { ok: false; reason: 'empty' | 'changed' };

const turn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Adds the label to the versions the panel offers, without choosing it for the next note. */
export async function offerVersion(label: string): Promise<void> {
  const labels = repairLabels(await labelsItem.getValue());
  if (labels.versions.includes(label)) return;
  await labelsItem.setValue({ ...labels, versions: [...labels.versions, label] });
}

/** Labels the template's requests; the writer's error (if any) is thrown as is. */
export async function nameTemplate(input: NameTemplateInput): Promise<NameTemplateResult> {
  const label = cleanLabel(input.label);
  if (!label) return { ok: false, reason: 'empty' };
  const { findTemplatesSliced } = await import('../lib/insight/templates');
  const found = await findTemplatesSliced(input.contacts, { timeZone: input.timeZone }, input.pause ?? turn);
  const i = found.templates.findIndex((g) => g.number === input.number && cut(g.text) === input.text);
  const ids = i < 0 ? null : found.members[i];
  if (!ids?.length) return { ok: false, reason: 'changed' };
  const byId = new Map(input.contacts.map((c) => [c.id, c]));
  const records = ids
    .map((id) => byId.get(id))
    .filter((c): c is TrackedContact => !!c)
    .map((c) => ({ ...c, version: label }));
  await input.send({ type: 'tracker/import', records, mode: 'merge' });
  await offerVersion(label);
  return { ok: true, label, count: records.length };
}
