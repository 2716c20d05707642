import { describe, expect, it } from 'vitest';
import { sameWords, wordsOnly } from './words-only.ts';

describe('wordsOnly(text)', () => {
  it('drops dashes, punctuation and spacing', () => expect(wordsOnly('Be honest — always,  and  kind.')).toBe('Be honest always and kind'));
  it('keeps a link’s text and drops its target and footnote markers', () => expect(wordsOnly('see [the rule](#rule)[^a1] here')).toBe('see the rule here'));
  it('drops emphasis and code marks', () => expect(wordsOnly('*never* do `that`')).toBe('never do that'));
});

describe('sameWords(a, b)', () => {
  it('treats an em dash replaced by a hyphen as formatting', () => expect(sameWords('safe — and sound', 'safe - and sound')).toBe(true));
  it('treats "should" becoming "must" as a change of words', () => expect(sameWords('It should stop.', 'It must stop.')).toBe(false));
  it('treats a changed letter case as a change of words', () => expect(sameWords('Do not lie', 'do not lie')).toBe(false));
});
