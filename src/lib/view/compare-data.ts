import type { Atlas } from '../../schemas/atlas.ts';
import { docAnchor } from './anchors.ts';
import { paths } from './paths.ts';
import { isBehaviorKind } from './document-kinds.ts';
import { cellText } from './cell-text.ts';

/** The compact table the compare page reads in the browser: topics, versions and each cell's state. */
export interface CompareData {
  topics: { id: string; title: string; group: string; href: string }[];
  groups: { id: string; title: string }[];
  versions: { id: string; label: string; document: string; title: string; lab: string; latest: boolean; behavior: boolean; href: string }[];
  /**
   * cells[versionId][topicIndex] = [default state, who may adjust it and which way ("operator:toward-yes
   * user:unstated", "nobody", "unstated" where the text does not say, or "" when silent), number of default passages, link to the words, the cell
   * in one line of text]
   */
  cells: Record<string, [string, string, number, string, string][]>;
}

export function toCompareData(atlas: Atlas): CompareData {
  const labName = new Map(atlas.labs.map((l) => [l.id, l.name]));
  const docs = new Map(atlas.documents.map((d) => [d.id, d]));
  const cellOf = new Map(atlas.cells.map((c) => [`${c.topic} ${c.version}`, c]));
  const topics = atlas.groups.flatMap((g) => atlas.topics.filter((t) => t.group === g.id));
  return {
    groups: atlas.groups.map((g) => ({ id: g.id, title: g.title })),
    topics: topics.map((t) => ({ id: t.id, title: t.title, group: t.group, href: paths.topic(t.id) })),
    versions: atlas.versions.map((v) => {
      const d = docs.get(v.document)!;
      return {
        id: v.id,
        label: v.version,
        document: d.id,
        title: d.title,
        lab: labName.get(d.lab)!,
        latest: v.latest,
        behavior: isBehaviorKind(d.kind),
        href: paths.version(v.id),
      };
    }),
    cells: Object.fromEntries(
      atlas.versions.map((v) => [
        v.id,
        topics.map((t) => {
          const c = cellOf.get(`${t.id} ${v.id}`)!;
          const by = c.state === 'silent' ? '' : c.adjustments.map((a) => `${a.by}:${a.direction}`).join(' ') || (c.changeUnstated ? 'unstated' : 'nobody');
          return [c.state, by, c.evidence.length, `${paths.topic(t.id)}#${docAnchor(v.document)}`, cellText(c)] as [string, string, number, string, string];
        }),
      ]),
    ),
  };
}
