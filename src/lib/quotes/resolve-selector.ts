import type { Selector } from '../../schemas/selector.ts';
import { quoteHashOf } from '../sources/hash.ts';
import type { TextOfRecord } from '../text/text-of-record.ts';

export interface ResolvedSelector {
  start: number;
  end: number;
  text: string;
}

/** Why a selector did not resolve: a reason for an error message. */
export type SelectorFailure = { ok: false; reason: string };

/**
 * Finds the words a selector points at and checks their hash. Returns the span and the exact text, or
 * the reason it failed (unknown section, sentence out of range, hash mismatch).
 */
export function resolveSelector(doc: TextOfRecord, selector: Selector): { ok: true; value: ResolvedSelector } | SelectorFailure {
  let start: number;
  let end: number;
  if ('section' in selector) {
    const section = doc.sections.find((s) => s.id === selector.section);
    if (!section) return { ok: false, reason: `section "${selector.section}" does not exist in ${doc.version}` };
    const to = selector.to ?? selector.from;
    if (to < selector.from) return { ok: false, reason: `"to" (${to}) is before "from" (${selector.from})` };
    const first = section.sentences[selector.from];
    const last = section.sentences[to];
    if (!first || !last) {
      return { ok: false, reason: `section "${selector.section}" has ${section.sentences.length} prose sentences in ${doc.version}; sentence ${first ? to : selector.from} does not exist` };
    }
    start = first.start;
    end = last.end;
  } else {
    if (selector.end <= selector.start || selector.end > doc.text.length) {
      return { ok: false, reason: `range ${selector.start}–${selector.end} lies outside the text (${doc.text.length} characters)` };
    }
    start = selector.start;
    end = selector.end;
  }
  const text = doc.text.slice(start, end);
  const hash = quoteHashOf(text);
  if (hash !== selector.hash) {
    return { ok: false, reason: `the selected text no longer matches: its hash is ${hash}, the selector expects ${selector.hash}` };
  }
  return { ok: true, value: { start, end, text } };
}
