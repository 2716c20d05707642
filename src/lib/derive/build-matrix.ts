import type { Principle } from '../../schemas/principle.ts';
import type { Alignment, Cell } from '../../schemas/derived.ts';
import type { Topic } from '../../schemas/taxonomy.ts';
import { combineStances } from './combine-stances.ts';

/**
 * derive: a cell for every topic × version, from curated alignments only. A silent cell carries the
 * editor's note on what was looked for, when `noteFor` has one.
 */
export function buildMatrix(
  topics: readonly Topic[],
  versions: readonly string[],
  alignments: readonly Alignment[],
  principles: ReadonlyMap<string, Principle>,
  noteFor: (topic: Topic, version: string) => string | undefined = () => undefined,
): Cell[] {
  const byCell = new Map<string, number[]>();
  alignments.forEach((a, i) => {
    const key = `${a.topic} ${a.version}`;
    byCell.set(key, [...(byCell.get(key) ?? []), i]);
  });
  const cells: Cell[] = [];
  for (const topic of topics) {
    for (const version of versions) {
      const all = byCell.get(`${topic.id} ${version}`) ?? [];
      const evidence = all.filter((i) => alignments[i]!.origin === 'curated');
      const suggested = all.filter((i) => alignments[i]!.origin === 'suggested');
      const combined = combineStances(evidence.map((i) => alignments[i]!));
      const provisional = evidence.some((i) => {
        const a = alignments[i]!;
        return a.stanceFrom === 'principle' && principles.get(a.principle)?.positionSource === 'proposed';
      });
      const note = combined.state === 'silent' ? noteFor(topic, version) : undefined;
      cells.push({ topic: topic.id, version, ...combined, provisional, evidence, suggested, ...(note ? { note } : {}) });
    }
  }
  return cells;
}
