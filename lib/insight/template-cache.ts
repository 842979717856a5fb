/**
 * What the background keeps between template passes (templates.ts): slot words per contact and note,
 * each request's outcome, fingerprint hashes, and the clustering so far.
 */
import { type SlotWords, slotWordsOf } from '../draft/template-slots';
import type { TrackedContact } from '../tracker/schema';
import { type RequestOutcome, requestOutcome } from './outcome';
import { templateContactHash } from './template-record';
import type { Clustering } from './templates';

/**
 * What the background keeps between passes: slot words per contact object and per note text with the
 * recipient's name (each pass forgets the texts it did not see), and the clustering, which a pass
 * extends when only later notes were added and rebuilds otherwise (a note deleted or edited, an
 * earlier one imported).
 */
export class SlotWordsCache {
  #byContact = new WeakMap<TrackedContact, { note: string; name: string; text: string; entry: Entry }>();
  #outcomes = new WeakMap<TrackedContact, { tz: string; outcome: RequestOutcome | null }>();
  #byText = new Map<string, { entry: Entry; pass: number }>();
  #hashes = new WeakMap<TrackedContact, readonly [number, number] | null>();
  #pass = 0;
  clustering: Clustering | null = null;
  /** Notes turned into slot words since the cache was made (for tests and the benchmark). */
  made = 0;
  /** Passes that had to cluster everything again. */
  rebuilt = 0;

  /** The contact's fingerprint hashes (templatesFingerprint), once per contact object. */
  hashOf(c: TrackedContact): readonly [number, number] | null {
    let h = this.#hashes.get(c);
    if (h === undefined) {
      h = templateContactHash(c);
      this.#hashes.set(c, h);
    }
    return h;
  }

  beginPass(): void {
    this.#pass++;
  }

  endPass(): void {
    for (const [k, e] of this.#byText) if (e.pass !== this.#pass) this.#byText.delete(k);
  }

  entry(c: TrackedContact, note: string): Entry {
    const known = this.#byContact.get(c);
    // The same contact object with the same note and name: no text to build (the common case).
    if (known && known.note === note && known.name === c.name) {
      const e = this.#byText.get(known.text);
      if (e) e.pass = this.#pass;
      else this.#byText.set(known.text, { entry: known.entry, pass: this.#pass });
      return known.entry;
    }
    const text = `${c.name}\u0001${note}`;
    let e = this.#byText.get(text);
    if (e) e.pass = this.#pass;
    else {
      const words = slotWordsOf(note, c.name);
      e = { entry: { words, key: words.ids.join(',') }, pass: this.#pass };
      this.made++;
      this.#byText.set(text, e);
    }
    this.#byContact.set(c, { note, name: c.name, text, entry: e.entry });
    return e.entry;
  }

  /** The request's outcome, once per contact object and time zone. */
  outcome(c: TrackedContact, tz: string): RequestOutcome | null {
    const known = this.#outcomes.get(c);
    if (known && known.tz === tz) return known.outcome;
    const outcome = requestOutcome(c, tz);
    this.#outcomes.set(c, { tz, outcome });
    return outcome;
  }
}

export interface Entry {
  words: SlotWords;
  /** The words with slots masked, as text: notes differing only in their slots share it. */
  key: string;
}
