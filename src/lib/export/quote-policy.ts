/**
 * Licences that let anyone republish the text. Quotes from other sources (custom licences, or none
 * stated) are shown and published as short quotes with a link to the source.
 */
const OPEN = [/^CC0/i, /^CC-BY/i, /^MIT\b/i, /^Apache-2\.0/i, /^AGPL/i, /^GPL/i, /^BSD/i];

export function allowsRedistribution(licence: string): boolean {
  return OPEN.some((re) => re.test(licence.trim())) && !/unverified|probable/i.test(licence);
}

/** The most words a short quote keeps. */
export const SHORT_QUOTE_WORDS = 40;

/** The first `max` words of a quote, verbatim, with an ellipsis when cut. */
export function shortQuote(text: string, max = SHORT_QUOTE_WORDS): { text: string; shortened: boolean } {
  const words = text.match(/\S+\s*/g) ?? [];
  if (words.length <= max) return { text, shortened: false };
  return { text: `${words.slice(0, max).join('').trimEnd()} …`, shortened: true };
}
