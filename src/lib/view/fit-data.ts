import type { Atlas } from '../../schemas/atlas.ts';
import { citationQuote } from '../cite/citations.ts';
import { allowsRedistribution, shortQuote } from '../export/quote-policy.ts';
import { docAnchor } from './anchors.ts';
import { cellText } from './cell-text.ts';
import { isBehaviorKind } from './document-kinds.ts';
import { paths } from './paths.ts';

/** What the fit finder reads in the browser: each document's latest version, per topic its default and the words it rests on. */
export interface FitData {
  topics: { id: string; title: string; question: string; group: string }[];
  groups: { id: string; title: string }[];
  documents: { version: string; label: string; lab: string; title: string; short: string; behavior: boolean; href: string }[];
  /**
   * cells[versionId][topicIndex] = [default state, who may move it which way ("operator:toward-yes
   * user:unstated", "nobody", "unstated" where the text does not say, "" when silent), link to the
   * evidence, the first words of the passage it rests on ("" when silent), the cell in one line]
   */
  cells: Record<string, [string, string, string, string, string][]>;
}

export function toFitData(atlas: Atlas): FitData {
  const labName = new Map(atlas.labs.map((l) => [l.id, l.name]));
  const docs = new Map(atlas.documents.map((d) => [d.id, d]));
  const versions = new Map(atlas.versions.map((v) => [v.id, v]));
  const principles = new Map(atlas.principles.map((p) => [`${p.version}#${p.id}`, p]));
  const cellOf = new Map(atlas.cells.map((c) => [`${c.topic} ${c.version}`, c]));
  const topics = atlas.groups.flatMap((g) => atlas.topics.filter((t) => t.group === g.id));
  const latest = atlas.versions.filter((v) => v.latest);
  const words = (i: number | undefined): string => {
    if (i === undefined) return '';
    const p = principles.get(atlas.alignments[i]!.principle);
    const q = p?.quotes[0];
    if (!p || !q) return '';
    const text = allowsRedistribution(versions.get(p.version)!.licence) ? q.text : shortQuote(q.text).text;
    return citationQuote(text, 30);
  };
  return {
    groups: atlas.groups.map((g) => ({ id: g.id, title: g.title })),
    topics: topics.map((t) => ({ id: t.id, title: t.title, question: t.question, group: t.group })),
    documents: latest.map((v) => {
      const d = docs.get(v.document)!;
      return { version: v.id, label: v.version, lab: labName.get(d.lab)!, title: d.title, short: d.short, behavior: isBehaviorKind(d.kind), href: paths.version(v.id) };
    }),
    cells: Object.fromEntries(
      latest.map((v) => [
        v.id,
        topics.map((t) => {
          const c = cellOf.get(`${t.id} ${v.id}`)!;
          const by = c.state === 'silent' ? '' : c.adjustments.map((a) => `${a.by}:${a.direction}`).join(' ') || (c.changeUnstated ? 'unstated' : 'nobody');
          return [c.state, by, `${paths.topic(t.id)}#${docAnchor(v.document)}`, c.state === 'silent' ? '' : words(c.decisive[0] ?? c.evidence[0]), cellText(c)] as [
            string,
            string,
            string,
            string,
            string,
          ];
        }),
      ]),
    ),
  };
}
