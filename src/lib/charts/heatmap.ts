import { scaleBand } from 'd3-scale';
import type { CellState } from '../../schemas/derived.ts';
import { escapeHtml } from '../render/inline-markdown.ts';
import { stanceLabels } from '../view/stance-label.ts';
import { textWidth } from './text-width.ts';

export interface HeatmapInput {
  rows: readonly { id: string; label: string }[];
  columns: readonly { id: string; label: string }[];
  state: (row: string, column: string) => CellState;
  /** Link for a cell, if any (carried by the image map, see heatmapMap). */
  href?: (row: string, column: string) => string | undefined;
  title: string;
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

// The file's own colours (the site's tokens), light and dark, so that as an image it follows the reader's theme too.
const fileStyle =
  '<style>text{font:12px system-ui,sans-serif;fill:#16181d}.bg{fill:#ffffff}.hm{stroke:#ffffff}.hm-must{fill:#1b7a3d}.hm-should{fill:#7cc08f}.hm-may{fill:#9db8d8}.hm-should-not{fill:#eba46f}.hm-must-not{fill:#b32020}.hm-conflicting{fill:#d99a1a}.hm-silent{fill:#eef0f3}.hm-symbol{font-size:11px;fill:#0b0d10}.hm-symbol.on-dark{fill:#fff}' +
  '@media (prefers-color-scheme:dark){text{fill:#e9edf2}.bg{fill:#111418}.hm{stroke:#111418}.hm-may{fill:#6f8fb5}.hm-silent{fill:#232a33;stroke:#363e4a;stroke-width:.5px}}</style><rect class="bg" width="100%" height="100%"/>';

/**
 * The stance matrix as a picture drawn at build time, a file of its own shown as an image: one square
 * per cell, its state shown by colour and by its symbol, a silent one empty (so it reads without
 * colour), and a legend of the states. The squares of one state are one path and the symbols of one
 * row one text, so the picture stays a few hundred elements however many cells it has; the links are
 * the image map's (heatmapMap).
 */
export function heatmapSvg(input: HeatmapInput): string {
  const { rows, columns, state, title } = input;
  const layout = heatmapLayout(input);
  const { left, top, width, height, gridBottom } = layout;
  const { x, y } = grid(input, layout);
  const id = `heatmap-title-${Math.abs(hash(title))}`;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="heatmap" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${id}">`,
    `<title id="${id}">${escapeHtml(title)}</title>`,
    fileStyle,
  ];
  const squares = new Map<CellState, string[]>(states.map((s) => [s, []]));
  const box = (sx: number, sy: number): string => `M${sx} ${sy}h${CELL - 1}v${CELL - 1}h${1 - CELL}z`;
  // The symbols of one row, each glyph at its square's centre: one text per kind of ink.
  const symbols = (sy: number, cells: { s: CellState; sx: number }[]): string =>
    (['', ' on-dark'] as const)
      .map((ink) => {
        const here = cells.filter(({ s }) => s !== 'silent' && (s === 'must' || s === 'must-not' ? ' on-dark' : '') === ink);
        if (!here.length) return '';
        const xs = here.map(({ sx }) => sx + (CELL - 1) / 2).join(' ');
        return `<text class="hm-symbol${ink}" x="${xs}" y="${sy + CELL - 5}" text-anchor="middle" aria-hidden="true">${here.map(({ s }) => stanceLabels[s].symbol).join('')}</text>`;
      })
      .join('');
  for (const c of columns) {
    const cx = x(c.id)! + CELL / 2;
    parts.push(`<text class="col-label" transform="translate(${cx},${top - 6}) rotate(-60)">${escapeHtml(c.label)}</text>`);
  }
  const marks: string[] = [];
  for (const r of rows) {
    const sy = y(r.id)!;
    parts.push(`<text class="row-label" x="${left - 8}" y="${sy + CELL - 5}" text-anchor="end">${escapeHtml(r.label)}</text>`);
    const cells = columns.map((c) => ({ s: state(r.id, c.id), sx: x(c.id)! }));
    for (const { s, sx } of cells) squares.get(s)!.push(box(sx, sy));
    marks.push(symbols(sy, cells));
  }
  for (const [s, d] of squares) if (d.length) parts.push(`<path class="hm hm-${s}" d="${d.join('')}"/>`);
  parts.push(...marks);
  // The legend: each state once, square and word.
  let lx = 8;
  const ly = gridBottom + 16;
  parts.push(`<g class="legend" aria-label="Legend">`);
  for (const s of states) {
    parts.push(
      `<path class="hm hm-${s}" d="${box(lx, ly)}"/>`,
      symbols(ly, [{ s, sx: lx }]),
      `<text class="legend-label" x="${lx + 22}" y="${ly + CELL - 5}">${stanceLabels[s].text}</text>`,
    );
    lx += 22 + textWidth(stanceLabels[s].text, FONT) + 16;
  }
  parts.push('</g></svg>');
  return parts.join('');
}

/** Where each column's and row's squares start: the picture and its image map share them. */
function grid(input: Pick<HeatmapInput, 'rows' | 'columns'>, { left, top } = heatmapLayout(input)) {
  const x = scaleBand<string>()
    .domain(input.columns.map((c) => c.id))
    .range([left, left + input.columns.length * CELL]);
  const y = scaleBand<string>()
    .domain(input.rows.map((r) => r.id))
    .range([top, top + input.rows.length * CELL]);
  return { x, y };
}

/**
 * The links of the picture when it is shown as an image: one area per square, with the square's
 * accessible name, at the square's place. The image is drawn at its own size, so the coordinates hold.
 * An image map keeps the page light: its areas are links without boxes to lay out, where an inline
 * picture lays out a link, a square and a symbol per cell.
 */
export function heatmapMap(input: HeatmapInput, name: string): string {
  const { rows, columns, state, href } = input;
  const { x: xOf, y: yOf } = grid(input);
  const areas: string[] = [];
  rows.forEach((r) =>
    columns.forEach((c) => {
      const link = href?.(r.id, c.id);
      if (!link) return;
      const [x, y] = [xOf(c.id)!, yOf(r.id)!];
      const label = `${r.label}, ${c.label}: ${stanceLabels[state(r.id, c.id)].text}`;
      areas.push(`<area coords="${x},${y},${x + CELL - 1},${y + CELL - 1}" href="${escapeHtml(link)}" alt="${escapeHtml(label)}">`);
    }),
  );
  return `<map name="${escapeHtml(name)}">${areas.join('')}</map>`;
}

function hash(s: string): number {
  let h = 0;
  for (const ch of s) h = (h * 31 + ch.charCodeAt(0)) | 0;
  return h;
}
