import { t } from '../../i18n/t';
import { type Rule, warning } from '../input';
import { splitLines } from '../tokenizer';
import type { Span } from '../types';

/** A paragraph this long is a block however it is punctuated. */
const MAX_PARAGRAPH_CHARS = 600;
/** More sentences than this in one paragraph of at least DENSE_CHARS reads as a block too. */
const MAX_PARAGRAPH_SENTENCES = 4;
const DENSE_CHARS = 550;
/** The long paragraph is the message when it holds at least two thirds of it. */
const BLOCK_SHARE = 1.5;
/** Even in short paragraphs, more sentences than this is more than a first message can carry: advice. */
const MAX_SENTENCES = 12;
/** A list item: "- ", "• ", "1. ", "2) ", "✅ ". A list is structure, not a wall. */
const BULLET = /[ \t]*(?:[-*•·▪►→–—✓✔☑+]|\d{1,2}[.)]|\p{Extended_Pictographic}\uFE0F?)[ \t]/uy;

function isBulletLine(text: string, lineStart: number): boolean {
  BULLET.lastIndex = lineStart;
  return BULLET.test(text);
}

/**
 * Long messages with long paragraphs or too many sentences (seed 003: a few sentences beat a wall of
 * text). Bullet lines are a list the eye can skim: they do not count as sentences.
 */
export const wallOfText: Rule = {
  id: 'wall-of-text',
  get title() {
    return t('rule_wall_of_text');
  },
  check(input) {
    const { surface } = input.context;
    if (surface !== 'message' && surface !== 'inmail-body' && surface !== 'post') return [];
    const severity = surface === 'post' ? 'info' : 'warn';
    const { text } = input;
    const wall = longParagraph(text, input.sentences);
    // A long paragraph among others is advice; the message itself one block (most of it) is a wall.
    if (wall) {
      const block = (wall.end - wall.start) * BLOCK_SHARE >= text.trim().length;
      return [
        warning('wall-of-text', block ? severity : 'info', t('draft_wall_paragraph'), 'wallOfText', wall),
      ];
    }
    // Many short paragraphs are not a wall; a long message is too-long's to judge. Only advice here.
    if (surface === 'post' || input.sentences.length <= MAX_SENTENCES) return [];
    let count = 0;
    for (const s of input.sentences) {
      const lineStart = text.lastIndexOf('\n', s.start - 1) + 1;
      if (!isBulletLine(text, lineStart)) count++;
    }
    if (count <= MAX_SENTENCES) return [];
    return [warning('wall-of-text', 'info', t('draft_wall_sentences', { count }), 'wallOfText')];
  },
};

/** The first line-delimited paragraph over 600 characters, or over 550 with more than 4 sentences. */
function longParagraph(text: string, sentences: readonly Span[]): Span | null {
  let si = 0;
  for (const line of splitLines(text)) {
    let n = 0;
    while (si < sentences.length && (sentences[si] as Span).start < line.end) {
      if ((sentences[si] as Span).end > line.start) n++;
      si++;
    }
    const chars = line.end - line.start;
    if ((n > MAX_PARAGRAPH_SENTENCES && chars >= DENSE_CHARS) || chars > MAX_PARAGRAPH_CHARS) {
      const start =
        line.start +
        (text.slice(line.start, line.end).length - text.slice(line.start, line.end).trimStart().length);
      return { start, end: line.end };
    }
  }
  return null;
}
