import { describe, expect, it } from 'vitest';
import type { CellState } from '../../schemas/derived.ts';
import { heatmapLayout, heatmapMap, heatmapSvg } from './heatmap.ts';
import { timelineSvg } from './timeline.ts';
import { historyLayout, stanceHistorySvg } from './stance-history.ts';

describe('heatmapSvg(input) and heatmapMap(input, name)', () => {
  const input = {
    rows: [
      { id: 't1', label: 'Topic <one>' },
      { id: 't2', label: 'Topic two' },
      { id: 't3', label: 'Topic three' },
    ],
    columns: [
      { id: 'a', label: 'Doc A' },
      { id: 'b', label: 'Doc B' },
    ],
    state: (r: string, c: string) => (r === 't1' ? 'must-not' : r === 't2' && c === 'b' ? 'should' : 'silent') as CellState,
    href: (r: string) => `/topics/${r}/`,
    title: 'Overview',
  };
  const svg = heatmapSvg(input);
  const grid = svg.slice(0, svg.indexOf('class="legend"'));
  const boxes = (state: string): number => (grid.match(new RegExp(`<path class="hm hm-${state}" d="([^"]*)"`))?.[1]?.match(/M/g) ?? []).length;
  it('draws one square per cell, the squares of one state as one path', () => {
    expect([boxes('must-not'), boxes('should'), boxes('silent')]).toEqual([2, 1, 3]);
    expect(grid.match(/<path /g)).toHaveLength(3);
  });
  it('puts a symbol on each square that is not silent, one text per row and ink', () => {
    // Row t1: two must-not squares, light ink on dark, one text with two glyphs at their squares' centres.
    expect(grid).toMatch(/<text class="hm-symbol on-dark" x="[\d.]+ [\d.]+" [^>]*>◆◆<\/text>/);
    expect(grid.match(/class="hm-symbol/g)).toHaveLength(2);
  });
  it('escapes labels and names itself', () => {
    expect(svg).toContain('>Topic &lt;one&gt;</text>');
    expect(svg).toMatch(/role="img" aria-labelledby="heatmap-title-\d+"/);
  });
  it('has a legend naming every state once', () => {
    const legend = svg.slice(svg.indexOf('class="legend"'));
    for (const word of ['must', 'should', 'may', 'should not', 'must not', 'conflicting', 'silent']) expect(legend).toContain(`>${word}</text>`);
  });
  it('carries its own colours, light and dark, so that as an image it follows the theme', () => {
    expect(svg).toContain('<style>');
    expect(svg).toMatch(/@media \(prefers-color-scheme:dark\)\{.*\.bg\{fill:#111418\}/);
  });
  it('gives every square a link with an accessible name in the image map, over the square', () => {
    const map = heatmapMap(input, 'm');
    const areas = [...map.matchAll(/<area coords="(\d+),(\d+),(\d+),(\d+)" href="([^"]+)" alt="([^"]+)">/g)];
    expect(areas).toHaveLength(6);
    expect(map).toMatch(/^<map name="m">/);
    expect(areas[0]![6]).toBe('Topic &lt;one&gt;, Doc A: must not');
    expect(areas[3]![5]).toBe('/topics/t2/');
    // The area of t2 × b sits where its square is drawn.
    const [, x1, y1, x2, y2] = areas[3]!.map(Number);
    const square = grid.match(/<path class="hm hm-should" d="M([\d.]+) ([\d.]+)h17v17/)!;
    expect([x1, y1, x2! - x1!, y2! - y1!]).toEqual([Number(square[1]), Number(square[2]), 17, 17]);
  });
  it('makes room for its longest labels: the left margin grows with the row labels', () => {
    const long = heatmapLayout({ rows: [{ id: 'r', label: 'A much longer topic title than the others' }], columns: [{ id: 'a', label: 'Doc' }] });
    const short = heatmapLayout({ rows: [{ id: 'r', label: 'Short' }], columns: [{ id: 'a', label: 'Doc' }] });
    expect(long.left).toBeGreaterThan(short.left + 150);
    const tall = heatmapLayout({ rows: [{ id: 'r', label: 'x' }], columns: [{ id: 'a', label: 'OpenAI: a document with a long name' }] });
    expect(tall.top).toBeGreaterThan(short.top + 100);
    expect(tall.width).toBeGreaterThan(tall.left + 18 + 100);
  });
});

describe('timelineSvg(input)', () => {
  const svg = timelineSvg({
    rows: [
      {
        label: 'Spec',
        versions: [
          { date: '2025-01-01', label: 'v1', href: '/v1/' },
          { date: '2025-06-01', label: 'v2', href: '/v2/' },
        ],
      },
    ],
    title: 'Versions',
  });
  it('places one linked mark per version, later versions further right', () => {
    const xs = [...svg.matchAll(/<circle class="mark" cx="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(xs).toHaveLength(2);
    expect(xs[1]).toBeGreaterThan(xs[0]!);
    expect(svg).toContain('href="/v2/"');
  });
});

describe('stanceHistorySvg(input)', () => {
  const svg = stanceHistorySvg({
    title: 'History',
    until: '2025-12-31',
    rows: [
      {
        label: 'OpenAI: Model Spec',
        versions: [
          { date: '2025-01-01', label: 'v1', state: 'should', href: '/v1/' },
          { date: '2025-01-02', label: 'v2', state: 'must', href: '/v2/' },
          { date: '2025-06-01', label: 'v3', state: 'silent', href: '/v3/' },
        ],
      },
    ],
  });
  const bars = [...svg.matchAll(/<rect class="bar hm-([a-z-]+)" x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/g)].map((m) => ({ state: m[1], x: Number(m[2]), w: Number(m[3]) }));
  it('draws one linked bar per version, coloured by its default, in date order without overlap', () => {
    expect(bars.map((b) => b.state)).toEqual(['should', 'must', 'silent']);
    for (let i = 1; i < bars.length; i++) expect(bars[i]!.x).toBeGreaterThanOrEqual(bars[i - 1]!.x + bars[i - 1]!.w);
    expect(svg).toContain('aria-label="OpenAI: Model Spec, v2: must"');
  });
  it('gives a version one day long a visible bar', () => expect(bars[0]!.w).toBeGreaterThanOrEqual(2));
  it('puts each label above its bar on phones, within a 340 px picture', () => {
    const narrow = stanceHistorySvg({
      title: 'H',
      until: '2025-12-31',
      layout: 'narrow',
      rows: [{ label: 'A long document name here', versions: [{ date: '2025-01-01', label: 'v1', state: 'may', href: '/' }] }],
    });
    expect(narrow).toContain('width="340"');
    expect(narrow).toMatch(/<text class="row-label" x="4" y="\d+">A long document name here<\/text>/);
  });
  it('sizes its left margin from the longest label', () => expect(historyLayout([{ label: 'x'.repeat(60) }]).left).toBeGreaterThan(historyLayout([{ label: 'x' }]).left + 300));
});
