import { diffArrays, diffWordsWithSpace } from 'diff';
import { splitSentences } from '../text/sentences.ts';
import { escapeHtml, renderInlineMarkdown } from './inline-markdown.ts';

/** One sentence of a text, with whether it is a list item (its bullet or number not part of the words). */
export interface Sentence {
  text: string;
  item: boolean;
}

/**
 * One row of a diff: a sentence the same on both sides, only before, only after, or changed (a
 * sentence replaced by a similar one, diffed word by word inside).
 */
export type DiffRow =
  | { kind: 'same'; before: Sentence; after: Sentence }
  | { kind: 'removed'; before: Sentence }
  | { kind: 'added'; after: Sentence }
  | { kind: 'changed'; before: Sentence; after: Sentence; words: { kind: 'same' | 'added' | 'removed'; text: string }[] };

const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+/;

/** A text as sentences, line by line: each list item's sentences marked, its bullet or number left out. */
export function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const line of text.split(/\n+/)) {
    const marker = LIST_ITEM.exec(line);
    const body = marker ? line.slice(marker[0].length) : line;
    for (const s of splitSentences(body, 0, body.length)) out.push({ text: body.slice(s.start, s.end), item: Boolean(marker) });
  }
  return out;
}

/** How alike two sentences are: the share of their words in common (0 to 1). */
export function similarity(a: string, b: string): number {
  const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];
  const wa = words(a);
  const wb = words(b);
  if (!wa.length || !wb.length) return 0;
  const count = new Map<string, number>();
  for (const w of wa) count.set(w, (count.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of wb) {
    const n = count.get(w) ?? 0;
    if (n > 0) {
      common++;
      count.set(w, n - 1);
    }
  }
  return (2 * common) / (wa.length + wb.length);
}

/** Sentences at least this alike are shown as one sentence changed, not one removed and one added. */
export const CHANGED_AT = 0.4;

/**
 * Diffs two texts by sentence (jsdiff's array diff over the sentences), then pairs each removed
 * sentence with the most alike added sentence of the same run, and diffs those pairs word by word.
 * Old and new words are never interleaved in one line: each side keeps its own sentence whole.
 */
export function diffTexts(before: string, after: string): DiffRow[] {
  const a = sentencesOf(before);
  const b = sentencesOf(after);
  const rows: DiffRow[] = [];
  let i = 0;
  let j = 0;
  let removed: Sentence[] = [];
  let added: Sentence[] = [];
  const flush = (): void => {
    // Pair greedily in order: each removed sentence with the first alike added one after the last paired.
    let from = 0;
    for (const r of removed) {
      const found = added.slice(from).findIndex((a) => similarity(r.text, a.text) >= CHANGED_AT);
      const best = found === -1 ? -1 : from + found;
      if (best === -1) {
        rows.push({ kind: 'removed', before: r });
        continue;
      }
      for (let k = from; k < best; k++) rows.push({ kind: 'added', after: added[k]! });
      const words = diffWordsWithSpace(r.text, added[best]!.text).map((c) => ({
        kind: c.added ? ('added' as const) : c.removed ? ('removed' as const) : ('same' as const),
        text: c.value,
      }));
      rows.push({ kind: 'changed', before: r, after: added[best]!, words });
      from = best + 1;
    }
    for (let k = from; k < added.length; k++) rows.push({ kind: 'added', after: added[k]! });
    removed = [];
    added = [];
  };
  for (const part of diffArrays(
    a.map((s) => `${s.item ? '• ' : ''}${s.text}`),
    b.map((s) => `${s.item ? '• ' : ''}${s.text}`),
  )) {
    const n = part.count ?? part.value.length;
    if (part.removed) {
      removed.push(...a.slice(i, i + n));
      i += n;
    } else if (part.added) {
      added.push(...b.slice(j, j + n));
      j += n;
    } else {
      flush();
      for (let k = 0; k < n; k++) rows.push({ kind: 'same', before: a[i + k]!, after: b[j + k]! });
      i += n;
      j += n;
    }
  }
  flush();
  return rows;
}

