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

// Words that carry a rule's force: where a passage says what must, may or may not happen.
const OPERATIVE =
  /\b(must|never|always|should|shall|may|can(?:not|'t|’t)?|do(?:es)? not|don['’]t|won['’]t|will not|avoid|refuse|prohibit(?:ed|s)?|forbid(?:den|s)?|not (?:allowed|permitted)|required?|only|ensure)\b/i;

/**
 * A quote cut to at most `max` words, verbatim, with an ellipsis where words were left out. The cut
 * keeps the words the rule rests on: it starts at the first sentence that states a rule (a "must",
 * "never", "do not", "may"…), takes whole sentences after it and then before it while they fit, and
 * never cuts that sentence off before its operative word.
 */
export function shortQuote(text: string, max = SHORT_QUOTE_WORDS): { text: string; shortened: boolean } {
  const words = text.match(/\S+\s*/g) ?? [];
  if (words.length <= max) return { text, shortened: false };
  // Sentences as runs of words: a word ending in . ! ? (with closing quotes or brackets) ends one.
  const sentences: string[][] = [];
  for (const w of words) {
    const last = sentences.at(-1);
    if (!last || /[.!?]["'”’)\]*]*\s*$/.test(last.at(-1)!)) sentences.push([w]);
    else last.push(w);
  }
  const found = sentences.findIndex((s) => OPERATIVE.test(s.join('')));
  const at = found === -1 ? 0 : found;
  let from = at;
  let to = at;
  let count = sentences[at]!.length;
  let picked: string[];
  if (count > max) {
    // One long sentence: keep a window of `max` words that holds its operative word.
    const s = sentences[at]!;
    const cue = Math.max(
      0,
      s.findIndex((_w, i) => OPERATIVE.test(s.slice(0, i + 1).join(''))),
    );
    const start = Math.max(0, Math.min(cue - Math.floor(max / 4), s.length - max));
    picked = s.slice(start, start + max);
    const lead = at > 0 || start > 0 ? '… ' : '';
    const tail = start + max < s.length || at < sentences.length - 1 ? ' …' : '';
    return { text: `${lead}${picked.join('').trim()}${tail}`, shortened: true };
  }
  while (to + 1 < sentences.length && count + sentences[to + 1]!.length <= max) count += sentences[++to]!.length;
  while (from > 0 && count + sentences[from - 1]!.length <= max) count += sentences[--from]!.length;
  picked = sentences.slice(from, to + 1).flat();
  const lead = from > 0 ? '… ' : '';
  const tail = to < sentences.length - 1 ? ' …' : '';
  return { text: `${lead}${picked.join('').trim()}${tail}`, shortened: true };
}
