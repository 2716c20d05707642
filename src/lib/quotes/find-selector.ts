import type { Selector } from '../../schemas/selector.ts';
import { quoteHashOf } from '../sources/hash.ts';
import type { TextOfRecord } from '../text/text-of-record.ts';
import { clauseSpans, sentencesOf } from './resolve-selector.ts';

export interface SelectorMatch {
  /** The preferred selector. */
  selector: Selector;
  /** Other selectors for the same words (e.g. by section and sentence number). */
  alternatives: Selector[];
  /** The selected words, verbatim. */
  text: string;
  start: number;
  end: number;
  /** The section the words sit in, if any. */
  section?: string;
}

/** Collapses runs of whitespace so a snippet copied from a rendered page still matches its source. */
function normalizeWithMap(s: string): { norm: string; map: number[] } {
  let norm = '';
  const map: number[] = [];
  let inSpace = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (/\s/.test(c)) {
      if (!inSpace) {
        norm += ' ';
        map.push(i);
      }
      inSpace = true;
    } else {
      norm += c;
      map.push(i);
      inSpace = false;
    }
  }
  return { norm, map };
}

/**
 * Turns a snippet into selectors for every place it occurs. Inside prose, the selection widens to the
 * whole sentences that hold the snippet, and the preferred selector finds them by hash (so it keeps
 * working in every version where those sentences are unchanged); a section selector is offered too
 * where the text has sections. Outside prose, a character range selects exactly the snippet.
 */
export function findSelectors(doc: TextOfRecord, snippet: string): SelectorMatch[] {
  const needle = snippet.trim().replace(/\s+/g, ' ');
  if (!needle) return [];
  const { norm, map } = normalizeWithMap(doc.text);
  const spans = sentencesOf(doc);
  const matches: SelectorMatch[] = [];
  for (let at = norm.indexOf(needle); at !== -1; at = norm.indexOf(needle, at + 1)) {
    const start = map[at]!;
    const end = map[at + needle.length - 1]! + 1;
    const from = spans.findIndex((s) => s.start <= start && start < s.end);
    const to = spans.findIndex((s) => s.start < end && end <= s.end);
    if (from === -1 || to === -1 || to < from) {
      const text = doc.text.slice(start, end);
      matches.push({ selector: { start, end, hash: quoteHashOf(text) }, alternatives: [], text, start, end });
      continue;
    }
    const a = spans[from]!.start;
    const b = spans[to]!.end;
    const text = doc.text.slice(a, b);
    const first = quoteHashOf(doc.text.slice(a, spans[from]!.end));
    const nth = spans.slice(0, from).filter((s) => quoteHashOf(doc.text.slice(s.start, s.end)) === first).length;
    const count = to - from + 1;
    const selector: Selector = { hash: quoteHashOf(text), ...(count > 1 ? { first, count } : {}), ...(nth ? { nth } : {}) };
    const alternatives: Selector[] = [];
    if (from === to) {
      // Within one clause of a sentence that a colon cuts (a list's lead-in run into its first item).
      const clauses = clauseSpans(doc.text, a, b);
      const c = clauses.findIndex((x) => x.start <= start && end <= x.end);
      if (clauses.length > 1 && c !== -1)
        alternatives.push({ hash: quoteHashOf(doc.text.slice(clauses[c]!.start, clauses[c]!.end)), in: quoteHashOf(text), clause: c, ...(nth ? { nth } : {}) });
      // Exactly the snippet, as a part of its sentence (for words run together without punctuation).
      if (start > a || end < b) alternatives.push({ hash: quoteHashOf(doc.text.slice(start, end)), in: quoteHashOf(text), from: start - a, to: end - a, ...(nth ? { nth } : {}) });
    }
    const section = doc.sections.find((s) => s.id !== 'document' && s.sentences.some((x) => x.start === a) && s.sentences.some((x) => x.end === b));
    if (section) {
      const i = section.sentences.findIndex((x) => x.start === a);
      const j = section.sentences.findIndex((x) => x.end === b);
      alternatives.push(i === j ? { section: section.id, from: i, hash: quoteHashOf(text) } : { section: section.id, from: i, to: j, hash: quoteHashOf(text) });
    }
    matches.push({ selector, alternatives, text, start: a, end: b, ...(section ? { section: section.id } : {}) });
  }
  return matches;
}
