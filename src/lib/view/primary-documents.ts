import type { Atlas } from '../../schemas/atlas.ts';
import { isBehaviorKind } from './document-kinds.ts';

type Data = Pick<Atlas, 'labs' | 'documents' | 'principles' | 'cells'>;

/** How much a document's latest version says: its cells with a reading (not silent). */
export function readingsOf(atlas: Pick<Atlas, 'cells'>): Map<string, number> {
  const count = new Map<string, number>();
  for (const c of atlas.cells) if (c.state !== 'silent') count.set(c.version, (count.get(c.version) ?? 0) + 1);
  return count;
}

/** Documents of one kind (behavior documents, or policies) ranked by how much their latest version says, then principles, then id. */
export function rankDocuments(atlas: Data, docs: Atlas['documents'], readings: Map<string, number> = readingsOf(atlas)): Atlas['documents'] {
  const principles = new Map<string, number>();
  for (const p of atlas.principles) principles.set(p.version, (principles.get(p.version) ?? 0) + 1);
  const latest = (d: Atlas['documents'][number]): string => d.versions.at(-1)!;
  return [...docs].sort(
    (a, b) => (readings.get(latest(b)) ?? 0) - (readings.get(latest(a)) ?? 0) || (principles.get(latest(b)) ?? 0) - (principles.get(latest(a)) ?? 0) || a.id.localeCompare(b.id),
  );
}

/**
 * Each lab's main behavior document: the one whose latest version says most (cells with a reading;
 * ties by principles, then id). The matrix shows these by default, and comparisons pair them, so their
 * number grows with labs, not with every prompt file.
 */
export function primaryDocuments(atlas: Data): string[] {
  const readings = readingsOf(atlas);
  return atlas.labs.flatMap((lab) => {
    const best = rankDocuments(
      atlas,
      atlas.documents.filter((d) => d.lab === lab.id && isBehaviorKind(d.kind)),
      readings,
    )[0];
    return best ? [best.id] : [];
  });
}
