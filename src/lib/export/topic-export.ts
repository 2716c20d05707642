import type { Atlas } from '../../schemas/atlas.ts';
import { allowsRedistribution, shortQuote } from './quote-policy.ts';
import { sourceFileUrl } from '../view/source-links.ts';

/** /data/topics/<id>.json: one topic, with every document version's answer in three parts and the words behind each. */
export function topicExport(atlas: Atlas, topicId: string): unknown {
  const topic = atlas.topics.find((t) => t.id === topicId)!;
  const versions = new Map(atlas.versions.map((v) => [v.id, v]));
  const principles = new Map(atlas.principles.map((p) => [`${p.version}#${p.id}`, p]));
  return {
    about: `Spec Atlas topic "${topic.title}": every document version's answer (the default, who may adjust it, what holds in named modes or contexts), with the principles and quotes each rests on.`,
    dataVersion: atlas.dataVersion,
    topic,
    cells: atlas.cells
      .filter((c) => c.topic === topicId)
      .map((c) => {
        const v = versions.get(c.version)!;
        const open = allowsRedistribution(v.licence);
        const passage = (i: number) => {
          const a = atlas.alignments[i]!;
          const p = principles.get(a.principle)!;
          return {
            principle: p.id,
            title: p.title,
            role: a.role,
            decisive: a.decisive,
            position: a.role === 'adjustment' || a.role === 'see-also' ? null : a.position,
            appliesIn: p.context,
            binds: p.binds,
            note: a.note ?? null,
            quotes: p.quotes.map((q) => ({ ...(open ? { text: q.text } : { text: shortQuote(q.text).text, shortened: shortQuote(q.text).shortened }), line: q.line })),
            source: sourceFileUrl(v),
            licence: v.licence,
          };
        };
        return {
          version: c.version,
          document: v.document,
          date: v.date,
          latest: v.latest,
          default: { state: c.state, provisional: c.provisional, pending: c.pending, contexts: c.contexts ?? null, evidence: c.evidence.map(passage) },
          adjustableBy: c.adjustableBy,
          adjustments: c.adjustments.map((a) => ({ by: a.by, to: a.to ?? null, direction: a.direction, basis: a.basis, evidence: a.evidence.map(passage) })),
          scopes: c.scopes.map((s) => ({ scope: s.scope, label: s.label, state: s.state, provisional: s.provisional, evidence: s.evidence.map(passage) })),
          seeAlso: c.seeAlso.map(passage),
          note: c.note ?? null,
        };
      }),
  };
}
