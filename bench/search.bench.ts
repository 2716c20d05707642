// npm run bench:search — the search benchmark (run after `npm run build`).
// Loads the real built index in headless Chromium, times a fixed list of queries (typos included),
// and prints p50 / p95 / max per query, the index's transfer size (gzip) and its parse time; then the
// same on a synthetic dataset ten times the real one. Goals: p95 ≤ 16 ms (real) and ≤ 50 ms (10×), no
// main-thread task over 50 ms, index ≤ 100 KB gzip (real).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { launchBrowser } from '../tests/e2e/browser.ts';
import { serveStatic } from '../tests/e2e/static-server.ts';
import { serializeSearchPayload } from '../src/lib/search/build-search-payload.ts';
import type { SearchRecord } from '../src/schemas/search.ts';
import { benchQueries } from './search-queries.ts';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const ROUNDS = 6;

const quantile = (xs: number[], q: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;

/** Ten times the records, each copy's titles and texts shifted so the copies are not identical. */
function synthetic(records: SearchRecord[], times: number): string {
  const words = records.flatMap((r) => r.title.split(' '));
  const out: SearchRecord[] = [];
  for (let k = 0; k < times; k++) {
    for (const [i, r] of records.entries()) {
      const extra = k === 0 ? '' : ` ${words[(i * 7 + k * 13) % words.length]}`;
      out.push({ ...r, title: `${r.title}${extra}`, detail: `${r.detail}${extra}`, excerpt: `${extra.trim()} ${r.excerpt}`.trim() });
    }
  }
  const base = JSON.parse(realText) as { labs: Record<string, string>; documents: Record<string, string> };
  return serializeSearchPayload('synthetic', { labs: base.labs, documents: base.documents }, out);
}

const harness = (
  await build({ entryPoints: [fileURLToPath(new URL('./search-harness.ts', import.meta.url))], bundle: true, format: 'iife', write: false, minify: true, target: 'es2022' })
).outputFiles[0]!.text;
const realText = readFileSync(`${dist}data/search-latest.json`, 'utf8');
const real = JSON.parse(realText) as { records: SearchRecord[] };
const server = await serveStatic(dist);
const browser = await launchBrowser();
try {
  const page = await browser.newPage();
  await page.goto(`${server.url}/`);
  await page.addScriptTag({ content: harness });
  const runs: [string, string][] = [
    ['real', realText],
    ['10× synthetic', synthetic(real.records, 10)],
  ];
  console.log(`search benchmark: ${benchQueries.length} queries × ${ROUNDS - 1} timed rounds, headless Chromium`);
  for (const [name, text] of runs) {
    // Query cost, measured on the engine itself (the site runs it in a Web Worker).
    const r = await page.evaluate(([t, q, n]) => window.benchSearch(t, q, n), [text, benchQueries, ROUNDS] as const);
    const records = (JSON.parse(text) as { records: unknown[] }).records.length;
    const gz = gzipSync(text).byteLength;
    console.log(
      `${name.padEnd(14)} records ${String(records).padStart(5)}  index ${(text.length / 1024).toFixed(0)} KB, ${(gz / 1024).toFixed(1)} KB gzip  parse ${r.parseMs.toFixed(1)} ms  ` +
        `per query p50 ${quantile(r.perQuery, 0.5).toFixed(2)} ms, p95 ${quantile(r.perQuery, 0.95).toFixed(2)} ms, max ${Math.max(...r.perQuery).toFixed(2)} ms  ` +
        `tasks over 50 ms if run on the main thread ${r.longTasks.length}${r.longTasks.length ? ` (longest ${Math.max(...r.longTasks).toFixed(0)} ms)` : ''}`,
    );
  }
  // The real site: queries typed into the search page, while watching the page's main thread.
  const site = await browser.newPage();
  await site.goto(`${server.url}/search/`);
  await site.evaluate(() => {
    (window as unknown as { longTasks: number[] }).longTasks = [];
    new PerformanceObserver((l) => l.getEntries().forEach((e) => (window as unknown as { longTasks: number[] }).longTasks.push(e.duration))).observe({ type: 'longtask' });
  });
  const roundTrips: number[] = [];
  for (const q of benchQueries) {
    const t = Date.now();
    await site.fill('#search-q', q);
    await site.waitForFunction((query) => document.querySelector('.search-status')?.textContent?.includes(`“${query}”`), q);
    roundTrips.push(Date.now() - t);
  }
  const siteLong = await site.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
  console.log(
    `site (/search/, worker): typing to results p50 ${quantile(roundTrips, 0.5)} ms, p95 ${quantile(roundTrips, 0.95)} ms (includes an 80 ms typing debounce); main-thread long tasks (>50 ms) ${siteLong.length}${siteLong.length ? ` (longest ${Math.max(...siteLong).toFixed(0)} ms)` : ''}`,
  );
} finally {
  await browser.close();
  await server.close();
}
