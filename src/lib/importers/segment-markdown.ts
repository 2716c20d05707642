import { splitSentences } from '../text/sentences.ts';
import type { Span, TextOfRecord, TextSection } from '../text/text-of-record.ts';

const HEADING = /^(#{1,6})[ \t]+(.*?)[ \t]*(?:\{#([^\s}]+)([^}]*)\})?[ \t]*$/;
const FENCE = /^(```+|~~~+)/;
const LIST_MARKER = /^\s*(?:[-*+]|\d+\.)\s+/;

interface Line {
  start: number;
  /** End of the line's content, before the newline. */
  end: number;
  body: string;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    lines.push({ start, end, body: text.slice(start, end) });
    if (nl === -1) break;
    start = nl + 1;
  }
  return lines;
}

function parseAttrs(raw: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of raw.matchAll(/([a-z_]+)=([^\s}]+)/g)) attrs[m[1]!] = m[2]!;
  return attrs;
}

/**
 * Segments a Markdown text of record into sections at its headings (ignoring "#" lines inside fenced
 * code). In each section's own body it separates prose (split into sentences, list items one by one),
 * fenced examples with their "Example" label, and `!!! meta` commentary blocks (indented lines).
 */
export function segmentMarkdown(version: string, text: string): TextOfRecord {
  const lines = splitLines(text);
  const sections: TextSection[] = [];
  const stack: { level: number; title: string }[] = [];

  let current: {
    id: string;
    title: string;
    level: number;
    attrs: Record<string, string>;
    line: number;
    titleSpan: Span;
    path: string[];
    sentences: Span[];
    examples: { label: Span | null; block: Span; line: number }[];
    commentary: Span[];
  } | null = null;
  let paragraph: Span | null = null;
  let pendingLabel: Span | null = null;

  const flushParagraph = (): void => {
    if (paragraph && current) current.sentences.push(...splitSentences(text, paragraph.start, paragraph.end));
    paragraph = null;
  };
  const flushSection = (): void => {
    flushParagraph();
    if (current) sections.push(current);
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const fence = FENCE.exec(line.body);
    if (fence) {
      // A fenced block: an example when labelled, otherwise code; never prose.
      flushParagraph();
      const marker = fence[1]!;
      let j = i + 1;
      while (j < lines.length && !lines[j]!.body.startsWith(marker)) j++;
      const last = lines[Math.min(j, lines.length - 1)]!;
      current?.examples.push({ label: pendingLabel, block: { start: line.start, end: last.end }, line: i + 1 });
      pendingLabel = null;
      i = j;
      continue;
    }
    if (line.body.startsWith('!!! ')) {
      flushParagraph();
      let j = i + 1;
      while (j < lines.length && (lines[j]!.body.startsWith('    ') || lines[j]!.body.trim() === '')) j++;
      let k = j - 1;
      while (k > i && lines[k]!.body.trim() === '') k--;
      if (k > i) current?.commentary.push({ start: lines[i + 1]!.start, end: lines[k]!.end });
      i = j - 1;
      continue;
    }
    const heading = HEADING.exec(line.body);
    if (heading) {
      flushSection();
      pendingLabel = null;
      const level = heading[1]!.length;
      const title = heading[2]!;
      while (stack.length && stack[stack.length - 1]!.level >= level) stack.pop();
      const titleStart = line.start + line.body.indexOf(title, level);
      current = {
        id:
          heading[3] ??
          title
            .toLowerCase()
            .replace(/[^a-z0-9]+/g, '_')
            .replace(/^_|_$/g, ''),
        title,
        level,
        attrs: parseAttrs(heading[4] ?? ''),
        line: i + 1,
        titleSpan: { start: titleStart, end: titleStart + title.length },
        path: stack.map((s) => s.title),
        sentences: [],
        examples: [],
        commentary: [],
      };
      stack.push({ level, title });
      continue;
    }
    const trimmed = line.body.trim();
    if (trimmed === '') {
      flushParagraph();
      continue;
    }
    if (/^\*\*Example\*\*/.test(trimmed)) {
      flushParagraph();
      pendingLabel = { start: line.start + line.body.indexOf(trimmed), end: line.end };
      continue;
    }
    if (trimmed.startsWith('|') || /^\[\^[^\]]+\]:/.test(trimmed) || trimmed.startsWith('<!--')) {
      flushParagraph();
      continue;
    }
    const marker = LIST_MARKER.exec(line.body);
    if (marker) {
      // Each list item is its own unit, so a sentence never runs across items.
      flushParagraph();
      paragraph = { start: line.start + marker[0].length, end: line.end };
      continue;
    }
    if (paragraph) paragraph.end = line.end;
    else paragraph = { start: line.start + (line.body.length - line.body.trimStart().length), end: line.end };
  }
  flushSection();
  return { version, text, sections, linesMatchFile: true };
}
