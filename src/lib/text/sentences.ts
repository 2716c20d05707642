import type { Span } from './text-of-record.ts';

// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATIONS = new Set(['e.g', 'i.e', 'etc', 'vs', 'cf', 'mr', 'mrs', 'ms', 'dr', 'approx', 'incl', 'u.s', 'a.m', 'p.m']);

/**
 * Splits the prose in [start, end) of `text` into sentence spans, trimmed of surrounding whitespace.
 * A sentence ends at ".", "!" or "?" (with any closing quotes, brackets or emphasis marks) followed by
 * whitespace and a character that can open a sentence. Deterministic: selectors count these spans.
 */
export function splitSentences(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  let s = start;
  const push = (a: number, b: number): void => {
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    if (b > a) out.push({ start: a, end: b });
  };
  for (let i = start; i < end; i++) {
    const c = text[i]!;
    if (c !== '.' && c !== '!' && c !== '?') continue;
    let j = i + 1;
    while (j < end && /["'”’)\]*_]/.test(text[j]!)) j++;
    if (j < end && !/\s/.test(text[j]!)) continue;
    let k = j;
    while (k < end && /\s/.test(text[k]!)) k++;
    if (k < end && !/[A-Z0-9"“'‘*([_<`]/.test(text[k]!)) continue;
    if (c === '.') {
      const word = /([A-Za-z.]+)$/.exec(text.slice(Math.max(start, i - 12), i))?.[1]?.toLowerCase() ?? '';
      if (ABBREVIATIONS.has(word) || /^[a-z]$/.test(word)) continue;
    }
    push(s, j);
    s = j;
  }
  push(s, end);
  return out;
}
