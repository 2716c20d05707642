import { describe, expect, it } from 'vitest';
import { heatmapLayout, heatmapSvg } from './heatmap.ts';
import { timelineSvg } from './timeline.ts';
import { historyLayout, stanceHistorySvg } from './stance-history.ts';

describe('heatmapSvg(input)', () => {
  const svg = heatmapSvg({
    rows: [
      { id: 't1', label: 'Topic <one>' },
      { id: 't2', label: 'Topic two' },
    ],
    columns: [{ id: 'a', label: 'Doc A' }],
    state: (r) => (r === 't1' ? 'must-not' : 'silent'),
    href: (r) => `/topics/${r}/`,
    title: 'Overview',
  });
  it('draws one square per cell with its state as a class and a symbol', () => {
    const grid = svg.slice(0, svg.indexOf('class="legend"'));
    expect(grid.match(/<rect class="hm /g)).toHaveLength(2);
    expect(svg).toContain('class="hm hm-must-not"');
    expect(svg).toContain('>◆</text>');
    // A silent square carries no symbol: it is the empty one.
    expect(grid.match(/class="hm-symbol /g)).toHaveLength(1);
  });
  it('names each linked square and escapes labels', () => {
    expect(svg).toContain('aria-label="Topic &lt;one&gt;, Doc A: must not"');
    expect(svg).toMatch(/aria-labelledby="heatmap-title-\d+"/);
  });
  it('links each square', () => expect(svg).toContain('href="/topics/t2/"'));
  it('has a legend naming every state once', () => {
    const legend = svg.slice(svg.indexOf('class="legend"'));
    for (const word of ['must', 'should', 'may', 'should not', 'must not', 'conflicting', 'silent']) expect(legend).toContain(`>${word}</text>`);
  });
  it('makes room for its longest labels: the left margin grows with the row labels', () => {
    const long = heatmapLayout({ rows: [{ id: 'r', label: 'A much longer topic title than the others' }], columns: [{ id: 'a', label: 'Doc' }] });
    const short = heatmapLayout({ rows: [{ id: 'r', label: 'Short' }], columns: [{ id: 'a', label: 'Doc' }] });
    expect(long.left).toBeGreaterThan(short.left + 150);
    const tall = heatmapLayout({ rows: [{ id: 'r', label: 'x' }], columns: [{ id: 'a', label: 'OpenAI: a document with a long name' }] });
    expect(tall.top).toBeGreaterThan(short.top + 100);
    expect(tall.width).toBeGreaterThan(tall.left + 18 + 100);
  });
  it('carries its own colours only as a file of its own; in a page it takes the theme’s', () => {
    expect(svg).not.toContain('<style>');
    expect(heatmapSvg({ rows: [], columns: [], state: () => 'silent', title: 'x', standalone: true })).toContain('<style>');
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
