import type { Principle } from '../../schemas/principle.ts';
import type { Alignment, CellReading } from '../../schemas/derived.ts';
import type { Adjuster } from '../../schemas/stance.ts';
import type { Topic } from '../../schemas/taxonomy.ts';
import { readCell } from './read-cell.ts';

/** Per-cell editorial input that buildMatrix looks up: notes, declared conflicts, scope names, unconfirmed readings. */
export interface MatrixNotes {
  /** The note on what was looked for, for a silent cell. */
  silent?: (topic: Topic, version: string) => string | undefined;
  /** The editor's note where the document really contradicts itself on a topic in a version. */
  conflict?: (topic: Topic, version: string) => string | undefined;
  /** A readable name for a scope id of a version's document. */
  scopeLabel?: (scope: string, version: string) => string;
  /** Whether a principle's words changed in its version without an editor confirming its reading. */
  unconfirmed?: (principleKey: string) => boolean;
  /** Who can change defaults where a version's document runs, if not operator and user. */
  parties?: (version: string) => readonly Adjuster[] | undefined;
  /** Called when decisive passages disagree without a declared conflict: throw an error naming the file. */
  undecided?: (topic: Topic, version: string, error: Error) => never;
}

/**
 * derive: a cell for every topic × version, from curated alignments only (machine suggestions are
 * listed, never counted). See readCell for how the default, adjustments and scopes are read.
 */
export function buildMatrix(
  topics: readonly Topic[],
  versions: readonly string[],
  alignments: readonly Alignment[],
  principles: ReadonlyMap<string, Principle>,
  notes: MatrixNotes = {},
): CellReading[] {
  const byCell = new Map<string, number[]>();
  alignments.forEach((a, i) => {
    const key = `${a.topic} ${a.version}`;
    const list = byCell.get(key);
    if (list) list.push(i);
    else byCell.set(key, [i]);
  });
  const cells: CellReading[] = [];
  for (const topic of topics) {
    for (const version of versions) {
      const all = byCell.get(`${topic.id} ${version}`) ?? [];
      const curated = all.filter((i) => alignments[i]!.origin === 'curated');
      const suggested = all.filter((i) => alignments[i]!.origin === 'suggested');
      try {
        cells.push(
          readCell(topic.id, version, curated, suggested, alignments, {
            principle: (k) => principles.get(k),
            conflict: notes.conflict?.(topic, version),
            silentNote: notes.silent?.(topic, version),
            scopeLabel: (s) => notes.scopeLabel?.(s, version) ?? s,
            ...(notes.unconfirmed ? { unconfirmed: notes.unconfirmed } : {}),
            parties: notes.parties?.(version),
          }),
        );
      } catch (e) {
        if (notes.undecided && e instanceof Error && e.name === 'UndecidedCell') notes.undecided(topic, version, e);
        throw e;
      }
    }
  }
  return cells;
}
