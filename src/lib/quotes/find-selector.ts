import type { Selector } from '../../schemas/selector.ts';
import { quoteHashOf } from '../sources/hash.ts';
import type { TextOfRecord } from '../text/text-of-record.ts';

export interface SelectorMatch {
  selector: Selector;
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
 * Turns a snippet into selectors for every place it occurs: a sentence selector covering the whole
 * sentences that contain it when it sits in a section's prose, else a character-range selector for
 * exactly the snippet.
 */
export function findSelectors(doc: TextOfRecord, snippet: string): SelectorMatch[] {
  const needle = snippet.trim().replace(/\s+/g, ' ');
  if (!needle) return [];
  const { norm, map } = normalizeWithMap(doc.text);
  const matches: SelectorMatch[] = [];
  for (let at = norm.indexOf(needle); at !== -1; at = norm.indexOf(needle, at + 1)) {
    const start = map[at]!;
    const end = map[at + needle.length - 1]! + 1;
    let found: SelectorMatch | null = null;
    for (const section of doc.sections) {
      const from = section.sentences.findIndex((s) => s.start <= start && start < s.end);
      if (from === -1) continue;
      const to = section.sentences.findIndex((s) => s.start < end && end <= s.end);
      if (to === -1 || to < from) continue;
      const a = section.sentences[from]!.start;
      const b = section.sentences[to]!.end;
      const text = doc.text.slice(a, b);
      const selector: Selector = to === from
        ? { section: section.id, from, hash: quoteHashOf(text) }
        : { section: section.id, from, to, hash: quoteHashOf(text) };
      found = { selector, text, start: a, end: b, section: section.id };
      break;
    }
    if (!found) {
      const text = doc.text.slice(start, end);
      found = { selector: { start, end, hash: quoteHashOf(text) }, text, start, end };
    }
    matches.push(found);
  }
  return matches;
}
