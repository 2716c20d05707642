import { describe, expect, it } from 'vitest';
import { heatmapSvg } from './heatmap.ts';
import { timelineSvg } from './timeline.ts';

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
    expect(svg.match(/<rect class="hm /g)).toHaveLength(2);
    expect(svg).toContain('class="hm hm-must-not"');
    expect(svg).toContain('>◆</text>');
  });
  it('gives each square a text alternative and escapes labels', () => {
    expect(svg).toContain('<title>Topic &lt;one&gt; — Doc A: must not</title>');
    expect(svg).toContain('aria-labelledby="heatmap-title"');
  });
  it('links each square', () => expect(svg).toContain('href="/topics/t2/"'));
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
