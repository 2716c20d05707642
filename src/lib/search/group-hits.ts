import type { SearchHit } from './search-engine.ts';

/** One group of quick results: its heading and its hits, in rank order. */
export interface HitGroup {
  label: string;
  hits: SearchHit[];
}

/**
 * Groups quick results as the header search shows them: topics first, then principles by document,
 * documents in the order of their best hit. Limits are per kind; no hit is dropped inside them.
 */
export function groupHits(topics: SearchHit[], principles: SearchHit[], limits: { topics: number; principles: number } = { topics: 4, principles: 6 }): HitGroup[] {
  const groups: HitGroup[] = [];
  const shownTopics = topics.slice(0, limits.topics);
  if (shownTopics.length) groups.push({ label: 'Topics', hits: shownTopics });
  const byDocument = new Map<string, HitGroup>();
  for (const hit of principles.slice(0, limits.principles)) {
    const label = [hit.labName, hit.documentTitle].filter(Boolean).join(' · ') || 'Principles';
    let group = byDocument.get(label);
    if (!group) {
      group = { label, hits: [] };
      byDocument.set(label, group);
      groups.push(group);
    }
    group.hits.push(hit);
  }
  return groups;
}
