import type { Atlas } from '../../schemas/atlas.ts';
import type { SearchRecord } from '../../schemas/search.ts';

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
 * The search records (the quotes' words are searched with the texts, by Pagefind, so they are not here): every lab, document and topic, and the principles. By default one record per
 * principle of a document — its latest version that holds it, with how many earlier versions do too —
 * so a principle kept through six versions is one result, not six. With `allVersions`, one per version.
 */
export function toSearchRecords(atlas: Atlas, options: { allVersions: boolean }): SearchRecord[] {
  const versions = new Map(atlas.versions.map((v) => [v.id, v]));
  const docs = new Map(atlas.documents.map((d) => [d.id, d]));
  const topicsOf = new Map<string, string[]>();
  for (const a of atlas.alignments) if (a.origin === 'curated') topicsOf.set(a.principle, [...(topicsOf.get(a.principle) ?? []), a.topic]);
  const records: SearchRecord[] = [
    ...atlas.labs.map((l): SearchRecord => ({ kind: 'lab', id: l.id, title: l.name, detail: '' })),
    ...atlas.documents.map((d): SearchRecord => ({ kind: 'document', id: d.id, title: d.title, detail: d.short === d.title ? '' : d.short, lab: d.lab, document: d.id })),
    ...atlas.topics.map((t): SearchRecord => ({ kind: 'topic', id: t.id, title: t.title, detail: t.question, keywords: t.keywords, group: t.group })),
  ];
  // Versions in date order within a document, so the last one seen of a principle is its latest.
  const order = new Map(atlas.documents.flatMap((d) => d.versions.map((v, i) => [v, i] as const)));
  const chosen = new Map<string, { p: Atlas['principles'][number]; count: number }>();
  for (const p of atlas.principles) {
    const key = options.allVersions ? `${p.version}#${p.id}` : `${versions.get(p.version)!.document}#${p.id}`;
    const seen = chosen.get(key);
    if (!seen) chosen.set(key, { p, count: 1 });
    else chosen.set(key, { p: order.get(p.version)! > order.get(seen.p.version)! ? p : seen.p, count: seen.count + 1 });
  }
  for (const { p, count } of chosen.values()) {
    const v = versions.get(p.version)!;
    const d = docs.get(v.document)!;
    const linked = [...new Set(topicsOf.get(`${p.version}#${p.id}`) ?? [])];
    records.push({
      kind: 'principle',
      id: p.id,
      title: p.title,
      detail: p.summary ?? '',
      ...(linked.length ? { topics: linked } : {}),
      ...(p.sectionPath.length ? { section: p.sectionPath.join(' › ') } : {}),
      lab: d.lab,
      document: d.id,
      version: v.version,
      ...(count > 1 ? { earlier: count - 1 } : {}),
      position: p.position,
      override: p.override,
    });
  }
  return records;
}
