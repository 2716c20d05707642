/**
 * The words of a text without its formatting: Markdown links reduced to their text, footnote markers,
 * emphasis and code marks dropped, and every run of punctuation, dashes and whitespace made one space.
 * Two texts with the same words-only form differ in formatting only.
 */
export function wordsOnly(text: string): string {
  return text
    .replace(/\[\^[^\]\s]+\]/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<\/?[a-z][^>]*>/gi, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** sameWords(a, b): whether two texts differ in formatting only (or not at all). */
export function sameWords(a: string, b: string): boolean {
  return a === b || wordsOnly(a) === wordsOnly(b);
}
