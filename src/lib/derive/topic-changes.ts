import type { Alignment, CellReading as Cell, TopicChange, VersionLink } from '../../schemas/derived.ts';

/** A cell reduced to what a change compares (see cellSummarySchema). */
export function summarizeCell(cell: Cell, alignments: readonly Alignment[]): TopicChange['before'] {
  const idOf = (i: number): string => alignments[i]!.principle.split('#')[1]!;
  const resting = [...cell.evidence, ...cell.adjustments.flatMap((a) => a.evidence), ...cell.scopes.flatMap((s) => s.evidence)];
  return {
    state: cell.state,
    adjustableBy: [...cell.adjustableBy],
    ...(cell.changeUnstated ? { changeUnstated: true as const } : {}),
    adjustments: cell.adjustments.map((a) => (a.to ? `${a.by}→${a.to}` : a.by)),
    scopes: cell.scopes.map((s) => `${s.scope}: ${s.state}`),
    principles: [...new Set(resting.map(idOf))].sort(),
  };
}

const sameStance = (a: TopicChange['before'], b: TopicChange['before']): boolean =>
  a.state === b.state &&
  a.adjustableBy.join() === b.adjustableBy.join() &&
  Boolean(a.changeUnstated) === Boolean(b.changeUnstated) &&
  a.adjustments.join() === b.adjustments.join() &&
  a.scopes.join() === b.scopes.join();

/**
 * derive: per topic and document, what changed between each pair of consecutive versions, classed as
 * "stance" (the default, an adjustment or a scope changed), "wording" (the words behind it changed, or
 * other principles carry it) or "formatting" (only punctuation, dashes, whitespace or markup changed).
 * `reasons` gives, by principle key, an editor's reason for a reading that changed at that version.
 */
export function deriveTopicChanges(
  documents: readonly { id: string; versions: readonly string[] }[],
  cells: readonly Cell[],
  alignments: readonly Alignment[],
  links: ReadonlyMap<string, VersionLink>,
  reasons: ReadonlyMap<string, string> = new Map(),
): TopicChange[] {
  const cellOf = new Map(cells.map((c) => [`${c.topic} ${c.version}`, c]));
  const out: TopicChange[] = [];
  for (const doc of documents) {
    for (let i = 1; i < doc.versions.length; i++) {
      const from = doc.versions[i - 1]!;
      const to = doc.versions[i]!;
      const topics = new Set(cells.filter((c) => c.version === to).map((c) => c.topic));
      for (const topic of topics) {
        const a = cellOf.get(`${topic} ${from}`)!;
        const b = cellOf.get(`${topic} ${to}`)!;
        const before = summarizeCell(a, alignments);
        const after = summarizeCell(b, alignments);
        const linked = after.principles.map((id) => links.get(`${to}#${id}`));
        const kinds: TopicChange['kinds'] = [];
        if (!sameStance(before, after)) kinds.push('stance');
        if (before.principles.join() !== after.principles.join()) kinds.push('evidence');
        if (linked.some((l) => l?.class === 'wording' || (l?.class === 'stance' && l.changes?.some((c) => c === 'text' || c === 'title')))) kinds.push('wording');
        if (linked.some((l) => l?.class === 'formatting')) kinds.push('formatting');
        if (!kinds.length) continue;
        const cls: TopicChange['class'] = kinds.includes('stance') ? 'stance' : kinds.includes('evidence') || kinds.includes('wording') ? 'wording' : 'formatting';
        const why = cls === 'stance' ? [...new Set(after.principles.map((id) => reasons.get(`${to}#${id}`)).filter((r): r is string => Boolean(r)))] : [];
        out.push({ topic, document: doc.id, from, to, class: cls, kinds, reasons: why, before, after });
      }
    }
  }
  return out;
}
