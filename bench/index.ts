// npm run bench — the budgets of Spec Atlas, as one table (run after `npm ci`; needs Chromium).
//   1. build time, peak memory and time per principle at the real content size, 5× and 10×
//   2. transferred size (gzip) of each page type: HTML, CSS, JS, and the JS loaded before any interaction
//   3. Lighthouse (mobile) performance / accessibility / best practices / SEO per page type
//   4. the search benchmark's figures (bench/search.bench.ts)
// Goals: Lighthouse 100 in all four on every page type; matrix page ≤ 60 KB gzip in total and ≤ 20 KB
// gzip of JS before interaction; real-size build ≤ 60 s; time per principle at 10× within 1.2× of real.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { launchBrowser } from '../tests/e2e/browser.ts';
import { serveStatic } from '../tests/e2e/static-server.ts';
import { scaleContent } from './scale-content.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const only = process.argv.slice(2); // e.g. "build", "pages", "lighthouse", "search"
const want = (part: string): boolean => only.length === 0 || only.includes(part);
const rows: string[][] = [];
const row = (...cells: (string | number)[]): void => void rows.push(cells.map(String));
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

function countFiles(dir: string, ext: string): number {
  return readdirSync(dir).reduce((n, name) => {
    const p = join(dir, name);
    return n + (statSync(p).isDirectory() ? countFiles(p, ext) : name.endsWith(ext) ? 1 : 0);
  }, 0);
}

