import Fuse, { type FuseResultMatch } from 'fuse.js';
import type { SearchRecord } from '../../schemas/search.ts';
import { highlight } from './highlight.ts';
import { fuseOptions } from './search-options.ts';

export interface SearchFilters {
  lab?: string;
  group?: string;
  position?: string;
  override?: string;
}

export interface SearchHit {
  record: SearchRecord;
  score: number;
  /** Escaped HTML with the matched parts marked. */
  titleHtml: string;
  detailHtml: string;
  excerptHtml: string;
}

export interface SearchEngine {
  search(query: string, filters?: SearchFilters, limit?: number): { topics: SearchHit[]; principles: SearchHit[] };
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Query words worth matching exactly: lowercase, two characters or more. */
export function queryWords(query: string): string[] {
  return [...new Set((query.toLowerCase().match(WORD) ?? []).filter((w) => w.length >= 2))];
}

/** Character ranges of words in `text` that start with one of `words`. */
function wordRanges(text: string, words: readonly string[]): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(WORD)) {
    const w = m[0].toLowerCase();
    const hit = words.find((q) => w.startsWith(q));
    if (hit) out.push([m.index!, m.index! + hit.length - 1]);
  }
  return out;
}

function rangesFor(matches: readonly FuseResultMatch[] | undefined, key: string, value?: string): [number, number][] {
  return (matches ?? []).filter((m) => m.key === key && (value === undefined || m.value === value)).flatMap((m) => m.indices.map(([a, b]) => [a, b] as [number, number]));
}

/**
 * A search over the records: fuse.js finds titles and keywords despite typos, and a word-start match
 * over the longer fields (question or summary, quote excerpt) adds the results that mention the words.
 * Filters narrow principles by lab, topic group, position and override, and topics by group.
 */
export function createSearchEngine(records: readonly SearchRecord[], index: unknown): SearchEngine {
  const fuse = new Fuse(records as SearchRecord[], fuseOptions, Fuse.parseIndex(index as Parameters<typeof Fuse.parseIndex>[0]));
  // Word lists of the long fields, computed once.
  const longWords = records.map((r) => [...new Set(`${r.detail} ${r.excerpt}`.toLowerCase().match(WORD) ?? [])]);
  return {
    search(query, filters = {}, limit = 50) {
      const q = query.trim();
      if (!q) return { topics: [], principles: [] };
      const words = queryWords(q);
      const scores = new Map<number, { score: number; matches?: readonly FuseResultMatch[] }>();
      for (const r of fuse.search(q.slice(0, 32), { limit: 100 })) scores.set(r.refIndex, { score: 2 * (1 - (r.score ?? 1)), ...(r.matches ? { matches: r.matches } : {}) });
      if (words.length) {
        records.forEach((_, i) => {
          const list = longWords[i]!;
          const hits = words.filter((w) => list.some((t) => t.startsWith(w))).length;
          if (!hits) return;
          const bonus = (0.8 * hits) / words.length;
          const prev = scores.get(i);
          scores.set(i, prev ? { ...prev, score: prev.score + bonus } : { score: bonus });
        });
      }
      const hits: SearchHit[] = [];
      for (const [i, { score, matches }] of scores) {
        const r = records[i]!;
        if (filters.group && !r.groups.includes(filters.group)) continue;
        if (r.kind === 'principle') {
          if (filters.lab && r.lab !== filters.lab) continue;
          if (filters.position && r.position !== filters.position) continue;
          if (filters.override && r.override !== filters.override) continue;
        } else if (filters.lab || filters.position || filters.override) continue;
        hits.push({
          record: r,
          score,
          titleHtml: highlight(r.title, [...rangesFor(matches, 'title'), ...wordRanges(r.title, words)]),
          detailHtml: highlight(r.detail, wordRanges(r.detail, words)),
          excerptHtml: highlight(r.excerpt, wordRanges(r.excerpt, words)),
        });
      }
      hits.sort((a, b) => b.score - a.score || a.record.title.localeCompare(b.record.title));
      return {
        topics: hits.filter((h) => h.record.kind === 'topic').slice(0, limit),
        principles: hits.filter((h) => h.record.kind === 'principle').slice(0, limit),
      };
    },
  };
}
