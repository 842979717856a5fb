/**
 * Plain text of a compose field as LinkedIn sees it.
 * - textarea / input: the value.
 * - contenteditable (LinkedIn's message, Quill and ProseMirror editors): one block per line, so block
 *   boundaries and <br> become "\n"; an empty line is <p><br></p>. textContent would drop the breaks and
 *   innerText may double them depending on CSS margins, so we walk the DOM ourselves.
 */
import { normalizeNewlines } from './count';

const BLOCK_TAGS = new Set([
  'P',
  'DIV',
  'LI',
  'UL',
  'OL',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'PRE',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
  'TABLE',
  'TR',
]);
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);
const FORMATTING_WHITESPACE = /^[ \t\r\n]*\n[ \t\r\n]*$/;

const isElement = (n: Node): n is Element => n.nodeType === 1;
const isText = (n: Node): n is Text => n.nodeType === 3;

export function isTextField(el: Element): el is HTMLTextAreaElement | HTMLInputElement {
  return el.tagName === 'TEXTAREA' || el.tagName === 'INPUT';
}

export function readEditorText(el: Element): string {
  if (isTextField(el)) return normalizeNewlines(el.value);
  return readBlocks(el);
}

/** True when this <br> is the last thing in its block: browsers keep it only to give the line height. */
function isPlaceholderBr(br: Element): boolean {
  let next = br.nextSibling;
  while (next && isText(next) && next.data === '') next = next.nextSibling;
  if (next) return false;
  const parent = br.parentElement;
  return parent !== null && BLOCK_TAGS.has(parent.tagName);
}

function hasBlockChild(el: Element): boolean {
  for (const child of el.children) if (BLOCK_TAGS.has(child.tagName)) return true;
  return false;
}

function readBlocks(root: Element): string {
  const lines: string[] = [''];
  // Set when a block ends: the next content starts a new line.
  let closed = false;
  const newLine = () => {
    lines.push('');
    closed = false;
  };
  const append = (s: string) => {
    if (closed) newLine();
    lines[lines.length - 1] += s;
  };

  const visit = (node: Node) => {
    if (isText(node)) {
      // Source-formatting whitespace between blocks is not shown, so it is not counted.
      if (FORMATTING_WHITESPACE.test(node.data) && node.parentElement && hasBlockChild(node.parentElement))
        return;
      if (node.data) append(node.data);
      return;
    }
    if (!isElement(node) || SKIP_TAGS.has(node.tagName)) return;
    if (node.tagName === 'BR') {
      if (isPlaceholderBr(node)) return;
      if (closed) newLine();
      newLine();
      return;
    }
    const block = BLOCK_TAGS.has(node.tagName);
    if (block && (closed || lines[lines.length - 1] !== '')) newLine();
    for (const child of node.childNodes) visit(child);
    if (block) closed = true;
  };

  for (const child of root.childNodes) visit(child);
  return normalizeNewlines(lines.join('\n'));
}
