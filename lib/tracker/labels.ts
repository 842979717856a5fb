/**
 * Message-version and audience labels the user tags notes with (seed 004: "Recruiter V1", "Founder V2"),
 * and the pair currently chosen in the panel. Repaired on read like every stored value.
 */
import { storage } from 'wxt/utils/storage';

export interface Labels {
  versions: string[];
  audiences: string[];
  /** What the next note is tagged with; '' for none. */
  currentVersion: string;
  currentAudience: string;
}

export const DEFAULT_LABELS: Labels = {
  versions: [],
  audiences: [],
  currentVersion: '',
  currentAudience: '',
};

export const labelsItem = storage.defineItem<Labels>('local:labels', { fallback: DEFAULT_LABELS });

const MAX_LABEL = 60;

/** Trims, collapses spaces and caps the length; '' when nothing is left. */
export function cleanLabel(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim().slice(0, MAX_LABEL);
}

const list = (v: unknown) =>
  Array.isArray(v)
    ? [
        ...new Set(
          v
            .filter((x): x is string => typeof x === 'string')
            .map(cleanLabel)
            .filter(Boolean),
        ),
      ]
    : [];

export function repairLabels(raw: unknown): Labels {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const versions = list(r.versions);
  const audiences = list(r.audiences);
  const pick = (v: unknown, options: string[]) => (typeof v === 'string' && options.includes(v) ? v : '');
  return {
    versions,
    audiences,
    currentVersion: pick(r.currentVersion, versions),
    currentAudience: pick(r.currentAudience, audiences),
  };
}

export async function readLabels(): Promise<Labels> {
  return repairLabels(await labelsItem.getValue());
}

/** Adds (if new) and selects a label. */
export function withLabel(labels: Labels, kind: 'version' | 'audience', raw: string): Labels {
  const label = cleanLabel(raw);
  const key = kind === 'version' ? 'versions' : 'audiences';
  const current = kind === 'version' ? 'currentVersion' : 'currentAudience';
  if (!label) return { ...labels, [current]: '' };
  const values = labels[key].includes(label) ? labels[key] : [...labels[key], label];
  return { ...labels, [key]: values, [current]: label };
}

/** Renames a label everywhere it is offered (tracked contacts keep their old label until edited). */
export function renameLabel(labels: Labels, kind: 'version' | 'audience', from: string, to: string): Labels {
  const next = cleanLabel(to);
  const key = kind === 'version' ? 'versions' : 'audiences';
  const current = kind === 'version' ? 'currentVersion' : 'currentAudience';
  if (!next || labels[key].includes(next)) return labels;
  return {
    ...labels,
    [key]: labels[key].map((l) => (l === from ? next : l)),
    [current]: labels[current] === from ? next : labels[current],
  };
}
