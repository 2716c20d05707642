import { describe, expect, it } from 'vitest';
import { principle } from '../../../tests/helpers/make.ts';
import { segmentBlocks } from '../importers/segment-blocks.ts';
import { quoteHashOf } from '../sources/hash.ts';
import { coveredSentences, sentenceDelta } from './sentence-changes.ts';

const doc = (text: string) => segmentBlocks('d@1', text, true);
const quoting = (text: string, words: string) =>
  principle({
    id: 'p',
    version: 'd@1',
    origin: 'editorial',
    quotes: [{ selector: { hash: quoteHashOf(words) }, text: words, start: text.indexOf(words), end: text.indexOf(words) + words.length, line: 1, origin: 'curated' }],
  });

describe('sentenceDelta(prev, next, coveredBefore)', () => {
  const v1 = 'Be kind. Be brief.';
  it('finds nothing new when no sentence was added and no covered one changed', () => {
    const covered = coveredSentences(doc(v1), [quoting(v1, 'Be kind.')]);
    expect(sentenceDelta(doc(v1), doc('Be kind.\n\nBe brief.'), covered)).toMatchObject({ added: [], coveredRemoved: [], nothingNew: true });
  });
  it('lists the sentences a version adds', () => {
    const d = sentenceDelta(doc(v1), doc('Be kind. Be brief. Never lie.'), new Set());
    expect(d.added.map((s) => s.hash)).toEqual([quoteHashOf('Never lie.')]);
    expect(d.nothingNew).toBe(false);
  });
  it('notices a covered sentence that changed, even with nothing added', () => {
    const covered = coveredSentences(doc(v1), [quoting(v1, 'Be kind.')]);
    expect(sentenceDelta(doc(v1), doc('Be brief.'), covered)).toMatchObject({ coveredRemoved: [quoteHashOf('Be kind.')], nothingNew: false });
  });
  it('counts every sentence of a first version as added', () => expect(sentenceDelta(undefined, doc(v1), new Set()).added).toHaveLength(2));
});

describe('coveredSentences(doc, principles)', () => {
  it('covers the sentences a quote touches, and no others', () => {
    const text = 'Be kind. Be brief. Never lie.';
    expect([...coveredSentences(doc(text), [quoting(text, 'Be brief.')])]).toEqual([quoteHashOf('Be brief.')]);
  });
});
