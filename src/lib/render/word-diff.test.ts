import { describe, expect, it } from 'vitest';
import { diffWords } from './word-diff.ts';

describe('diffWords(before, after)', () => {
  it('marks replaced words as removed and added, keeping the rest', () => {
    expect(diffWords('the model must not lie', 'the model should not lie')).toEqual([
      { kind: 'same', text: 'the model ' },
      { kind: 'removed', text: 'must' },
      { kind: 'added', text: 'should' },
      { kind: 'same', text: ' not lie' },
    ]);
  });
  it('rebuilds both texts from its parts', () => {
    const before = 'One two three. Four five.';
    const after = 'One three. Four and five. Six.';
    const parts = diffWords(before, after);
    expect(
      parts
        .filter((p) => p.kind !== 'added')
        .map((p) => p.text)
        .join(''),
    ).toBe(before);
    expect(
      parts
        .filter((p) => p.kind !== 'removed')
        .map((p) => p.text)
        .join(''),
    ).toBe(after);
  });
  it('returns one same part for equal texts, and one part for an empty side', () => {
    expect(diffWords('a b', 'a b')).toEqual([{ kind: 'same', text: 'a b' }]);
    expect(diffWords('', 'new text')).toEqual([{ kind: 'added', text: 'new text' }]);
  });
});
