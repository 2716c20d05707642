import { describe, expect, it } from 'vitest';
import type { Atlas } from '../../schemas/atlas.ts';
import { matrixColumns } from './matrix-columns.ts';

const doc = (id: string, kind: string) => ({ id, lab: id.split('/')[0]!, kind, versions: [`${id}@1`] });
const cells = (version: string, said: number, silent = 2) => [
  ...Array.from({ length: said }, (_, i) => ({ topic: `t${i}`, version, state: 'must' })),
  ...Array.from({ length: silent }, (_, i) => ({ topic: `s${i}`, version, state: 'silent' })),
];
const atlas = {
  labs: [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
  documents: [
    doc('a/prompt-1', 'system-prompt'),
    doc('a/prompt-2', 'system-prompt'),
    doc('b/spec', 'model-spec'),
    doc('b/policy', 'usage-policy'),
    doc('c/policy', 'usage-policy'),
  ],
  principles: [],
  cells: [...cells('a/prompt-1@1', 2), ...cells('a/prompt-2@1', 3), ...cells('b/spec@1', 9, 0), ...cells('b/policy@1', 1), ...cells('c/policy@1', 4)],
} as unknown as Atlas;

describe('matrixColumns', () => {
  it('shows one column per lab by default, its document that says most, labs in order of how much it says', () => {
    expect(matrixColumns(atlas, 'behavior')).toEqual([
      { lab: 'b', columns: [{ doc: 'b/spec', version: 'b/spec@1', readings: 9, main: true }] },
      { lab: 'a', columns: [{ doc: 'a/prompt-2', version: 'a/prompt-2@1', readings: 3, main: true }] },
    ]);
  });

  it('shows every behavior document of a lab under its heading when asked, main first', () => {
    const a = matrixColumns(atlas, 'behavior', true).find((g) => g.lab === 'a')!;
    expect(a.columns.map((c) => [c.doc, c.main])).toEqual([
      ['a/prompt-2', true],
      ['a/prompt-1', false],
    ]);
  });

  it('shows every policy in the policies view, never a behavior document', () => {
    expect(matrixColumns(atlas, 'policies').map((g) => [g.lab, g.columns.map((c) => c.doc)])).toEqual([
      ['c', ['c/policy']],
      ['b', ['b/policy']],
    ]);
  });
});
