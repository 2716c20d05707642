import { describe, expect, it } from 'vitest';
import { principle } from '../../../tests/helpers/make.ts';
import type { Atlas } from '../../schemas/atlas.ts';
import { primaryDocuments } from './primary-documents.ts';
import { comparePairs } from './compare-pairs.ts';

describe('primaryDocuments(atlas)', () => {
  it('picks each lab’s behavior document whose latest version says most (ties: most principles), skipping policies', () => {
    const doc = (id: string, kind: string, versions: string[]) => ({ id, lab: id.split('/')[0]!, kind, versions });
    const atlas = {
      labs: [{ id: 'a' }, { id: 'b' }],
      documents: [doc('a/small', 'system-prompt', ['a/small@1']), doc('a/big', 'model-spec', ['a/big@1']), doc('b/policy', 'usage-policy', ['b/policy@1'])],
      cells: [],
      principles: [principle({ id: 'x', version: 'a/big@1' }), principle({ id: 'y', version: 'a/big@1' }), principle({ id: 'z', version: 'a/small@1' })],
    } as unknown as Atlas;
    expect(primaryDocuments(atlas)).toEqual(['a/big']);
    const said = {
      ...atlas,
      cells: [
        { topic: 't', version: 'a/small@1', state: 'may' },
        { topic: 'u', version: 'a/big@1', state: 'silent' },
      ],
    } as unknown as Atlas;
    expect(primaryDocuments(said)).toEqual(['a/small']);
  });
});

describe('comparePairs(items)', () => {
  it('lists every unordered pair once', () =>
    expect(comparePairs([1, 2, 3])).toEqual([
      [1, 2],
      [1, 3],
      [2, 3],
    ]));
});
