// npm run bench:fulltext — how to make every word of every pinned version searchable, measured two ways
// on the same texts (run after `npm run build`; needs the texts of record and Chromium):
//   A. extend the fuse.js payload: every distinct sentence of every version as a record of its own, one
//      file fetched and parsed before the first result;
//   B. Pagefind: one record per section of each version, a chunked index that fetches what a query needs.
// For each: bytes fetched (gzip) before the first results, parse or start-up time, per-query p50 / p95
// with the top five results' data loaded, and whether "whistleblowing" finds OpenAI's section on it.
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import * as pagefind from 'pagefind';
import { launchBrowser } from '../tests/e2e/browser.ts';
import { serveStatic } from '../tests/e2e/static-server.ts';
import { runPipeline } from '../src/lib/pipeline/run-pipeline.ts';
import { serializeSearchPayload } from '../src/lib/search/build-search-payload.ts';
import { splitSentences } from '../src/lib/text/sentences.ts';
import type { SearchRecord } from '../src/schemas/search.ts';
import { benchQueries } from './search-queries.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const out = join(root, '.cache', 'fulltext-choice');
const queries = [...benchQueries, 'whistleblowing', 'AGENTS.md', 'chain of command'];
const quantile = (xs: number[], q: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;

const { imported, atlas } = await runPipeline(root);
const latest = new Set(atlas.versions.filter((v) => v.latest).map((v) => v.id));

// The same texts for both: each version cut at its sections (the whole text when it has none).
const parts = imported.flatMap(({ source, doc }) => {
  const starts = doc.sections.map((s) => ({ id: s.id, title: s.title, at: doc.text.lastIndexOf('\n', s.titleSpan.start) + 1 }));
  if (!starts.length || starts[0]!.at > 0) starts.unshift({ id: '', title: source.id, at: 0 });
  return starts.map((s, i) => ({ version: source.id, document: source.document, section: s.id, title: s.title, text: doc.text.slice(s.at, starts[i + 1]?.at ?? doc.text.length) }));
});

// A. Every distinct sentence as a record of the existing engine.
const seen = new Set<string>();
const sentenceRecords: SearchRecord[] = [];
for (const p of parts) {
  for (const block of p.text.split(/\n\s*\n/)) {
    for (const s of splitSentences(block, 0, block.length)) {
      const words = block.slice(s.start, s.end).replace(/\s+/g, ' ');
      if (seen.has(words)) continue;
      seen.add(words);
      // The sentence as a record's only text (its detail), as the engine's payload now has no quote field.
      sentenceRecords.push({ kind: 'principle', id: p.section, title: '', detail: words, document: p.document, version: p.version.split('@')[1]! });
    }
  }
}
const base = JSON.parse(readFileSync(join(dist, 'data/search-latest.json'), 'utf8')) as {
  labs: Record<string, string>;
  documents: Record<string, string>;
  records: SearchRecord[];
};
const fusePayload = serializeSearchPayload('fulltext', { labs: base.labs, documents: base.documents }, [...base.records, ...sentenceRecords]);

// B. Pagefind over the same parts, written beside a copy of nothing else: its own folder, served alone.
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
if (!index) throw new Error('pagefind: no index');
for (const p of parts) {
  const r = await index.addCustomRecord({
    url: `/documents/${p.version.replace('@', '/')}/text/#${p.section}`,
    content: p.text,
    language: 'en',
    meta: { title: p.title },
    filters: { document: [p.document], latest: [latest.has(p.version) ? 'yes' : 'no'] },
  });
  if (r.errors.length) throw new Error(`pagefind: ${p.version} › ${p.section}: ${r.errors.join('; ')}`);
}
await index.writeFiles({ outputPath: join(out, 'pagefind') });
await pagefind.close();

const harness = (
  await build({ entryPoints: [fileURLToPath(new URL('./search-harness.ts', import.meta.url))], bundle: true, format: 'iife', write: false, minify: true, target: 'es2022' })
).outputFiles[0]!.text;
const server = await serveStatic(out);
const browser = await launchBrowser();
try {
  console.log(
    `full-text search, measured on ${imported.length} versions (${parts.length} sections, ${sentenceRecords.length} distinct sentences); ${queries.length} queries, headless Chromium`,
  );
  // A: one payload; bytes before the first results are the whole payload (the worker and fuse.js aside).
  {
    const page = await browser.newPage();
    await page.goto(`${server.url}/`).catch(() => undefined);
    await page.addScriptTag({ content: harness });
    const r = await page.evaluate(([t, q]) => window.benchSearch(t, q, 4), [fusePayload, queries] as const);
    const whistle = (JSON.parse(fusePayload) as { records: SearchRecord[] }).records.some((x) => /whistleblow/i.test(x.detail));
    console.log(
      `A fuse.js, one payload   before first results ${(gzipSync(fusePayload).byteLength / 1024).toFixed(0)} KB gzip (${(fusePayload.length / 1048576).toFixed(1)} MB raw)  parse ${r.parseMs.toFixed(0)} ms  ` +
        `per query p50 ${quantile(r.perQuery, 0.5).toFixed(1)} ms, p95 ${quantile(r.perQuery, 0.95).toFixed(1)} ms  whistleblowing indexed: ${whistle}`,
    );
    await page.close();
  }
  // B: a fresh page per first query (nothing cached), then every query timed on one warm page.
  {
    const firstBytes: number[] = [];
    for (const q of ['whistleblowing', 'sycophancy', 'system prompt leak']) {
      const page = await browser.newPage();
      let bytes = 0;
      page.on('response', (res) => {
        if (!res.url().includes('/pagefind/')) return;
        void res.body().then((b) => (bytes += /\.pf_|\.pagefind$/.test(res.url()) ? b.byteLength : gzipSync(b).byteLength));
      });
      await page.goto(`${server.url}/`).catch(() => undefined);
      await page.evaluate(async (query) => {
        const pf = (await import(`${location.origin}/pagefind/pagefind.js`)) as { search: (q: string) => Promise<{ results: { data: () => Promise<unknown> }[] }> };
        const s = await pf.search(query);
        await Promise.all(s.results.slice(0, 5).map((x) => x.data()));
      }, q);
      await page.waitForTimeout(200);
      firstBytes.push(bytes);
      await page.close();
    }
    const page = await browser.newPage();
    await page.goto(`${server.url}/`).catch(() => undefined);
    const r = await page.evaluate(async (qs) => {
      const pf = (await import(`${location.origin}/pagefind/pagefind.js`)) as {
        init: () => Promise<void>;
        search: (q: string) => Promise<{ results: { data: () => Promise<{ url: string }> }[] }>;
      };
      const t0 = performance.now();
      await pf.init();
      const initMs = performance.now() - t0;
      const times: number[][] = [[], []];
      let whistleUrl = '';
      for (let round = 0; round < 2; round++) {
        for (const q of qs) {
          const t = performance.now();
          const s = await pf.search(q);
          const top = await Promise.all(s.results.slice(0, 5).map((x) => x.data()));
          // The first round fetches chunks; the second is what a reader sees once the chunks are cached.
          times[round]!.push(performance.now() - t);
          if (q === 'whistleblowing') whistleUrl = top[0]?.url ?? '';
        }
      }
      return { initMs, times, whistleUrl };
    }, queries);
    console.log(
      `B Pagefind, chunked      before first results ${firstBytes.map((b) => `${(b / 1024).toFixed(0)} KB`).join(' / ')} gzip ("whistleblowing" / "sycophancy" / "system prompt leak", cold)  start-up ${r.initMs.toFixed(0)} ms  ` +
        `per query (top 5 loaded) first time p50 ${quantile(r.times[0]!, 0.5).toFixed(1)} ms, p95 ${quantile(r.times[0]!, 0.95).toFixed(1)} ms; again p50 ${quantile(r.times[1]!, 0.5).toFixed(1)} ms, p95 ${quantile(r.times[1]!, 0.95).toFixed(1)} ms  whistleblowing → ${r.whistleUrl}`,
    );
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
