import { tokenize } from './tokenize.ts';

export interface Bm25Index {
  docs: { id: string; tf: Map<string, number>; length: number }[];
  idf: Map<string, number>;
  avgLength: number;
}

const K1 = 1.2;
const B = 0.75;

/** Builds a BM25 index over weighted fields: each field's tokens count `weight` times. */
export function buildBm25(docs: readonly { id: string; fields: readonly { text: string; weight: number }[] }[]): Bm25Index {
  const built = docs.map(({ id, fields }) => {
    const tf = new Map<string, number>();
    let length = 0;
    for (const { text, weight } of fields) {
      for (const t of tokenize(text)) {
        tf.set(t, (tf.get(t) ?? 0) + weight);
        length += weight;
      }
    }
    return { id, tf, length };
  });
  const df = new Map<string, number>();
  for (const d of built) for (const t of d.tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const n = built.length;
  const idf = new Map([...df].map(([t, f]) => [t, Math.log(1 + (n - f + 0.5) / (f + 0.5))]));
  const avgLength = built.reduce((s, d) => s + d.length, 0) / Math.max(1, n);
  return { docs: built, idf, avgLength };
}

/** Scores every indexed document against a query text; highest first, zero scores left out, ties by id. */
export function scoreBm25(index: Bm25Index, query: string): { id: string; score: number }[] {
  const terms = new Map<string, number>();
  for (const t of tokenize(query)) terms.set(t, (terms.get(t) ?? 0) + 1);
  const out: { id: string; score: number }[] = [];
  for (const d of index.docs) {
    let score = 0;
    for (const [t, qf] of terms) {
      const f = d.tf.get(t);
      if (!f) continue;
      const idf = index.idf.get(t) ?? 0;
      // Query term frequency is dampened so a long principle does not swamp the score with one word.
      score += idf * ((f * (K1 + 1)) / (f + K1 * (1 - B + (B * d.length) / index.avgLength))) * Math.log(1 + qf);
    }
    if (score > 0) out.push({ id: d.id, score: Math.round(score * 1000) / 1000 });
  }
  return out.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}
