import { escapeHtml } from '../render/inline-markdown.ts';

/**
 * Marks the matched character ranges of a text: every part is escaped, so a quote that contains markup
 * shows as text, and only the <mark> elements are markup. Ranges are inclusive [start, end] pairs, as
 * fuse.js reports them; overlapping or unsorted ranges are merged.
 */
export function highlight(text: string, ranges: readonly (readonly [number, number])[]): string {
  const sorted = [...ranges].filter(([a, b]) => b >= a && a < text.length).sort((x, y) => x[0] - y[0]);
  const merged: [number, number][] = [];
  for (const [a, b] of sorted) {
    const last = merged[merged.length - 1];
    if (last && a <= last[1] + 1) last[1] = Math.max(last[1], b);
    else merged.push([a, Math.min(b, text.length - 1)]);
  }
  let html = '';
  let at = 0;
  for (const [a, b] of merged) {
    html += escapeHtml(text.slice(at, a)) + `<mark>${escapeHtml(text.slice(a, b + 1))}</mark>`;
    at = b + 1;
  }
  return html + escapeHtml(text.slice(at));
}
