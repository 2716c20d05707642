import { scaleBand } from 'd3-scale';
import type { CellState } from '../../schemas/derived.ts';
import { escapeHtml } from '../render/inline-markdown.ts';
import { stanceLabels } from '../view/stance-label.ts';

export interface HeatmapInput {
  rows: readonly { id: string; label: string }[];
  columns: readonly { id: string; label: string }[];
  state: (row: string, column: string) => CellState;
  /** Link for a cell, if any. */
  href?: (row: string, column: string) => string | undefined;
  title: string;
}

/**
 * The stance matrix as a small SVG drawn at build time: one square per cell, its state shown by a
 * class (colour) and by its symbol, so it reads without colour; each square has a text alternative.
 */
const CELL = 14;
const LEFT = 190;
const TOP = 120;

/** The picture's size in pixels for a number of rows and columns. */
export function heatmapSize(rows: number, columns: number): { width: number; height: number } {
  return { width: LEFT + columns * CELL + 10, height: TOP + rows * CELL + 10 };
}

export function heatmapSvg({ rows, columns, state, href, title }: HeatmapInput): string {
  const cell = CELL;
  const left = LEFT;
  const top = TOP;
  const x = scaleBand<string>()
    .domain(columns.map((c) => c.id))
    .range([left, left + columns.length * cell]);
  const y = scaleBand<string>()
    .domain(rows.map((r) => r.id))
    .range([top, top + rows.length * cell]);
  const { width, height } = heatmapSize(rows.length, columns.length);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="heatmap" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" aria-labelledby="heatmap-title">`,
    `<title id="heatmap-title">${escapeHtml(title)}</title>`,
    '<style>text{font:10px system-ui,sans-serif;fill:#1a1a1a}.hm{stroke:#fff}.hm-must{fill:#1b7a3d}.hm-should{fill:#7cc08f}.hm-may{fill:#c9c9c9}.hm-should-not{fill:#e8a0a0}.hm-must-not{fill:#b32020}.hm-conflicting{fill:#d99a1a}.hm-silent{fill:#eef0f3}.hm-symbol{font-size:9px;fill:#000}</style>',
    '<rect width="100%" height="100%" fill="#fff"/>',
  ];
  for (const c of columns) {
    const cx = x(c.id)! + cell / 2;
    parts.push(`<text class="col-label" transform="translate(${cx},${top - 6}) rotate(-60)">${escapeHtml(c.label)}</text>`);
  }
  for (const r of rows) {
    parts.push(`<text class="row-label" x="${left - 6}" y="${y(r.id)! + cell - 3}" text-anchor="end">${escapeHtml(r.label)}</text>`);
    for (const c of columns) {
      const s = state(r.id, c.id);
      const label = `${r.label} — ${c.label}: ${stanceLabels[s].text}`;
      const square =
        `<rect class="hm hm-${s}" x="${x(c.id)}" y="${y(r.id)}" width="${cell - 1}" height="${cell - 1}"><title>${escapeHtml(label)}</title></rect>` +
        `<text class="hm-symbol" x="${x(c.id)! + (cell - 1) / 2}" y="${y(r.id)! + cell - 4}" text-anchor="middle" aria-hidden="true">${stanceLabels[s].symbol}</text>`;
      const link = href?.(r.id, c.id);
      parts.push(link ? `<a href="${escapeHtml(link)}" aria-label="${escapeHtml(label)}">${square}</a>` : square);
    }
  }
  parts.push('</svg>');
  return parts.join('');
}