/** Builds from a content root into a folder; wall time and peak memory from /usr/bin/time. */
function timedBuild(contentRoot: string, out: string): { seconds: number; peakMb: number; principles: number; versions: number; pages: number } {
  const env = { ...process.env, SPEC_ATLAS_CONTENT_ROOT: contentRoot, SPEC_ATLAS_OUT_DIR: out, ASTRO_TELEMETRY_DISABLED: '1', NODE_OPTIONS: '--max-old-space-size=12288' };
  const r = spawnSync('/usr/bin/time', ['-f', 'TIME %e %M', 'npx', 'astro', 'build'], { cwd: root, env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`build failed:\n${r.stdout.slice(-3000)}\n${r.stderr.slice(-3000)}`);
  const [, seconds, kbPeak] = /TIME ([\d.]+) (\d+)/.exec(r.stderr)!;
  const atlas = JSON.parse(readFileSync(join(out, 'data/atlas.json'), 'utf8')) as { principles: unknown[]; versions: unknown[] };
  return { seconds: Number(seconds), peakMb: Number(kbPeak) / 1024, principles: atlas.principles.length, versions: atlas.versions.length, pages: countFiles(out, '.html') };
}

const dist = join(root, '.cache', 'bench-dist');
const pageTypes: Record<string, string> = {
  home: '/',
  matrix: '/matrix/',
  'policies matrix': '/matrix/policies/',
  topic: '/topics/system-prompt-confidentiality/',
  lab: '/labs/openai/',
  document: '/documents/openai/model-spec/',
  version: '/documents/openai/model-spec/2025-12-18/',
  'largest version': '/documents/anthropic/constitution/2026-01-28/',
  'version part': '/documents/openai/model-spec/2025-12-18/principles/seek-the-truth-together/',
  'largest version part': '/documents/anthropic/constitution/2026-01-28/principles/principals/',
  diff: '/documents/openai/model-spec/diff/2025-10-27...2025-12-17/',
  'any-pair diff': '/documents/openai/model-spec/diff/',
  'every document matrix': '/matrix/all/',
  heatmap: '/matrix/overview/',
  compare: '/compare/',
  'compare pair': '/compare/anthropic--constitution/openai--model-spec/',
  search: '/search/',
  // The reader of OpenAI's 2025-12-18 spec: budget ≤ 50 % of the publisher's own page (159 KB gzip), Lighthouse 100.
  reader: '/documents/openai/model-spec/2025-12-18/text/',
  'reader, largest page': '/documents/openai/model-spec/2025-12-18/text/stay_in_bounds/',
  'fit finder': '/fit/',
  sources: '/sources/',
  methodology: '/methodology/',
  data: '/data/',
};

if (want('build')) {
  const scaled: [string, number][] = [
    ['real', 1],
    ['5×', 5],
    ['10×', 10],
  ];
  let perPrincipleReal = 0;
  rows.push(['build', 'size', 'principles', 'versions', 'pages', 'time', 'peak memory', 'ms per principle', 'vs real']);
  for (const [name, times] of scaled) {
    const contentRoot = times === 1 ? root : mkdtempSync(join(tmpdir(), `spec-atlas-${times}x-`));
    if (times > 1) scaleContent(root, contentRoot, times);
    const out = times === 1 ? dist : mkdtempSync(join(tmpdir(), `spec-atlas-out-${times}x-`));
    const b = timedBuild(contentRoot, out);
    const perPrinciple = (b.seconds * 1000) / b.principles;
    if (times === 1) perPrincipleReal = perPrinciple;
    row(
      'build',
      name,
      b.principles,
      b.versions,
      b.pages,
      `${b.seconds.toFixed(1)} s`,
      `${b.peakMb.toFixed(0)} MB`,
      perPrinciple.toFixed(2),
      `${(perPrinciple / perPrincipleReal).toFixed(2)}×`,
    );
    if (times > 1) {
      rmSync(contentRoot, { recursive: true, force: true });
      rmSync(out, { recursive: true, force: true });
    }
  }
} else if (want('pages') || want('lighthouse')) {
  timedBuild(root, dist);
}

if (want('pages') || want('lighthouse')) {
  const server = await serveStatic(dist, { gzip: true });
  try {
    if (want('pages')) {
      rows.push(['page type', 'path', 'HTML gzip', 'CSS gzip', 'JS before interaction', 'JS on first search', 'total before interaction']);
      const worker = readdirSync(join(dist, '_astro')).find((f) => f.startsWith('search-worker'));
      const workerGz = worker ? gzipSync(readFileSync(join(dist, '_astro', worker))).byteLength : 0;
      const browser = await launchBrowser();
      for (const [type, path] of Object.entries(pageTypes)) {
        const page = await browser.newPage();
        const loaded: { url: string; type: string; bytes: number }[] = [];
        page.on('response', async (r) => {
          try {
            const body = await r.body();
            loaded.push({ url: r.url(), type: r.request().resourceType(), bytes: gzipSync(body).byteLength });
          } catch {
            /* redirects have no body */
          }
        });
        await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
        const html = loaded.filter((l) => l.type === 'document').reduce((n, l) => n + l.bytes, 0);
        const css = loaded.filter((l) => l.type === 'stylesheet').reduce((n, l) => n + l.bytes, 0);
        const jsBefore = loaded.filter((l) => l.type === 'script').reduce((n, l) => n + l.bytes, 0);
        const inline = await page.evaluate(() => [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? '').join('\n'));
        const inlineGz = inline ? gzipSync(inline).byteLength : 0;
        const total = loaded.reduce((n, l) => n + l.bytes, 0);
        row(type, path, kb(html), css ? kb(css) : 'inline', kb(jsBefore + inlineGz), `+${kb(workerGz)} (worker with fuse.js)`, kb(total));
        await page.close();
      }
      await browser.close();
    }
    if (want('lighthouse')) {
      rows.push(['lighthouse (mobile)', 'path', 'performance (median run)', 'accessibility', 'best practices', 'SEO', 'LCP', 'TBT']);
      const chrome = await chromeLauncher.launch({
        chromePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
        chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      });
      try {
        // Lighthouse's performance score moves from run to run with what else the machine is doing: each page
        // is measured LIGHTHOUSE_RUNS times (3 unless set) and the run with the median performance is reported.
        const runs = Math.max(1, Number(process.env['LIGHTHOUSE_RUNS'] ?? 3));
        for (const [type, path] of Object.entries(pageTypes)) {
          const results = [];
          for (let i = 0; i < runs; i++) {
            const r = await lighthouse(`${server.url}${path}`, {
              port: chrome.port,
              output: 'json',
              logLevel: 'error',
              onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
            });
            results.push(r!.lhr);
          }
          results.sort((a, b) => (a.categories['performance']?.score ?? 0) - (b.categories['performance']?.score ?? 0));
          const lhr = results[Math.floor(results.length / 2)]!;
          const c = lhr.categories;
          const score = (id: string): string => String(Math.round((c[id]?.score ?? 0) * 100));
          row(
            type,
            path,
            runs > 1 ? `${score('performance')} (runs: ${results.map((x) => Math.round((x.categories['performance']?.score ?? 0) * 100)).join(', ')})` : score('performance'),
            score('accessibility'),
            score('best-practices'),
            score('seo'),
            lhr.audits['largest-contentful-paint']?.displayValue ?? '',
            lhr.audits['total-blocking-time']?.displayValue ?? '',
          );
        }
      } finally {
        chrome.kill();
      }
    }
  } finally {
    await server.close();
  }
}

for (const r of rows) console.log(`| ${r.join(' | ')} |`);

if (want('search')) {
  console.log('');
  spawnSync('node', ['bench/search.bench.ts'], { cwd: root, stdio: 'inherit' });
}
