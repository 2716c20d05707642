import type { Selector } from '../../schemas/selector.ts';
import { quoteHashOf } from '../sources/hash.ts';
import { allSentences, type TextOfRecord } from '../text/text-of-record.ts';

export interface ResolvedSelector {
  start: number;
  end: number;
  text: string;
}

const sentenceIndex = new WeakMap<TextOfRecord, { spans: { start: number; end: number }[]; byHash: Map<string, number[]> }>();

/** The sentences of a text indexed by the hash of their words, computed once per text. */
function indexOf(doc: TextOfRecord): { spans: { start: number; end: number }[]; byHash: Map<string, number[]> } {
  let index = sentenceIndex.get(doc);
  if (!index) {
    const spans = allSentences(doc);
    const byHash = new Map<string, number[]>();
    spans.forEach((s, i) => {
      const h = quoteHashOf(doc.text.slice(s.start, s.end));
      byHash.set(h, [...(byHash.get(h) ?? []), i]);
    });
    index = { spans, byHash };
    sentenceIndex.set(doc, index);
  }
  return index;
}

/** The span of `count` sentences starting at the `nth` sentence whose hash is `first`. */
export function findByHash(doc: TextOfRecord, first: string, count: number, nth: number): { start: number; end: number } | undefined {
  const { spans, byHash } = indexOf(doc);
  const i = byHash.get(first)?.[nth];
  if (i === undefined || i + count > spans.length) return undefined;
  return { start: spans[i]!.start, end: spans[i + count - 1]!.end };
}

/** Where sentence spans sit, with the hash of each: for tools that turn snippets into selectors. */
export function sentencesOf(doc: TextOfRecord): { start: number; end: number }[] {
  return indexOf(doc).spans;
}

/** The clauses of the sentence in [start, end): cut after each colon that a space follows, trimmed. */
export function clauseSpans(text: string, start: number, end: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let from = start;
  for (let i = start; i < end - 1; i++) {
    if (text[i] === ':' && /\s/.test(text[i + 1]!)) {
      out.push({ start: from, end: i + 1 });
      from = i + 1;
      while (from < end && /\s/.test(text[from]!)) from++;
    }
  }
  if (from < end) out.push({ start: from, end });
  return out;
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
  if ('in' in selector) {
    const found = findByHash(doc, selector.in, 1, selector.nth ?? 0);
    if (!found)
      return {
        ok: false,
        reason: `no sentence of ${doc.version} has the hash ${selector.in}${selector.nth ? ` (occurrence ${selector.nth})` : ''}: the words changed, or the sentence is not in this version`,
      };
    if ('clause' in selector) {
      const parts = clauseSpans(doc.text, found.start, found.end);
      const part = parts[selector.clause];
      if (!part)
        return { ok: false, reason: `the sentence has ${parts.length} clause${parts.length === 1 ? '' : 's'} (cut after each colon); clause ${selector.clause} does not exist` };
      ({ start, end } = part);
    } else {
      const length = found.end - found.start;
      if (selector.to <= selector.from) return { ok: false, reason: `the part ${selector.from}–${selector.to} ends before it starts` };
      if (selector.to > length) return { ok: false, reason: `the part ${selector.from}–${selector.to} runs past the sentence's end (${length} characters)` };
      start = found.start + selector.from;
      end = found.start + selector.to;
    }
  } else if (!('section' in selector) && !('start' in selector)) {
    const found = findByHash(doc, selector.first ?? selector.hash, selector.count ?? 1, selector.nth ?? 0);
    if (!found) {
      return {
        ok: false,
        reason: `no sentence of ${doc.version} has the hash ${selector.first ?? selector.hash}${selector.nth ? ` (occurrence ${selector.nth})` : ''}: the words changed, or the sentence is not in this version`,
      };
    }
    ({ start, end } = found);
  } else if ('section' in selector) {
    const section = doc.sections.find((s) => s.id === selector.section);
    if (!section) return { ok: false, reason: `section "${selector.section}" does not exist in ${doc.version}` };
    const to = selector.to ?? selector.from;
    if (to < selector.from) return { ok: false, reason: `"to" (${to}) is before "from" (${selector.from})` };
    const first = section.sentences[selector.from];
    const last = section.sentences[to];
    if (!first || !last) {
      return {
        ok: false,
        reason: `section "${selector.section}" has ${section.sentences.length} prose sentences in ${doc.version}; sentence ${first ? to : selector.from} does not exist`,
      };
    }
    start = first.start;
    end = last.end;
  } else {
    if (selector.end <= selector.start) return { ok: false, reason: `range ${selector.start}–${selector.end}: its start is after its end` };
    if (selector.end > doc.text.length) return { ok: false, reason: `range ${selector.start}–${selector.end} runs past the end of the text (${doc.text.length} characters)` };
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
