/**
 * Catalogues as plain `{ key: text }` maps with `{name}` placeholders: the form translators write
 * (lib/i18n/locales/<lang>.json), the form a stored catalogue takes (./loader.ts), and the way back
 * from Chrome's messages.json. Pure: no browser, no Node.
 */
import { type MessageSource, substitute } from './t';

export type FlatCatalogue = Readonly<Record<string, string>>;

interface ChromeEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/**
 * Chrome's messages.json back to `{name}` texts: $NAME$ → {name}, $$ → $. Our generator names each
 * placeholder after its `{name}` (upper case), so the way back is exact.
 */
export function fromChromeMessages(file: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!file || typeof file !== 'object') return out;
  for (const [key, entry] of Object.entries(file as Record<string, ChromeEntry>)) {
    if (!entry || typeof entry.message !== 'string') continue;
    out[key] = entry.message.replace(/\$(\$|[A-Z0-9_]+\$)/g, (_, m: string) =>
      m === '$' ? '$' : `{${m.slice(0, -1).toLowerCase()}}`,
    );
  }
  return out;
}

/** A message source over a flat catalogue: t()'s substitutions land on the placeholders by name. */
export function flatSource(catalogue: FlatCatalogue): MessageSource {
  return (key, subs, names) => {
    const text = Object.hasOwn(catalogue, key) ? catalogue[key] : undefined;
    if (text === undefined) return '';
    const values: Record<string, string> = {};
    names.forEach((n, i) => {
      values[n] = subs[i] ?? '';
    });
    return substitute(text, values);
  };
}

/** The translation over English: every English key, in English order, translated where it can be. */
export function overEnglish(english: FlatCatalogue, translation: FlatCatalogue): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, text] of Object.entries(english))
    out[key] = Object.hasOwn(translation, key) ? (translation[key] as string) : text;
  return out;
}

/** A short fingerprint of an English text (FNV-1a, 32 bits, hex): did the English change since? */
export function textHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
