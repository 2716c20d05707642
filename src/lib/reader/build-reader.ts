import { escapeHtml, renderInlineMarkdown } from '../render/inline-markdown.ts';
import { splitSentences } from '../text/sentences.ts';

/** A principle as the reader marks it: where its quotes sit, and what a note beside them links to. */
export interface ReaderPrinciple {
  id: string;
  title: string;
  /** Where the principle's page entry is. */
  href: string;
  /** Its stance in words, e.g. "must not · user may override". */
  stance: string;
  /** Its topics: title and page. */
  topics: readonly { title: string; href: string }[];
  /** Character ranges [start, end) of its quotes in the text. */
  quotes: readonly { start: number; end: number }[];
}

/** One page of a reader: a top-level section of a long text, or the whole of a short one. */
export interface ReaderPart {
  /** "" for the first page, else the section's anchor. */
  slug: string;
  title: string;
  /** The rendered text: escaped, with headings, sentence anchors (s-N) and principle marks. */
  html: string;
  /** Characters of the text on this page. */
  chars: number;
}

export interface ReaderText {
  parts: ReaderPart[];
  /** For each heading anchor, the slug of the page it is on. */
  anchorPart: Map<string, string>;
  /** For each sentence (by number), the slug of the page it is on. */
  sentencePart: string[];
}

/** Texts longer than this are cut into one page per top-level section, so each page stays light. */
export const SPLIT_ABOVE_CHARS = 60_000;
/** A long text without headings to cut at is cut between sentences, into pages of about this size. */
export const PAGE_CHARS = 40_000;

