// The search Web Worker: loads an index once per URL and answers queries off the main thread.
import type { SearchPayload } from '../../schemas/search.ts';
import { createSearchEngine, type SearchEngine, type SearchFilters } from './search-engine.ts';

const engines = new Map<string, Promise<SearchEngine>>();

function engineFor(url: string): Promise<SearchEngine> {
  let e = engines.get(url);
  if (!e) {
    e = fetch(url).then(async (r) => {
      if (!r.ok) throw new Error(`search index: HTTP ${r.status}`);
      return createSearchEngine((await r.json()) as SearchPayload);
    });
    engines.set(url, e);
  }
  return e;
}

self.addEventListener('message', async (e: MessageEvent<{ id: number; indexUrl: string; query: string; filters: SearchFilters; limit: number }>) => {
  const { id, indexUrl, query, filters, limit } = e.data;
  try {
    const engine = await engineFor(indexUrl);
    self.postMessage({ id, result: engine.search(query, filters, limit) });
  } catch (err) {
    self.postMessage({ id, result: { error: (err as Error).message } });
  }
});
