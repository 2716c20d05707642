import type { Atlas } from '../../schemas/atlas.ts';
import type { SearchRecord } from '../../schemas/search.ts';
import { EXCERPT_LENGTH } from './search-options.ts';

/** Cuts text at a word boundary near `max` characters. */
export function excerpt(text: string, max: number): string {
  // A direction control from a source shows as a visible code (see renderInlineMarkdown).
  const flat = text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\u202a-\u202e\u2066-\u2069]/g, (c) => `[U+${c.codePointAt(0)!.toString(16).toUpperCase()}]`);
  if (flat.length <= max) return flat;
  const cut = flat.lastIndexOf(' ', max);
  return `${flat.slice(0, cut > max / 2 ? cut : max)}…`;
}

/**
 * The search records: every topic, and every principle of the chosen versions (the latest by
 * default), each carrying what a result shows and only short text to match against.
 */
export function toSearchRecords(atlas: Atlas, options: { allVersions: boolean }): SearchRecord[] {
  const topics = new Map(atlas.topics.map((t) => [t.id, t]));
  const versions = new Map(atlas.versions.map((v) => [v.id, v]));
  const docs = new Map(atlas.documents.map((d) => [d.id, d]));
  const topicsOf = new Map<string, string[]>();
  for (const a of atlas.alignments) if (a.origin === 'curated') topicsOf.set(a.principle, [...(topicsOf.get(a.principle) ?? []), a.topic]);
  const records: SearchRecord[] = atlas.topics.map((t) => ({
    kind: 'topic',
    id: t.id,
    title: t.title,
    detail: t.question,
    keywords: t.keywords,
    excerpt: '',
    groups: [t.group],
  }));
  for (const p of atlas.principles) {
    const v = versions.get(p.version)!;
    if (!options.allVersions && !v.latest) continue;
    const d = docs.get(v.document)!;
    const linked = [...new Set(topicsOf.get(`${p.version}#${p.id}`) ?? [])];
    records.push({
      kind: 'principle',
      id: p.id,
      title: p.title,
      detail: p.summary ?? '',
      keywords: linked.map((id) => topics.get(id)!.title),
      excerpt: excerpt(p.quotes[0]!.text, EXCERPT_LENGTH),
      lab: d.lab,
      document: d.id,
      version: v.id,
      position: p.position,
      override: p.override,
      groups: [...new Set(linked.map((id) => topics.get(id)!.group))],
    });
  }
  return records;
}
