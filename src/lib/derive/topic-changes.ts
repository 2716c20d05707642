import type { Alignment, Cell, TopicChange, VersionLink } from '../../schemas/derived.ts';

/** derive: per topic and document, the changes between each pair of consecutive versions. */
export function deriveTopicChanges(
  documents: readonly { id: string; versions: readonly string[] }[],
  cells: readonly Cell[],
  alignments: readonly Alignment[],
  links: ReadonlyMap<string, VersionLink>,
): TopicChange[] {
  const cellOf = new Map(cells.map((c) => [`${c.topic} ${c.version}`, c]));
  const idsOf = (c: Cell): string[] => [...new Set(c.evidence.map((i) => alignments[i]!.principle.split('#')[1]!))].sort();
  const out: TopicChange[] = [];
  for (const doc of documents) {
    for (let i = 1; i < doc.versions.length; i++) {
      const from = doc.versions[i - 1]!;
      const to = doc.versions[i]!;
      const topics = new Set(cells.filter((c) => c.version === to).map((c) => c.topic));
      for (const topic of topics) {
        const a = cellOf.get(`${topic} ${from}`)!;
        const b = cellOf.get(`${topic} ${to}`)!;
        const before = idsOf(a);
        const after = idsOf(b);
        const kinds: TopicChange['kinds'] = [];
        if (a.state !== b.state || a.override !== b.override) kinds.push('stance');
        if (before.join() !== after.join()) kinds.push('evidence');
        if (after.some((id) => links.get(`${to}#${id}`)?.changes?.includes('text'))) kinds.push('wording');
        if (!kinds.length) continue;
        out.push({
          topic, document: doc.id, from, to, kinds,
          before: { state: a.state, ...(a.override ? { override: a.override } : {}), principles: before },
          after: { state: b.state, ...(b.override ? { override: b.override } : {}), principles: after },
        });
      }
    }
  }
  return out;
}
