import { scaleBand } from 'd3-scale';
import type { CellState } from '../../schemas/derived.ts';
import { escapeHtml } from '../render/inline-markdown.ts';
import { stanceLabels } from '../view/stance-label.ts';
import { textWidth } from './text-width.ts';

export interface HeatmapInput {
  rows: readonly { id: string; label: string }[];
  columns: readonly { id: string; label: string }[];
  state: (row: string, column: string) => CellState;
  /** Link for a cell, if any. */
  href?: (row: string, column: string) => string | undefined;
  title: string;
  /** A file of its own (its colours inside it), or drawn into a page (colours from the page's tokens, so it follows the theme). */
  standalone?: boolean;
}

const CELL = 18;
const FONT = 12;
const ANGLE = Math.PI / 3; // column labels rise at 60°
const LEGEND_H = 44;
const states: CellState[] = ['must', 'should', 'may', 'should-not', 'must-not', 'conflicting', 'silent'];

/** Where everything goes: margins sized from the labels, so no label is clipped. */
export function heatmapLayout(input: Pick<HeatmapInput, 'rows' | 'columns'>): { left: number; top: number; width: number; height: number; gridBottom: number } {
  const left = Math.max(0, ...input.rows.map((r) => textWidth(r.label, FONT))) + 12;
  const colW = input.columns.map((c) => textWidth(c.label, FONT));
  const top = Math.ceil(Math.max(0, ...colW) * Math.sin(ANGLE)) + 16;
  const gridRight = left + input.columns.length * CELL;
  const labelsRight = Math.max(0, ...colW.map((w, i) => left + i * CELL + CELL / 2 + w * Math.cos(ANGLE)));
  const legendRight = 8 + states.reduce((x, s) => x + 22 + textWidth(stanceLabels[s].text, FONT) + 16, 0);
  const width = Math.ceil(Math.max(gridRight, labelsRight, legendRight)) + 10;
  const gridBottom = top + input.rows.length * CELL;
  return { left, top, width, height: gridBottom + LEGEND_H, gridBottom };
}

const standaloneStyle =
  '<style>text{font:12px system-ui,sans-serif;fill:#16181d}.hm{stroke:#fff}.hm-must{fill:#1b7a3d}.hm-should{fill:#7cc08f}.hm-may{fill:#9db8d8}.hm-should-not{fill:#eba46f}.hm-must-not{fill:#b32020}.hm-conflicting{fill:#d99a1a}.hm-silent{fill:#eef0f3}.hm-symbol{font-size:11px;fill:#0b0d10}.hm-symbol.on-dark{fill:#fff}.hm-symbol-silent{fill:#555d69}</style><rect width="100%" height="100%" fill="#fff"/>';

/**
 * The stance matrix as a picture drawn at build time: one square per cell, its state shown by colour
 * and by its symbol, a silent one empty (so it reads without colour), each square a link with an accessible name, and a
 * legend of the states.
 */
export function heatmapSvg(input: HeatmapInput): string {
  const { rows, columns, state, href, title, standalone = false } = input;
  const { left, top, width, height, gridBottom } = heatmapLayout(input);
  const x = scaleBand<string>()
    .domain(columns.map((c) => c.id))
    .range([left, left + columns.length * CELL]);
  const y = scaleBand<string>()
    .domain(rows.map((r) => r.id))
    .range([top, top + rows.length * CELL]);
  const id = `heatmap-title-${Math.abs(hash(title))}`;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="heatmap" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="group" aria-labelledby="${id}">`,
    `<title id="${id}">${escapeHtml(title)}</title>`,
    standalone ? standaloneStyle : '',
  ];
  // A silent square is left empty: most squares are silent, and an empty one reads as such without colour too.
  const square = (s: CellState, sx: number, sy: number, label?: string): string =>
    `<rect class="hm hm-${s}" x="${sx}" y="${sy}" width="${CELL - 1}" height="${CELL - 1}">${label ? `<title>${escapeHtml(label)}</title>` : ''}</rect>` +
    (s === 'silent'
      ? ''
      : `<text class="hm-symbol hm-symbol-${s}${s === 'must' || s === 'must-not' ? ' on-dark' : ''}" x="${sx + (CELL - 1) / 2}" y="${sy + CELL - 5}" text-anchor="middle" aria-hidden="true">${stanceLabels[s].symbol}</text>`);
  for (const c of columns) {
    const cx = x(c.id)! + CELL / 2;
    parts.push(`<text class="col-label" transform="translate(${cx},${top - 6}) rotate(-60)">${escapeHtml(c.label)}</text>`);
  }
  for (const r of rows) {
    parts.push(`<text class="row-label" x="${left - 8}" y="${y(r.id)! + CELL - 5}" text-anchor="end">${escapeHtml(r.label)}</text>`);
    for (const c of columns) {
      const s = state(r.id, c.id);
      const label = `${r.label}, ${c.label}: ${stanceLabels[s].text}`;
      const link = href?.(r.id, c.id);
      parts.push(link ? `<a href="${escapeHtml(link)}" aria-label="${escapeHtml(label)}">${square(s, x(c.id)!, y(r.id)!)}</a>` : square(s, x(c.id)!, y(r.id)!, label));
    }
  }
  // The legend: each state once, square and word.
  let lx = 8;
  const ly = gridBottom + 16;
  parts.push(`<g class="legend" aria-label="Legend">`);
  for (const s of states) {
    parts.push(square(s, lx, ly), `<text class="legend-label" x="${lx + 22}" y="${ly + CELL - 5}">${stanceLabels[s].text}</text>`);
    lx += 22 + textWidth(stanceLabels[s].text, FONT) + 16;
  }
  parts.push('</g></svg>');
  return parts.join('');
}

function hash(s: string): number {
  let h = 0;
  for (const ch of s) h = (h * 31 + ch.charCodeAt(0)) | 0;
  return h;
}