const FENCE = /^\s*(```|~~~)/;
const HEADING = /^(#{1,6})\s+(.*?)\s*(?:\{#([^}\s]+)[^}]*\})?\s*$/;
// A line that starts a block of its own (as segment-blocks reads texts): list items, numbered clauses.
const BLOCK_START = /^\s*(?:[-*+•]\s+|\d+[.)]\s+|[a-z][.)]\s+|\(\w{1,3}\)\s+)/;

const slugify = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '') || 'section';

interface Block {
  kind: 'heading' | 'code' | 'prose';
  start: number;
  end: number;
  level?: number;
  id?: string;
  title?: string;
}

/** The text's blocks in order: headings (outside fences), fenced code, and runs of prose lines. */
function blocksOf(text: string): Block[] {
  const blocks: Block[] = [];
  let prose: Block | null = null;
  let fence: { marker: string; start: number } | null = null;
  const used = new Set<string>();
  const flush = (): void => {
    if (prose) blocks.push(prose);
    prose = null;
  };
  for (let at = 0; at <= text.length;) {
    const nl = text.indexOf('\n', at);
    const end = nl === -1 ? text.length : nl;
    const line = text.slice(at, end);
    if (fence) {
      if (line.trim().startsWith(fence.marker)) {
        blocks.push({ kind: 'code', start: fence.start, end });
        fence = null;
      }
    } else if (FENCE.test(line)) {
      flush();
      fence = { marker: FENCE.exec(line)![1]!, start: at };
    } else if (HEADING.test(line)) {
      flush();
      const m = HEADING.exec(line)!;
      let id = m[3] ?? slugify(m[2]!);
      for (let k = 2; used.has(id); k++) id = `${m[3] ?? slugify(m[2]!)}-${k}`;
      used.add(id);
      blocks.push({ kind: 'heading', start: at, end, level: m[1]!.length, id, title: m[2]! });
    } else if (line.trim() === '') flush();
    else if (BLOCK_START.test(line) || !prose) {
      flush();
      prose = { kind: 'prose', start: at, end };
    } else prose.end = end;
    if (nl === -1) break;
    at = nl + 1;
  }
  if (fence) blocks.push({ kind: 'code', start: fence.start, end: text.length });
  flush();
  return blocks;
}

function noteHtml(p: ReaderPrinciple): string {
  const topics = p.topics.map((t) => `<a href="${escapeHtml(t.href)}">${escapeHtml(t.title)}</a>`).join(', ');
  return `<aside class="pnote" data-pagefind-ignore><a href="${escapeHtml(p.href)}">${escapeHtml(p.title)}</a> <span class="pnote-stance">${escapeHtml(p.stance)}</span>${topics ? ` <span class="pnote-topics">${topics}</span>` : ''}</aside>`;
}

/**
 * Renders a whole text of record for reading: every character of it shown (as escaped text with inline
 * Markdown), headings with their anchors, each prose sentence in an element with the anchor "s-N" (N
 * counts sentences through the whole text), sentences a principle quotes marked, and a note before the
 * first of them naming the principle, its stance and topics. A long text is cut at its top-level
 * headings into pages; anchors keep their names on whichever page they land.
 */
export function buildReader(text: string, principles: readonly ReaderPrinciple[], options: { splitAbove?: number; pageChars?: number } = {}): ReaderText {
  const blocks = blocksOf(text);
  const top = Math.min(...blocks.filter((b) => b.kind === 'heading').map((b) => b.level!), 7);
  const long = text.length > (options.splitAbove ?? SPLIT_ABOVE_CHARS);
  const split = long && blocks.filter((b) => b.kind === 'heading' && b.level === top).length > 1;
  // Without headings to cut at (a text on one line, say), a long text is cut between sentences.
  const bySize = long && !split ? (options.pageChars ?? PAGE_CHARS) : Infinity;
  // Where each principle's note goes: before the block that holds the start of its first quote.
  const notes = new Map<number, ReaderPrinciple[]>();
  const quoted: { start: number; end: number }[] = [];
  for (const p of principles) {
    const first = [...p.quotes].sort((a, b) => a.start - b.start)[0];
    if (!first) continue;
    quoted.push(...p.quotes);
    const i = blocks.findIndex((b) => b.end >= first.start);
    if (i >= 0) notes.set(i, [...(notes.get(i) ?? []), p]);
  }
  const isQuoted = (s: number, e: number): boolean => quoted.some((q) => q.start < e && q.end > s);

  const parts: ReaderPart[] = [];
  const anchorPart = new Map<string, string>();
  const sentencePart: string[] = [];
  let part: ReaderPart = { slug: '', title: '', html: '', chars: 0 };
  let pageStart = 0;
  blocks.forEach((b, i) => {
    if (split && b.kind === 'heading' && b.level === top && (part.html || parts.length)) {
      parts.push(part);
      part = { slug: b.id!, title: b.title!, html: '', chars: 0 };
      pageStart = b.start;
    }
    if (!part.title && b.kind === 'heading') part.title = b.title!;
    for (const p of notes.get(i) ?? []) part.html += noteHtml(p);
    part.chars += b.end - b.start;
    if (b.kind === 'heading') {
      anchorPart.set(b.id!, part.slug);
      const h = Math.min(6, b.level! - top + 2);
      part.html += `<h${h} id="${escapeHtml(b.id!)}">${renderInlineMarkdown(b.title!)}</h${h}>`;
    } else if (b.kind === 'code') {
      part.html += `<pre class="reader-code">${escapeHtml(text.slice(b.start, b.end))}</pre>`;
    } else {
      let html = '';
      let at = b.start;
      for (const s of splitSentences(text, b.start, b.end)) {
        if (s.start - pageStart > bySize && html) {
          // Close the paragraph on this page and go on with it on the next.
          part.html += `<p>${html}${escapeHtml(text.slice(at, s.start))}</p>`;
          part.chars -= b.end - s.start;
          parts.push(part);
          const k = parts.length + 1;
          part = { slug: `part-${k}`, title: `Part ${k}`, html: '', chars: b.end - s.start };
          html = '';
          at = s.start;
          pageStart = s.start;
        }
        const n = sentencePart.length;
        sentencePart.push(part.slug);
        html += escapeHtml(text.slice(at, s.start));
        html += `<span id="s-${n}"${isQuoted(s.start, s.end) ? ' class="q"' : ''}>${renderInlineMarkdown(text.slice(s.start, s.end))}</span>`;
        at = s.end;
      }
      html += escapeHtml(text.slice(at, b.end));
      part.html += `<p>${html}</p>`;
    }
  });
  parts.push(part);
  return { parts, anchorPart, sentencePart };
}
