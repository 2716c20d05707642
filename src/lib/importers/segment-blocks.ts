import { splitSentences } from '../text/sentences.ts';
import type { Span, TextOfRecord } from '../text/text-of-record.ts';

// A line that starts a new block: a list item, a heading, or a numbered clause.
const BLOCK_START = /^\s*(?:[-*+•]\s+|\d+[.)]\s+|[a-z][.)]\s+|#{1,6}\s+|\(\w{1,3}\)\s+)/;

/**
 * Segments any text into sentences without assuming a markup: blocks are runs of non-blank lines,
 * and a list item, heading or numbered clause starts a new block, so a sentence never runs across
 * two items. The whole text is one section, "document".
 */
export function segmentBlocks(version: string, text: string, linesMatchFile: boolean): TextOfRecord {
  const sentences: Span[] = [];
  let block: Span | null = null;
  const flush = (): void => {
    if (block) sentences.push(...splitSentences(text, block.start, block.end));
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
