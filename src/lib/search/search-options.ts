import type { IFuseOptions } from 'fuse.js';

/** Length of the quote excerpt kept for matching. */
export const EXCERPT_LENGTH = 120;

/** Fields searched, with their weights: titles and keywords count most, the quote's start least. */
export const fieldWeights = { title: 4, keywords: 3, detail: 2, excerpt: 1 } as const;
export type SearchField = keyof typeof fieldWeights;

/**
 * fuse.js matches query words against the vocabulary (every word of the records, once each), so typos
 * are forgiven at a cost that grows with the number of distinct words, not with the length of the texts.
 * The index is built with these options and searched with them; both sides must agree.
 */
export const vocabularyFuseOptions: IFuseOptions<string> = {
  includeScore: true,
  threshold: 0.34,
  ignoreLocation: true,
  minMatchCharLength: 2,
};

const WORD = /[\p{L}\p{N}]+/gu;

/** Lowercase words of a text, two characters or more. */
export function searchWords(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []).filter((w) => w.length >= 2);
}

/** The word pattern, for finding word ranges in a text. */
export const wordPattern = (): RegExp => new RegExp(WORD.source, WORD.flags);
