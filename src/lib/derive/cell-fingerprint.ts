import type { Alignment, CellReading } from '../../schemas/derived.ts';
import type { Principle } from '../../schemas/principle.ts';
import { sha256 } from '../sources/hash.ts';

/**
 * A cell's fingerprint: what a reader checks, hashed — the default, who may adjust it and how, each
 * scope's answer, and the words of the passages each rests on (principle ids with the hashes of their
 * quotes), plus the see-also passages and a silent cell's note. Two cells with the same fingerprint
 * read the same from the same words.
 */
export function cellFingerprint(cell: CellReading, alignments: readonly Alignment[], principle: (key: string) => Principle | undefined): string {
  const words = (i: number): string => {
    const a = alignments[i]!;
    const p = principle(a.principle);
    return `${a.principle.split('#')[1]}:${a.role}:${a.position}:${(p?.quotes ?? []).map((q) => q.selector.hash).join('+')}`;
  };
  const resting = cell.decisive.length ? cell.decisive : cell.evidence;
  const body = {
    state: cell.state,
    adjustments: cell.adjustments.map((a) => [a.by, a.to ?? '', a.direction, a.basis === 'stated' ? a.evidence.map(words) : []]),
    scopes: cell.scopes.map((s) => [s.scope, s.state, s.evidence.map(words)]),
    rests: resting.map(words).sort(),
    seeAlso: cell.seeAlso.map(words).sort(),
    note: cell.state === 'silent' || cell.state === 'conflicting' ? (cell.note ?? '') : '',
    // Only where it holds, so that every other cell keeps the fingerprint it had before this field existed.
    ...(cell.changeUnstated ? { changeUnstated: true } : {}),
  };
  return sha256(JSON.stringify(body)).slice(0, 12);
}
