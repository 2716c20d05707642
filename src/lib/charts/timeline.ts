import { extent } from 'd3-array';
import { scaleUtc } from 'd3-scale';
import { escapeHtml } from '../render/inline-markdown.ts';
import { textWidth } from './text-width.ts';

export interface TimelineInput {
  /** One row per document, with its dated versions. */
  rows: readonly { label: string; versions: readonly { date: string; label: string; href: string }[] }[];
  title: string;
}

/** A timeline of versions drawn at build time: one row per document, a linked mark per dated version. */
export function timelineSvg({ rows, title }: TimelineInput): string {
  const dates = rows.flatMap((r) => r.versions.map((v) => new Date(`${v.date}T00:00:00Z`)));
  const [min, max] = extent(dates) as [Date | undefined, Date | undefined];
  // Room for the longest row label, so none is clipped.
  const left = Math.max(0, ...rows.map((r) => textWidth(r.label, 12))) + 20;
  const width = Math.max(860, left + 480);
  const rowH = 28;
  const height = 40 + rows.length * rowH;
  const pad = 30 * 24 * 3600 * 1000;
  const x = scaleUtc()
    .domain([new Date((min ?? new Date(0)).getTime() - pad), new Date((max ?? new Date(0)).getTime() + pad)])
    .range([left, width - 20]);
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="timeline" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" aria-labelledby="timeline-title">`,
    `<title id="timeline-title">${escapeHtml(title)}</title>`,
  ];
  for (const tick of x.ticks(6)) {
    const tx = x(tick);
    parts.push(
      `<line class="tick" x1="${tx}" x2="${tx}" y1="20" y2="${height - 10}"/><text class="tick-label" x="${tx}" y="14" text-anchor="middle">${tick.toISOString().slice(0, 7)}</text>`,
    );
  }
  rows.forEach((r, i) => {
    const cy = 40 + i * rowH;
    parts.push(`<text class="row-label" x="${left - 10}" y="${cy + 4}" text-anchor="end">${escapeHtml(r.label)}</text>`);
    parts.push(`<line class="row-line" x1="${left}" x2="${width - 20}" y1="${cy}" y2="${cy}"/>`);
    for (const v of r.versions) {
      const cx = x(new Date(`${v.date}T00:00:00Z`));
      parts.push(
        `<a href="${escapeHtml(v.href)}"><circle class="mark" cx="${cx}" cy="${cy}" r="6"><title>${escapeHtml(`${r.label}: ${v.label} (${v.date})`)}</title></circle></a>`,
      );
    }
  });
  parts.push('</svg>');
  return parts.join('');
}
