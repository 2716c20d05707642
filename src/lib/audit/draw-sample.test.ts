import { describe, expect, it } from 'vitest';
import { drawSample, stratumOf, type Drawable } from './draw-sample.ts';

const cells: Drawable[] = [];
for (const lab of ['a', 'b', 'c']) for (let i = 0; i < (lab === 'a' ? 60 : 10); i++) cells.push({ key: `${lab}${i}`, lab, latest: i % 2 === 0, silent: i % 3 === 0 });

describe('drawSample(cells, size, seed)', () => {
  it('draws the same cells for the same seed, and other cells for another', () => {
    expect(drawSample(cells, 20, 7)).toEqual(drawSample(cells, 20, 7));
    expect(drawSample(cells, 20, 7)).not.toEqual(drawSample(cells, 20, 8));
  });
  it('draws exactly the size asked, without repeats', () => {
    const s = drawSample(cells, 20, 1);
    expect(s).toHaveLength(20);
    expect(new Set(s.map((c) => c.key)).size).toBe(20);
  });
  it('draws from every stratum that has cells, and more from larger ones', () => {
    const s = drawSample(cells, 30, 3);
    const strata = new Set(cells.map(stratumOf));
    expect(new Set(s.map(stratumOf))).toEqual(strata);
    expect(s.filter((c) => c.lab === 'a').length).toBeGreaterThan(s.filter((c) => c.lab === 'b').length);
  });
  it('takes every cell when the size is larger than the pool', () => expect(drawSample(cells.slice(0, 5), 50, 1)).toHaveLength(5));
});
