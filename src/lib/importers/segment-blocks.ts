import { splitSentences } from '../text/sentences.ts';
import type { Span, TextOfRecord } from '../text/text-of-record.ts';

// A line that starts a new block: a list item, a heading, or a numbered clause.
const BLOCK_START = /^\s*(?:[-*+•]\s+|\d+[.)]\s+|[a-z][.)]\s+|#{1,6}\s+|\(\w{1,3}\)\s+)/;

// Template syntax (Jinja, as in xAI's .j2 prompts): tags, expressions and comments are not the prompt's words.
const TEMPLATE = /\{%[\s\S]*?%\}|\{\{[\s\S]*?\}\}|\{#[\s\S]*?#\}/g;

/** Where template tags sit in a text, in order. */
export function templateSpans(text: string): Span[] {
  return [...text.matchAll(TEMPLATE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/**
 * Segments any text into sentences without assuming a markup: blocks are runs of non-blank lines,
 * and a list item, heading or numbered clause starts a new block, so a sentence never runs across
 * two items. Template tags split blocks and are never part of a sentence, so a quote selects the words
 * between them. The whole text is one section, "document".
 */
export function segmentBlocks(version: string, text: string, linesMatchFile: boolean, options: { splitAtTemplateTags?: boolean } = {}): TextOfRecord {
  const sentences: Span[] = [];
  const tags = options.splitAtTemplateTags === false ? [] : templateSpans(text);
  let block: Span | null = null;
  const flush = (): void => {
    if (block) {
      let from = block.start;
      for (const t of tags) {
        if (t.end <= from || t.start >= block.end) continue;
        if (t.start > from) sentences.push(...splitSentences(text, from, t.start));
        from = Math.max(from, t.end);
      }
      if (from < block.end) sentences.push(...splitSentences(text, from, block.end));
    }
    block = null;
  };
  let start = 0;
  while (start <= text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    const line = text.slice(start, end);
    if (line.trim() === '') flush();
    else {
      const marker = BLOCK_START.exec(line);
      if (marker) {
        flush();
        block = { start: start + marker[0].length, end };
      } else if (block) block.end = end;
      else block = { start, end };
    }
    if (nl === -1) break;
    start = nl + 1;
  }
  flush();
  return {
    version,
    text,
    linesMatchFile,
    sections: [{ id: 'document', title: '', level: 0, attrs: {}, line: 1, titleSpan: { start: 0, end: 0 }, path: [], sentences, examples: [], commentary: [] }],
  };
}
