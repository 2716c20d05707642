import type { Atlas } from '../../schemas/atlas.ts';
import { isBehaviorKind } from './document-kinds.ts';

/**
 * Each lab's main behavior document: the one whose latest version has the most principles (ties by id).
 * Pre-rendered comparisons pair these, so their number grows with labs, not with every prompt file.
 */
export function primaryDocuments(atlas: Pick<Atlas, 'labs' | 'documents' | 'principles'>): string[] {
  const count = new Map<string, number>();
  for (const p of atlas.principles) count.set(p.version, (count.get(p.version) ?? 0) + 1);
  return atlas.labs.flatMap((lab) => {
    const docs = atlas.documents.filter((d) => d.lab === lab.id && isBehaviorKind(d.kind));
    const best = docs.sort((a, b) => (count.get(b.versions.at(-1)!) ?? 0) - (count.get(a.versions.at(-1)!) ?? 0) || a.id.localeCompare(b.id))[0];
    return best ? [best.id] : [];
  });
}
