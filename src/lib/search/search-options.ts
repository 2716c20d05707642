import type { IFuseOptions } from 'fuse.js';

/**
 * Fields searched, with their weights: names and titles first, then a topic's keywords and the titles
 * of a principle's topics, then a principle's section titles, then our summaries and questions, then
 * the keywords of a principle's topics (so "bioweapon" finds the principles on that topic), divided by
 * the square root of how many topics the principle is linked to: a rule on a wide class (any crime)
 * carries each topic's keywords more weakly than a rule about that one topic. The quotes and whole
 * texts are searched apart (Pagefind), and show below these.
 */
export const fieldWeights = { title: 5, keywords: 4, section: 3, detail: 2, topicKeywords: 1.5 } as const;
export type SearchField = keyof typeof fieldWeights;

/**
 * fuse.js matches a query word against the vocabulary (every stem of the records, once each) only when
 * the word matches nothing whole or as a prefix: typos are forgiven, but "harm" never drags in
 * "itself" and "bioweapon" never "cyberweapons".
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

/** Words too common to rank by; dropped from a query unless it has nothing else. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  'an and are as at be by can do does for from how in into is it its of on or the to was what when which who will with'.split(' '),
);

const VOWEL = /[aeiouy]/;

/**
 * A light English stemmer, the same for the index and the query: plural and verb endings and a few
 * derivational suffixes go, so "weapons" finds "weapon" and "politically" finds "political", while a
 * stem keeps at least three letters and a vowel ("harm" stays "harm"; "itself" is never "self").
 */
export function stem(word: string): string {
  let w = word;
  const strip = (suffix: string, min = 3, add = ''): boolean => {
    if (!w.endsWith(suffix)) return false;
    const rest = w.slice(0, -suffix.length);
    if (rest.length < min || !VOWEL.test(rest)) return false;
    w = rest + add;
    return true;
  };
  // The first suffix of each list that applies goes; the rest are not tried.
  const first = (...tries: (() => boolean)[]): boolean => tries.some((t) => t());
  first(
    () => strip('ies', 3, 'y'),
    () => strip('sses', 2, 'ss'),
    () => !/(ss|us|is)$/.test(w) && strip('s'),
  );
  if (strip('ing') || strip('ed')) {
    // "stopping" → "stop"; "making" → "mak" (and "make" → "mak" below), so both meet.
    if (/([bdfgmnprt])\1$/.test(w)) w = w.slice(0, -1);
  }
  first(
    () => strip('ally', 4, 'al'),
    () => strip('ly', 4),
    () => strip('ness', 4),
    () => strip('ful', 4),
    () => strip('ment', 4),
    () => strip('ers', 5),
    () => strip('er', 5),
  );
  strip('e', 3);
  return w;
}
