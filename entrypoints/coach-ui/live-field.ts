/**
 * Follows one LinkedIn field as the user types: reads its text, counts it and notices when a paste was
 * cut by maxlength. It only listens; it never writes into the field or dispatches events.
 */
import type { ResolvedLimit } from '../../lib/limits';
import { countGraphemes, normalizeNewlines } from '../../lib/text/count';
import { isTextField, readEditorText } from '../../lib/text/editor-text';

export interface FieldReading {
  text: string;
  count: number;
  graphemes: number;
  pasteCut?: number;
}

/** Above this, graphemes are counted after typing pauses so a huge paste never blocks the page. */
const SYNC_GRAPHEME_LIMIT = 20_000;

export class LiveField {
  private pendingPaste: { expected: number } | null = null;
  private pasteCut = 0;
  private lastText = '';
  private lastGraphemes = 0;
  private graphemeTimer: number | undefined;
  /** The text and paste note the owner last heard about: one refresh per edit, however it is signalled. */
  private delivered: { text: string; pasteCut: number } | null = null;

  constructor(
    readonly element: HTMLElement,
    private readonly limit: () => ResolvedLimit,
    private readonly onChange: () => void,
    signal: AbortSignal,
  ) {
    const opts = { signal, passive: true } as const;
    // `input` covers typing, cutting, dropping and the end of a composition; an edit that fires several
    // signals (input, then the rich editor's own DOM mutation) still refreshes once: see changed().
    for (const type of ['input', 'compositionend']) {
      element.addEventListener(type, () => this.changed(), opts);
    }
    element.addEventListener('paste', (e) => this.onPaste(e as ClipboardEvent), opts);
    const win = element.ownerDocument.defaultView;
    if (win && !isTextField(element)) {
      // Rich editors can change without input events (LinkedIn clears the box after sending).
      const mo = new win.MutationObserver(() => this.changed());
      mo.observe(element, { childList: true, characterData: true, subtree: true });
      signal.addEventListener('abort', () => mo.disconnect());
    }
    signal.addEventListener('abort', () => win?.clearTimeout(this.graphemeTimer));
  }

  private onPaste(e: ClipboardEvent) {
    const el = this.element;
    if (!isTextField(el)) return;
    const pasted = normalizeNewlines(e.clipboardData?.getData('text/plain') ?? '');
    const selected = (el.selectionEnd ?? 0) - (el.selectionStart ?? 0);
    this.pendingPaste = { expected: normalizeNewlines(el.value).length - selected + pasted.length };
  }

  private changed() {
    const paste = this.pendingPaste;
    if (paste) {
      this.pendingPaste = null;
      const actual = this.read().count;
      this.pasteCut = paste.expected > actual && actual >= this.limit().value ? paste.expected - actual : 0;
    }
    const text = readEditorText(this.element);
    const last = this.delivered;
    if (last && last.text === text && last.pasteCut === this.pasteCut) return;
    this.delivered = { text, pasteCut: this.pasteCut };
    this.onChange();
  }

  read(): FieldReading {
    const text = readEditorText(this.element);
    if (text !== this.lastText) {
      this.lastText = text;
      if (text.length <= SYNC_GRAPHEME_LIMIT) this.lastGraphemes = countGraphemes(text);
      else this.scheduleGraphemes(text);
    }
    const reading: FieldReading = { text, count: text.length, graphemes: this.lastGraphemes };
    if (this.pasteCut) reading.pasteCut = this.pasteCut;
    return reading;
  }

  private scheduleGraphemes(text: string) {
    const win = this.element.ownerDocument.defaultView;
    if (!win) return;
    win.clearTimeout(this.graphemeTimer);
    // Until then the grapheme figure equals the exact unit count, so nothing wrong is shown.
    this.lastGraphemes = text.length;
    this.graphemeTimer = win.setTimeout(() => {
      if (this.lastText !== text) return;
      this.lastGraphemes = countGraphemes(text);
      this.onChange();
    }, 300);
  }
}
