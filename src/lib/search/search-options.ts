import type { IFuseOptions } from 'fuse.js';
import type { SearchRecord } from '../../schemas/search.ts';

/** Length of the quote excerpt kept for matching: long text makes fuzzy matching slow (linear in length). */
export const EXCERPT_LENGTH = 160;

/**
 * Fields matched fuzzily (typos forgiven), with their weights: titles and keywords. Fuzzy matching
 * costs time in proportion to the text scanned, so the longer fields (a topic's question, a summary,
 * a quote's start) are matched by whole words and word starts instead (see search-engine.ts).
 */
export const searchKeys = [
  { name: 'title', weight: 4 },
  { name: 'keywords', weight: 3 },
] as const;

/** The options the index is built with and searched with; both sides must agree. */
export const fuseOptions: IFuseOptions<SearchRecord> = {
  keys: searchKeys.map((k) => ({ name: k.name, weight: k.weight })),
  includeMatches: true,
  includeScore: true,
  threshold: 0.34,
  ignoreLocation: true,
  minMatchCharLength: 2,
};