// Private-use characters mark where a changed run starts and ends while the Markdown is rendered.
const OPEN = '\uE000';
const CLOSE = '\uE001';

/**
 * One side of a changed sentence as HTML: its Markdown rendered (links, emphasis, code; footnote
 * markers removed) with the words only on this side wrapped in `tag`. Marks are closed and reopened
 * around Markdown's own tags, so the HTML always nests.
 */
export function renderSide(words: { kind: 'same' | 'added' | 'removed'; text: string }[], side: 'before' | 'after', anchorTitle?: (a: string) => string | undefined): string {
  const mine = side === 'before' ? 'removed' : 'added';
  const tag = side === 'before' ? 'del' : 'ins';
  const kept = words.filter((w) => w.kind === 'same' || w.kind === mine);
  // A space between two changed words belongs to the change: one mark, not two.
  const inside = (k: number): boolean => kept[k]!.kind === mine || (/^\s+$/.test(kept[k]!.text) && kept[k - 1]?.kind === mine && kept[k + 1]?.kind === mine);
  const marked = kept
    .map((w, k) => (inside(k) ? `${OPEN}${w.text}${CLOSE}` : w.text))
    .join('')
    .replaceAll(`${CLOSE}${OPEN}`, '');
  // The spaced triple dash reads as a dash, as in whole quotes, even where a mark touches it.
  const html = renderInlineMarkdown(marked.replace(/(\s|\uE000|\uE001)---(?=\s|\uE000|\uE001)/g, '$1—'), anchorTitle);
  let open = false;
  let out = '';
  for (const piece of html.split(/(<[^>]+>|\uE000|\uE001)/)) {
    if (piece === OPEN) {
      out += `<${tag}>`;
      open = true;
    } else if (piece === CLOSE) {
      out += `</${tag}>`;
      open = false;
    } else if (piece.startsWith('<') && open) out += `</${tag}>${piece}<${tag}>`;
    else out += piece;
  }
  return out.replace(new RegExp(`<${tag}>(\\s*)</${tag}>`, 'g'), '$1');
}

/** A sentence as HTML, whole (Markdown rendered, footnote markers removed). */
export function renderSentence(s: Sentence, anchorTitle?: (a: string) => string | undefined): string {
  return renderInlineMarkdown(s.text, anchorTitle);
}

/**
 * The diff as HTML: one row per sentence, the old words on the left and the new on the right (the
 * page stacks them on phones). Every word is escaped; only our own tags are added.
 */
export function renderDiffHtml(rows: readonly DiffRow[], anchorTitle?: (a: string) => string | undefined): string {
  const cell = (side: 'before' | 'after', s: Sentence | undefined, html: string): string =>
    s ? `<div class="d-${side}${s.item ? ' d-item' : ''}">${html}</div>` : `<div class="d-${side} d-none" aria-hidden="true"></div>`;
  const label = { same: 'unchanged', removed: 'removed', added: 'added', changed: 'changed' } as const;
  return rows
    .map((r) => {
      const before = r.kind === 'added' ? undefined : r.before;
      const after = r.kind === 'removed' ? undefined : r.after;
      const left = r.kind === 'changed' ? renderSide(r.words, 'before', anchorTitle) : before ? renderSentence(before, anchorTitle) : '';
      const right = r.kind === 'changed' ? renderSide(r.words, 'after', anchorTitle) : after ? renderSentence(after, anchorTitle) : '';
      const wrap = (tag: string, html: string): string => (r.kind === 'removed' || r.kind === 'added' ? `<${tag}>${html}</${tag}>` : html);
      return `<div class="d-row d-${r.kind}"><span class="visually-hidden">${label[r.kind]}: </span>${cell('before', before, wrap('del', left))}${cell('after', after, wrap('ins', right))}</div>`;
    })
    .join('');
}

/** Plain text of a rendered side (tags removed, entities decoded), for tests and accessible names. */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

export { escapeHtml };
