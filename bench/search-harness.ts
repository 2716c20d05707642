// Bundled for the browser by the search benchmark: builds the engine from a payload and times queries.
import { createSearchEngine } from '../src/lib/search/search-engine.ts';

declare global {
  interface Window {
    benchSearch: (payloadText: string, queries: string[], rounds: number) => Promise<{ parseMs: number; perQuery: number[]; longTasks: number[] }>;
  }
}

window.benchSearch = async (payloadText, queries, rounds) => {
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => longTasks.push(e.duration)));
  observer.observe({ type: 'longtask', buffered: false });
  // Parsing runs in a task of its own, so the observer sees it; on the site it runs in a Web Worker.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const { engine, parseMs } = await new Promise<{ engine: ReturnType<typeof createSearchEngine>; parseMs: number }>((resolve) =>
    setTimeout(() => {
      const t0 = performance.now();
      const built = createSearchEngine(JSON.parse(payloadText));
      resolve({ engine: built, parseMs: performance.now() - t0 });
    }, 0),
  );
  const perQuery: number[] = [];
  // Each query runs in its own task, as typing would, so a long task is one query's own cost.
  for (let r = 0; r < rounds; r++) {
    for (const q of queries) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      const t = performance.now();
      engine.search(q);
      if (r > 0) perQuery.push(performance.now() - t);
    }
  }
  await new Promise((resolve) => setTimeout(resolve, 50));
  observer.disconnect();
  return { parseMs, perQuery, longTasks };
};
