import { describe, expect, it } from 'vitest';
import { verdictCounts } from './verdict-counts.ts';

describe('verdictCounts', () => {
  it('counts each verdict and the share judged correct', () => {
    const c = verdictCounts([{ verdict: 'correct' }, { verdict: 'correct' }, { verdict: 'debatable' }, { verdict: 'wrong' }]);
    expect(c).toEqual({ correct: 2, debatable: 1, wrong: 1, total: 4, correctShare: 50 });
  });
  it('gives a share of 0 for an empty list rather than dividing by zero', () => {
    expect(verdictCounts([]).correctShare).toBe(0);
  });
});
