import { describe, expect, it } from 'vitest';
import { diffPairs } from './diff-pairs.ts';

describe('diffPairs', () => {
  it('pairs each version with the one before, and the first with the latest', () => {
    expect(diffPairs([{ versions: ['a', 'b', 'c'] }, { versions: ['x', 'y'] }, { versions: ['z'] }])).toEqual([
      ['a', 'b'],
      ['b', 'c'],
      ['a', 'c'],
      ['x', 'y'],
    ]);
  });
});
