import type { AlignmentEntry } from '../../schemas/alignment.ts';
import type { Principle } from '../../schemas/principle.ts';
import type { Alignment, Disagreement } from '../../schemas/derived.ts';
import type { Topic } from '../../schemas/taxonomy.ts';
import { buildBm25, scoreBm25 } from './bm25.ts';

export interface AlignOptions {
  /** Suggestions kept per principle. */
  maxSuggestions: number;
  /** A suggestion must score at least this share of the best score. */
  relativeCutoff: number;
  /** And at least this absolute score. */
  minScore: number;
  /** A disagreement is reported when the best curated topic scores below this share of the aligner's top pick. */
  disagreementRatio: number;
}

export const defaultAlignOptions: AlignOptions = { maxSuggestions: 2, relativeCutoff: 0.8, minScore: 4, disagreementRatio: 0.35 };

export const principleKey = (p: Pick<Principle, 'version' | 'id'>): string => `${p.version}#${p.id}`;

/** The aligner's index: topics by title, question and keywords (weighted up) and description. */
export function indexTopics(topics: readonly Topic[]): ReturnType<typeof buildBm25> {
  return buildBm25(
    topics.map((t) => ({
      id: t.id,
      fields: [
        { text: t.title, weight: 3 },
        { text: t.question, weight: 2 },
        { text: t.keywords.join(' '), weight: 3 },
        { text: t.description, weight: 1 },
      ],
    })),
  );
}

/**
 * align: curated links first (per document, applying to every version that has the principle id);
 * for each principle with none, the deterministic BM25 aligner suggests topics with scores.
 */
export function alignPrinciples(
  principles: readonly Principle[],
  topics: readonly Topic[],
  curatedByDocument: ReadonlyMap<string, readonly AlignmentEntry[]>,
  documentOf: (version: string) => string,
  options: AlignOptions = defaultAlignOptions,
  /** Principles an editor decided belong to no topic: the aligner suggests nothing for them. */
  outOfScope: (p: Principle) => boolean = () => false,
): { alignments: Alignment[]; disagreements: Disagreement[] } {
  const index = indexTopics(topics);
  const alignments: Alignment[] = [];
  const disagreements: Disagreement[] = [];
  const curatedIndex = new Map<string, Map<string, AlignmentEntry>>();
  for (const [doc, entries] of curatedByDocument) curatedIndex.set(doc, new Map(entries.map((e) => [e.principle, e])));

  for (const p of principles) {
    const scores = scoreBm25(index, `${p.title} ${p.title} ${p.text}`);
    const scoreOf = new Map(scores.map((s) => [s.id, s.score]));
    const curated = curatedIndex.get(documentOf(p.version))?.get(p.id);
    if (curated) {
      for (const link of curated.topics) {
        alignments.push({
          principle: principleKey(p),
          version: p.version,
          topic: link.topic,
          origin: 'curated',
          position: link.stance?.position ?? p.position,
          override: link.stance?.override ?? p.override,
          stanceFrom: link.stance?.position || link.stance?.override ? 'alignment' : 'principle',
          score: scoreOf.get(link.topic) ?? 0,
          ...(link.note ? { note: link.note } : {}),
        });
      }
      const top = scores[0];
      const topics = curated.topics.map((l) => l.topic);
      const bestCurated = Math.max(0, ...topics.map((t) => scoreOf.get(t) ?? 0));
      if (top && !topics.includes(top.id) && top.score >= options.minScore && bestCurated < options.disagreementRatio * top.score) {
        disagreements.push({ principle: principleKey(p), version: p.version, curated: topics, proposed: { topic: top.id, score: top.score }, bestCuratedScore: bestCurated });
      }
      continue;
    }
    if (outOfScope(p)) continue;
    const best = scores[0]?.score ?? 0;
    for (const s of scores.slice(0, options.maxSuggestions)) {
      if (s.score < options.minScore || s.score < options.relativeCutoff * best) break;
      alignments.push({ principle: principleKey(p), version: p.version, topic: s.id, origin: 'suggested', position: p.position, override: p.override, stanceFrom: 'principle', score: s.score });
    }
  }
  return { alignments, disagreements };
}
