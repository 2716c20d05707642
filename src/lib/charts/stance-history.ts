import { scaleUtc } from 'd3-scale';
import type { CellState } from '../../schemas/derived.ts';
import { escapeHtml } from '../render/inline-markdown.ts';
import { stanceLabels } from '../view/stance-label.ts';
import { textWidth } from './text-width.ts';

/** One row of the strip: a document (on a topic page) or a topic (on a document page), its default per version. */
export interface HistoryRow {
  label: string;
  href?: string;
  /** Versions oldest first: from its date the default is `state`, until the next version. */
  versions: readonly { date: string; label: string; state: CellState; href: string }[];
}

export interface HistoryInput {
  rows: readonly HistoryRow[];
  title: string;
  /** The last day drawn (the build date), so the latest version's bar has a length. */
  until: string;
  /** "wide": labels left of the bars; "narrow" (phones): each label above its bar. */
  layout?: 'wide' | 'narrow';
}

const ROW = 22;
const BAR = 14;
const FONT = 12;
const AXIS = 22;
const day = 24 * 3600 * 1000;
const time = (d: string): number => Date.parse(`${d}T00:00:00Z`);

/** Where everything goes: the left margin sized from the longest row label, so none is clipped. */
export function historyLayout(
  rows: readonly Pick<HistoryRow, 'label'>[],
  layout: 'wide' | 'narrow' = 'wide',
): { left: number; width: number; height: number; row: number; labelAbove: boolean } {
  if (layout === 'narrow') return { left: 4, width: 340, height: AXIS + rows.length * (ROW + 16) + 8, row: ROW + 16, labelAbove: true };
  const left = Math.max(0, ...rows.map((r) => textWidth(r.label, FONT))) + 14;
  return { left, width: left + 560, height: AXIS + rows.length * ROW + 8, row: ROW, labelAbove: false };
}

/**
 * The default over time as a picture drawn at build time: per row, one bar per version, from its date
 * to the next version's, coloured (and titled) by the default it gives; each bar links to that version.
 * Bars never overlap, however close versions are; a version shorter than a pixel still gets one.
 */
export function stanceHistorySvg({ rows, title, until, layout = 'wide' }: HistoryInput): string {
  const { left, width, height, row, labelAbove } = historyLayout(rows, layout);
  const dates = rows.flatMap((r) => r.versions.map((v) => time(v.date)));
  const start = Math.min(...dates, time(until)) - 15 * day;
  const end = Math.max(...dates, time(until)) + day;
  const x = scaleUtc()
    .domain([new Date(start), new Date(end)])
    .range([left, width - 10]);
  const id = `history-${layout}-${Math.abs([...title].reduce((h, c) => (h * 31 + c.charCodeAt(0)) | 0, 7))}`;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="stance-history stance-history-${layout}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="group" aria-labelledby="${id}">`,
    `<title id="${id}">${escapeHtml(title)}</title>`,
  ];
  const ticks = x.ticks(Math.min(6, Math.max(2, Math.round((end - start) / (60 * day)))));
  let lastRight = -Infinity;
  for (const t of ticks) {
    const tx = x(t);
    const label = t.toISOString().slice(0, 7);
    const w = textWidth(label, FONT);
    parts.push(`<line class="tick" x1="${tx}" x2="${tx}" y1="${AXIS - 4}" y2="${height - 4}"/>`);
    // A tick label is drawn only where it neither overlaps the one before nor runs out of the picture.
    if (tx - w / 2 > lastRight + 6 && tx + w / 2 < width && tx - w / 2 > left) {
      parts.push(`<text class="tick-label" x="${tx}" y="${AXIS - 8}" text-anchor="middle">${label}</text>`);
      lastRight = tx + w / 2;
    }
  }
  rows.forEach((r, i) => {
    const y = AXIS + i * row + (labelAbove ? 16 : 0);
    const label = escapeHtml(r.label);
    const text = labelAbove
      ? `<text class="row-label" x="${left}" y="${y - 4}">${label}</text>`
      : `<text class="row-label" x="${left - 8}" y="${y + BAR - 2}" text-anchor="end">${label}</text>`;
    parts.push(r.href ? `<a href="${escapeHtml(r.href)}">${text}</a>` : text);
    let cursor = -Infinity;
    r.versions.forEach((v, j) => {
      // A bar starts where its version does, or just after the bar before (a very short version is still 2 px wide).
      const from = Math.max(x(new Date(time(v.date))), cursor);
      const next = r.versions[j + 1];
      const to = Math.max(next ? x(new Date(time(next.date))) : x(new Date(time(until))), from + 3);
      cursor = to;
      const name = `${r.label}, ${v.label}: ${stanceLabels[v.state].text}`;
      parts.push(
        `<a href="${escapeHtml(v.href)}" aria-label="${escapeHtml(name)}"><rect class="bar hm-${v.state}" x="${from.toFixed(1)}" y="${y}" width="${(to - from - 1).toFixed(1)}" height="${BAR}"/></a>`,
      );
    });
  });
  parts.push('</svg>');
  return parts.join('');
}
