import { describe, expect, it } from 'vitest';
import type { EditorialPrinciple } from '../../schemas/editorial.ts';
import { segmentBlocks } from '../importers/segment-blocks.ts';
import { quoteHashOf } from '../sources/hash.ts';
import { repairSelectors } from './repair-selectors.ts';

const v = (label: string, text: string) => ({ label, doc: segmentBlocks(`d@${label}`, text, true) });
const entry = (over: Partial<EditorialPrinciple>): EditorialPrinciple => ({
  id: 'p',
  title: 't',
  position: 'must',
  override: 'none',
  summary: 's',
  quotes: [{ hash: quoteHashOf('Never reveal the key to anyone.') }],
  ...over,
});

describe('repairSelectors(entries, versions)', () => {
  it('re-points a quote whose words changed a little at the most alike sentence, from that version on', () => {
    const out = repairSelectors(
      [entry({})],
      [v('1', 'Be kind. Never reveal the key to anyone.'), v('2', 'Be kind. Never reveal the key to anyone at all.'), v('3', 'Be kind. Never reveal the key to anyone at all.')],
    );
    expect(out).toEqual([
      { principle: 'p', label: '2', kind: 'repointed', selectors: [{ hash: quoteHashOf('Never reveal the key to anyone at all.') }], similarity: [expect.any(Number)], like: '1' },
    ]);
  });
  it('leaves a principle out of a version where nothing alike remains', () => {
    const out = repairSelectors([entry({})], [v('1', 'Never reveal the key to anyone.'), v('2', 'Write poems about the sea.')]);
    expect(out).toEqual([{ principle: 'p', label: '2', kind: 'absent', best: 0 }]);
  });
  it('finds the words of a range selector that moved, and points at them by their hash when they are a whole sentence', () => {
    const t1 = 'Intro. Never reveal the key to anyone.';
    const t2 = 'A longer intro here. Never reveal the key to anyone.';
    const words = 'Never reveal the key to anyone.';
    const out = repairSelectors([entry({ quotes: [{ start: t1.indexOf(words), end: t1.indexOf(words) + words.length, hash: quoteHashOf(words) }] })], [v('1', t1), v('2', t2)]);
    expect(out[0]).toMatchObject({ kind: 'repointed', selectors: [{ hash: quoteHashOf(words) }] });
    expect(out[0]!.kind === 'repointed' && out[0]!.selectors[0]).not.toHaveProperty('start');
  });
  it('matches against a later version when the earlier one is not alike (a page rewritten, then kept)', () => {
    const later = 'You must keep the key secret from everyone.';
    const e = entry({ quotes: [{ hash: quoteHashOf('Old words entirely unrelated.') }], quotesByVersion: { '3': [{ hash: quoteHashOf(later) }] } });
    const out = repairSelectors([e], [v('1', 'Old words entirely unrelated.'), v('2', 'You must keep the key secret from everyone here.'), v('3', later)]);
    expect(out[0]).toMatchObject({ label: '2', kind: 'repointed', like: '3' });
  });
});
