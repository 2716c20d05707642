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
      const curated = all.filter((i) => alignments[i]!.origin === 'curated');
      const suggested = all.filter((i) => alignments[i]!.origin === 'suggested');
      // A rule for one context (say, under-18 users) must not decide the general stance: the stance
      // rests on the principles that apply everywhere, and the narrower ones are shown beside it.
      // Only when every principle is context-limited does the stance rest on them, marked with those contexts.
      const contextsOf = (i: number): readonly string[] => principles.get(alignments[i]!.principle)?.context ?? ['all'];
      const general = curated.filter((i) => contextsOf(i).includes('all'));
      const evidence = general.length ? general : curated;
      const contextual = general.length ? curated.filter((i) => !general.includes(i)) : [];
      const contexts = general.length || !curated.length ? undefined : [...new Set(curated.flatMap((i) => principles.get(alignments[i]!.principle)!.context))].sort();
      const combined = combineStances(evidence.map((i) => alignments[i]!));
      const provisional = evidence.some((i) => {
        const a = alignments[i]!;
        return a.stanceFrom === 'principle' && principles.get(a.principle)?.positionSource === 'proposed';
      });
      const note = combined.state === 'silent' ? noteFor(topic, version) : undefined;
      cells.push({ topic: topic.id, version, ...combined, provisional, evidence, ...(contexts ? { contexts } : {}), contextual, suggested, ...(note ? { note } : {}) });
    }
  }
  return cells;
}
