import type { Principle } from '../../schemas/principle.ts';
import type { Alignment, Disagreement } from '../../schemas/derived.ts';
import type { Topic } from '../../schemas/taxonomy.ts';
import { buildBm25, scoreBm25 } from './bm25.ts';
import type { Reading } from './readings.ts';

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

/** How alignPrinciples reads each principle's curated links. */
export interface AlignInputs {
  /** The principle's reading in its version (its entry's base, changed by confirmations); undefined when it has no curated entry. */
  readingOf: (p: Principle) => Reading | undefined;
  /**
   * Whether a principle applies only in narrower contexts than its document's other principles (say,
   * under-18 where the rest applies everywhere): its links then answer for those contexts, as scopes.
   */
  contextLimited?: (p: Principle, topic: string) => boolean;
  /** Principles an editor decided belong to no topic: the aligner suggests nothing for them. */
  outOfScope?: (p: Principle) => boolean;
}

/**
 * align: curated links first (each principle's reading in its version); for each principle with none,
 * the deterministic BM25 aligner suggests topics with scores, which never count toward an answer.
 */
export function alignPrinciples(
  principles: readonly Principle[],
  topics: readonly Topic[],
  inputs: AlignInputs,
  options: AlignOptions = defaultAlignOptions,
): { alignments: Alignment[]; disagreements: Disagreement[] } {
  const index = indexTopics(topics);
  const alignments: Alignment[] = [];
  const disagreements: Disagreement[] = [];

  for (const p of principles) {
    const scores = scoreBm25(index, `${p.title} ${p.title} ${p.text}`);
    const scoreOf = new Map(scores.map((s) => [s.id, s.score]));
    const reading = inputs.readingOf(p);
    if (reading) {
      for (const link of reading.topics) {
        const role = link.role ?? (inputs.contextLimited?.(p, link.topic) ? 'scope' : 'default');
        const scope = role === 'scope' ? (link.scope ?? p.context.filter((c) => c !== 'all').join('+')) || 'all' : undefined;
        alignments.push({
          principle: principleKey(p),
          version: p.version,
          topic: link.topic,
          origin: 'curated',
          position: link.stance?.position ?? p.position,
          override: link.stance?.override ?? p.override,
          stanceFrom: link.stance?.position || link.stance?.override ? 'alignment' : 'principle',
          role,
          decisive: link.decisive ?? false,
          ...(link.by ? { by: link.by } : {}),
          ...(link.to ? { to: link.to } : {}),
          ...(scope ? { scope } : {}),
          readingOf: reading.from,
          score: scoreOf.get(link.topic) ?? 0,
          ...(link.note ? { note: link.note } : {}),
        });
      }
      const top = scores[0];
      const linked = [...new Set(reading.topics.map((l) => l.topic))];
      const bestCurated = Math.max(0, ...linked.map((t) => scoreOf.get(t) ?? 0));
      if (top && !linked.includes(top.id) && top.score >= options.minScore && bestCurated < options.disagreementRatio * top.score) {
        disagreements.push({ principle: principleKey(p), version: p.version, curated: linked, proposed: { topic: top.id, score: top.score }, bestCuratedScore: bestCurated });
      }
      continue;
    }
    if (inputs.outOfScope?.(p)) continue;
    const best = scores[0]?.score ?? 0;
    for (const s of scores.slice(0, options.maxSuggestions)) {
      if (s.score < options.minScore || s.score < options.relativeCutoff * best) break;
      alignments.push({
        principle: principleKey(p),
        version: p.version,
        topic: s.id,
        origin: 'suggested',
        position: p.position,
        override: p.override,
        stanceFrom: 'principle',
        role: 'default',
        decisive: false,
        readingOf: p.version.split('@')[1]!,
        score: s.score,
      });
    }
  }
  return { alignments, disagreements };
}
