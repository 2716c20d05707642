import { queryWords, type SearchHit } from './search-engine.ts';
import { searchWords, stem } from './search-options.ts';

/** One group of quick results: its heading, its hits in rank order, and how many it has in all. */
export interface HitGroup {
  label: string;
  hits: SearchHit[];
  /** Matching results of the group, shown or not. */
  count: number;
}

/**
 * Groups quick results as the header search shows them: labs and documents the query names, then
 * topics, then principles by document, documents in the order of their best hit. Limits are per kind
 * (and per document for principles); each group counts all its matches, shown or not.
 */
export function groupHits(
  places: SearchHit[],
  topics: SearchHit[],
  principles: SearchHit[],
  limits: { places: number; topics: number; principles: number; perDocument: number } = { places: 2, topics: 4, principles: 6, perDocument: 3 },
): HitGroup[] {
  const groups: HitGroup[] = [];
  if (places.length) groups.push({ label: 'Labs and documents', hits: places.slice(0, limits.places), count: places.length });
  if (topics.length) groups.push({ label: 'Topics', hits: topics.slice(0, limits.topics), count: topics.length });
  const byDocument = new Map<string, HitGroup>();
  let shown = 0;
  for (const hit of principles) {
    const label = [hit.labName, hit.documentTitle].filter(Boolean).join(' · ') || 'Principles';
    let group = byDocument.get(label);
    if (!group) {
      group = { label, hits: [], count: 0 };
      byDocument.set(label, group);
      if (shown < limits.principles) groups.push(group);
    }
    group.count++;
    if (shown < limits.principles && group.hits.length < limits.perDocument && groups.includes(group)) {
      group.hits.push(hit);
      shown++;
    }
  }
  return groups.filter((g) => g.hits.length);
}

/**
 * Where the texts' passages go among the groups: first when nothing else matched every word (the
 * passage is then the answer: "AGENTS.md"), after the topics when a passage's heading holds every query
 * word (a section named by the query: "chain of command"), else last.
 */
export function textsPosition(query: string, complete: boolean, textTitles: readonly string[]): 'first' | 'after-topics' | 'last' {
  if (!complete) return 'first';
  const words = queryWords(query).map(stem);
  return textTitles.some((t) => {
    const title = new Set(searchWords(t).map(stem));
    return words.every((w) => title.has(w));
  })
    ? 'after-topics'
    : 'last';
}
