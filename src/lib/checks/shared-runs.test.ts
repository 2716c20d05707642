import { describe, expect, it } from 'vitest';
import { sharedRuns, wordRuns, words } from './shared-runs.ts';

describe('words(text)', () => {
  it('lowercases and ignores markup and punctuation', () => expect(words('The *model* — doesn’t [^x1]!')).toEqual(['the', 'model', 'doesn', 't', 'x1']));
});

describe('sharedRuns(text, wordRuns(sources, n), n)', () => {
  const source = 'one two three four five six seven eight nine ten eleven twelve thirteen';
  const runs = wordRuns([source], 12);
  it('finds a run of 12 words copied from a source, whatever the markup around it', () => {
    expect(sharedRuns('intro: **One two three** four five six seven eight nine ten eleven, twelve. end', runs, 12)).toEqual([
      'one two three four five six seven eight nine ten eleven twelve',
    ]);
  });
  it('finds nothing when only 11 words in a row are shared', () => {
    expect(sharedRuns('one two three four five six seven eight nine ten eleven zzz', runs, 12)).toEqual([]);
  });
});
