import { describe, expect, it } from 'vitest';
import { principle } from '../../../tests/helpers/make.ts';
import type { Alignment, CellReading } from '../../schemas/derived.ts';
import { cellFingerprint } from './cell-fingerprint.ts';

const a: Alignment = {
  principle: 'd@1#x',
  version: 'd@1',
  topic: 't',
  origin: 'curated',
  position: 'must',
  override: 'none',
  stanceFrom: 'alignment',
  role: 'default',
  decisive: true,
  readingOf: '1',
};
const base: CellReading = {
  topic: 't',
  version: 'd@1',
  state: 'must',
  adjustableBy: [],
  provisional: false,
  pending: [],
  evidence: [0],
  decisive: [0],
  adjustments: [],
  scopes: [],
  seeAlso: [],
  suggested: [],
};
const p = principle({ id: 'x', version: 'd@1' });
const withHash = (hash: string) => principle({ id: 'x', version: 'd@1', quotes: [{ ...p.quotes[0]!, selector: { hash } }] });

describe('cellFingerprint(cell, alignments, principle)', () => {
  it('is the same for the same stance on the same words, in any version', () => {
    expect(cellFingerprint(base, [a], () => withHash('1111111111111111'))).toBe(
      cellFingerprint({ ...base, version: 'd@2' }, [{ ...a, principle: 'd@2#x' }], () => withHash('1111111111111111')),
    );
  });
  it('changes when the words change', () => {
    expect(cellFingerprint(base, [a], () => withHash('1111111111111111'))).not.toBe(cellFingerprint(base, [a], () => withHash('2222222222222222')));
  });
  it('changes when who may adjust the default changes', () => {
    const adjusted = {
      ...base,
      adjustableBy: ['operator' as const],
      adjustments: [{ by: 'operator' as const, direction: 'unstated' as const, basis: 'level' as const, evidence: [0] }],
    };
    expect(cellFingerprint(base, [a], () => p)).not.toBe(cellFingerprint(adjusted, [a], () => p));
  });
  it('changes when "fixed" becomes "not stated", and is the same as before for every other cell', () => {
    const fixed = cellFingerprint(base, [a], () => p);
    expect(cellFingerprint({ ...base, changeUnstated: true }, [a], () => p)).not.toBe(fixed);
    // Pinned: the fingerprint of a cell without the field is what it was before the field existed.
    expect(fixed).toMatchInlineSnapshot(`"fb02fbd9b936"`);
  });
});
