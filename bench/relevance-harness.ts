// Bundled for the browser by the search benchmark: runs each query as the header search shows it —
// the engine's results grouped by groupHits, and the texts' passages from Pagefind (first when nothing
// else matched every word) — and returns the ids in the order a reader sees them.
import { createSearchEngine, type SearchHit } from '../src/lib/search/search-engine.ts';
import { groupHits, textsPosition } from '../src/lib/search/group-hits.ts';
import { searchTexts, type TextHit } from '../src/lib/search/full-text.ts';

declare global {
  interface Window {
    benchRelevance: (payloadText: string, queries: string[], base: string) => Promise<{ ranked: string[][]; textMs: number[] }>;
  }
}

const idOf = (h: SearchHit): string => {
  const r = h.record;
  if (r.kind === 'principle') return `p:${r.document}#${r.id}`;
  return `${r.kind === 'document' ? 'doc' : r.kind}:${r.id}`;
};

const textIdOf = (h: TextHit): string => {
  const reader = /\/documents\/([^/]+\/[^/]+)\/[^/]+\/text\/(?:([^/#]+)\/)?/.exec(h.href);
  if (reader) return `text:${reader[1]}/${reader[2] ?? ''}`;
  const quoted = /\/documents\/([^/]+\/[^/]+)\/[^/]+\/#p-(.+)$/.exec(h.href);
  return quoted ? `p:${quoted[1]}#${decodeURIComponent(quoted[2]!)}` : h.href;
};

window.benchRelevance = async (payloadText, queries, base) => {
  const engine = createSearchEngine(JSON.parse(payloadText));
  const ranked: string[][] = [];
  const textMs: number[] = [];
  for (const q of queries) {
    const r = engine.search(q, {}, 30);
    const t = performance.now();
    const texts = await searchTexts(base, q, { limit: 3 });
    textMs.push(performance.now() - t);
    const textHits = 'error' in texts ? [] : texts.hits;
    const textIds = textHits.map(textIdOf);
    const groups = groupHits(r.places, r.topics, r.principles);
    const of = (label: (l: string) => boolean): string[] => groups.filter((g) => label(g.label)).flatMap((g) => g.hits.map(idOf));
    const places = of((l) => l === 'Labs and documents');
    const topics = of((l) => l === 'Topics');
    const principles = of((l) => l !== 'Labs and documents' && l !== 'Topics');
    const where = textsPosition(
      q,
      r.complete,
      textHits.map((h) => h.title),
    );
    const order =
      where === 'first'
        ? [...places, ...textIds, ...topics, ...principles]
        : where === 'after-topics'
          ? [...places, ...topics, ...textIds, ...principles]
          : [...places, ...topics, ...principles, ...textIds];
    // A quoted passage of a principle already listed is the same result, counted once.
    ranked.push([...new Set(order)]);
  }
  return { ranked, textMs };
};
