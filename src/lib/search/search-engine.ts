import Fuse from 'fuse.js';
import type { SearchPayload, SearchRecord } from '../../schemas/search.ts';
import { paths } from '../view/paths.ts';
import { highlight } from './highlight.ts';
import { fieldWeights, searchWords, vocabularyFuseOptions, wordPattern, type SearchField } from './search-options.ts';

export interface SearchFilters {
  lab?: string;
  group?: string;
  position?: string;
  override?: string;
}

export interface SearchHit {
  record: SearchRecord;
  score: number;
  /** Where the result links. */
  href: string;
  /** For principles: lab name, document title and version label, for the chips. */
  labName?: string;
  documentTitle?: string;
  versionLabel?: string;
  /** Escaped HTML with the matched words marked. */
  titleHtml: string;
  detailHtml: string;
  excerptHtml: string;
}

export interface SearchEngine {
  search(query: string, filters?: SearchFilters, limit?: number): { topics: SearchHit[]; principles: SearchHit[] };
}

/** Query words: lowercase, two characters or more, once each. */
export function queryWords(query: string): string[] {
  return [...new Set(searchWords(query))];
}

const fields = Object.keys(fieldWeights) as SearchField[];
const fieldText = (r: SearchRecord, f: SearchField): string => (f === 'keywords' ? r.keywords.join(' ') : r[f]);

/** Character ranges of the words of `text` that are among `terms`. */
function termRanges(text: string, terms: ReadonlySet<string>): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(wordPattern())) if (terms.has(m[0].toLowerCase())) out.push([m.index!, m.index! + m[0].length - 1]);
  return out;
}

/** The first index in a sorted list whose entry is ≥ `key`. */
function lowerBound(list: readonly string[], key: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Search over the records. Each query word is matched against the vocabulary three ways: exactly, as
 * the start of longer words, and fuzzily with fuse.js (typos); the records holding those words score by
 * how well each word matched and in which field (title > keywords > question or summary > quote).
 * Records matching every word rank first. Filters narrow principles by lab, topic group, position and
 * override, and topics by group.
 */
export function createSearchEngine(payload: SearchPayload): SearchEngine {
  const { records } = payload;
  // The index holds the vocabulary, in order.
  const vocabulary = [...payload.index.records].sort((a, b) => a.i - b.i).map((r) => r.v);
  const fuse = new Fuse(vocabulary, vocabularyFuseOptions, Fuse.parseIndex<string>(payload.index as Parameters<typeof Fuse.parseIndex<string>>[0]));
  // Postings: for each word, the records holding it and the best field weight it has there.
  const postings = new Map<string, Map<number, number>>();
  records.forEach((r, i) => {
    for (const f of fields) {
      for (const w of searchWords(fieldText(r, f))) {
        let p = postings.get(w);
        if (!p) postings.set(w, (p = new Map()));
        if ((p.get(i) ?? 0) < fieldWeights[f]) p.set(i, fieldWeights[f]);
      }
    }
  });

  /** Vocabulary words a query word stands for, each with how well it matches (1 = exactly). */
  const termsFor = (word: string): Map<string, number> => {
    const terms = new Map<string, number>();
    if (postings.has(word)) terms.set(word, 1);
    if (word.length >= 3) {
      for (let i = lowerBound(vocabulary, word); i < vocabulary.length && vocabulary[i]!.startsWith(word) && terms.size < 40; i++) {
        if (!terms.has(vocabulary[i]!)) terms.set(vocabulary[i]!, 0.85);
      }
      for (const r of fuse.search(word, { limit: 8 })) {
        const s = 0.9 * (1 - (r.score ?? 1));
        if ((terms.get(r.item) ?? 0) < s) terms.set(r.item, s);
      }
    }
    return terms;
  };

  return {
    search(query, filters = {}, limit = 50) {
      const words = queryWords(query);
      if (!words.length) return { topics: [], principles: [] };
      const scores = new Map<number, { total: number; matched: number }>();
      const allTerms = new Set<string>();
      for (const word of words) {
        const best = new Map<number, number>();
        for (const [term, quality] of termsFor(word)) {
          allTerms.add(term);
          for (const [i, weight] of postings.get(term) ?? []) {
            const s = quality * weight;
            if ((best.get(i) ?? 0) < s) best.set(i, s);
          }
        }
        for (const [i, s] of best) {
          const prev = scores.get(i) ?? { total: 0, matched: 0 };
          scores.set(i, { total: prev.total + s, matched: prev.matched + 1 });
        }
      }
      const hits: SearchHit[] = [];
      for (const [i, { total, matched }] of scores) {
        const r = records[i]!;
        if (filters.group && !r.groups.includes(filters.group)) continue;
        if (r.kind === 'principle') {
          if (filters.lab && r.lab !== filters.lab) continue;
          if (filters.position && r.position !== filters.position) continue;
          if (filters.override && r.override !== filters.override) continue;
        } else if (filters.lab || filters.position || filters.override) continue;
        // Every query word matched counts most; then how well and where.
        const score = (matched === words.length ? 10 : 0) + total / words.length;
        hits.push({
          record: r,
          score,
          href: r.kind === 'topic' ? paths.topic(r.id) : paths.principle(r.version!, r.id),
          ...(r.kind === 'principle'
            ? { labName: payload.labs[r.lab!] ?? r.lab!, documentTitle: payload.documents[r.document!] ?? r.document!, versionLabel: r.version!.slice(r.version!.indexOf('@') + 1) }
            : {}),
          titleHtml: '',
          detailHtml: '',
          excerptHtml: '',
        });
      }
      hits.sort((a, b) => b.score - a.score || a.record.title.localeCompare(b.record.title));
      const finish = (list: SearchHit[]): SearchHit[] =>
        list.slice(0, limit).map((h) => ({
          ...h,
          titleHtml: highlight(h.record.title, termRanges(h.record.title, allTerms)),
          detailHtml: highlight(h.record.detail, termRanges(h.record.detail, allTerms)),
          excerptHtml: highlight(h.record.excerpt, termRanges(h.record.excerpt, allTerms)),
        }));
      return {
        topics: finish(hits.filter((h) => h.record.kind === 'topic')),
        principles: finish(hits.filter((h) => h.record.kind === 'principle')),
      };
    },
  };
}
