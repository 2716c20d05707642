import type { Atlas } from '../../schemas/atlas.ts';
import { allowsRedistribution, shortQuote } from './quote-policy.ts';

/** /data/topics/<id>.json: one topic, with every document version's stance and the words behind it. */
export function topicExport(atlas: Atlas, topicId: string): unknown {
  const topic = atlas.topics.find((t) => t.id === topicId)!;
  const versions = new Map(atlas.versions.map((v) => [v.id, v]));
  const principles = new Map(atlas.principles.map((p) => [`${p.version}#${p.id}`, p]));
  return {
    about: `Spec Atlas topic "${topic.title}": every document version's stance, with the principles and quotes it rests on.`,
    dataVersion: atlas.dataVersion,
    topic,
    cells: atlas.cells
      .filter((c) => c.topic === topicId)
      .map((c) => {
        const v = versions.get(c.version)!;
        const open = allowsRedistribution(v.licence);
        return {
          version: c.version,
          document: v.document,
          date: v.date,
          latest: v.latest,
          state: c.state,
          override: c.override ?? null,
          contexts: c.contexts ?? null,
          provisional: c.provisional,
          note: c.note ?? null,
          evidence: [...c.evidence, ...c.contextual].map((i) => {
            const a = atlas.alignments[i]!;
            const p = principles.get(a.principle)!;
            return {
              principle: p.id,
              title: p.title,
              position: a.position,
              override: a.override,
              appliesIn: p.context,
              partOfStance: c.evidence.includes(i),
              note: a.note ?? null,
              quotes: p.quotes.map((q) => ({ ...(open ? { text: q.text } : { text: shortQuote(q.text).text, shortened: shortQuote(q.text).shortened }), line: q.line })),
              source: `https://github.com/${v.repo}/blob/${v.commit}/${v.path}`,
              licence: v.licence,
            };
          }),
        };
      }),
  };
}
