import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { atlasSchema } from '../../src/schemas/atlas.ts';
import { stanceLabels } from '../../src/lib/view/stance-label.ts';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const page = (path: string): HTMLElement => parse(readFileSync(join(dist, path), 'utf8'));
const atlas = atlasSchema.parse(JSON.parse(readFileSync(join(dist, 'data/atlas.json'), 'utf8')));

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? htmlFiles(p) : n.endsWith('.html') ? [p] : [];
  });
}

describe('the emitted dataset /data/atlas.json', () => {
  it('validates against its schema and holds the five OpenAI versions', () => {
    expect(atlas.versions.filter((v) => v.document === 'openai/model-spec').map((v) => v.version)).toEqual(['2025-02-12', '2025-04-11', '2025-09-12', '2025-10-27', '2025-12-18']);
  });
  it('marks exactly one version per document as the latest', () => {
    for (const d of atlas.documents) expect(atlas.versions.filter((v) => v.document === d.id && v.latest)).toHaveLength(1);
  });
});

describe('the matrix page /matrix/', () => {
  const doc = page('matrix/index.html');
  const table = doc.querySelector('table.matrix')!;

  it('is a semantic table with a caption and a column header per document version', () => {
    expect(table.querySelector('caption')?.text).toMatch(/Stances by topic/);
    const cols = table.querySelectorAll('thead th[scope=col]');
    expect(cols).toHaveLength(atlas.versions.length + 1);
  });
  it('has a row header for every topic, under its group', () => {
    const rows = table.querySelectorAll('tbody tr[id^=topic-]');
    expect(rows.map((r) => r.id.replace('topic-', '')).sort()).toEqual(atlas.topics.map((t) => t.id).sort());
    expect(table.querySelectorAll('tbody th[scope=colgroup]').length).toBe(new Set(atlas.topics.map((t) => t.group)).size);
  });
  it('shows each cell’s state as text and symbol, matching the derived cells', () => {
    const cells = table.querySelectorAll('td.cell');
    expect(cells).toHaveLength(atlas.cells.length);
    const order = atlas.groups.flatMap((g) => atlas.topics.filter((t) => t.group === g.id)).flatMap((t) => atlas.versions.map((v) => atlas.cells.find((c) => c.topic === t.id && c.version === v.id)!));
    cells.forEach((td, i) => {
      const cell = order[i]!;
      expect(td.getAttribute('data-state')).toBe(cell.state);
      expect(td.querySelector('.stance')!.text).toContain(stanceLabels[cell.state].text);
      expect(td.querySelector('.stance .symbol')!.text).toBe(stanceLabels[cell.state].symbol);
    });
  });
  it('says what was looked for in every silent cell', () => {
    for (const td of table.querySelectorAll('td.cell-silent')) expect(td.querySelector('.looked-for')?.text).toMatch(/Looked for: .+\?$/);
  });
  it('shows a verbatim quote with a source link for every piece of evidence', () => {
    const evidence = table.querySelectorAll('details.evidence');
    expect(evidence.length).toBe(atlas.cells.reduce((n, c) => n + c.evidence.length, 0));
    for (const d of evidence) {
      expect(d.querySelectorAll('blockquote p').length).toBeGreaterThan(0);
      expect(d.querySelector('blockquote p')!.text.trim().length).toBeGreaterThan(10);
      expect(d.querySelector('figcaption a')!.getAttribute('href')).toMatch(/^https:\/\/github\.com\/openai\/model_spec\/blob\/[0-9a-f]{40}\/model_spec\.md\?plain=1#L\d+$/);
    }
  });
});

describe('the methodology page /methodology/ (MDX)', () => {
  it('renders GitHub-flavored Markdown tables through remark-gfm', () => {
    const table = page('methodology/index.html').querySelector('article table');
    expect(table?.querySelectorAll('tbody tr')).toHaveLength(5);
  });
});

describe('curated quote selectors', () => {
  it('show every quote an editor chose, in order, on the matrix', () => {
    const html = readFileSync(join(dist, 'matrix/index.html'), 'utf8');
    const curated = atlas.principles.filter((p) => p.quotes.some((q) => q.origin === 'curated'));
    expect(curated.length).toBeGreaterThan(0);
    for (const p of curated) for (const q of p.quotes) expect(html).toContain(`#L${q.line}"`);
  });
});

describe('every built page', () => {
  const files = htmlFiles(dist);
  it('exists for the home page, the matrix and the methodology', () => {
    expect(files.map((f) => relative(dist, f)).sort()).toEqual(expect.arrayContaining(['index.html', 'matrix/index.html', 'methodology/index.html']));
  });
  it('has a language, a title and exactly one h1', () => {
    for (const f of files) {
      const d = parse(readFileSync(f, 'utf8'));
      expect(d.querySelector('html')!.getAttribute('lang'), f).toBe('en');
      expect(d.querySelector('title')!.text.length, f).toBeGreaterThan(5);
      expect(d.querySelectorAll('h1'), f).toHaveLength(1);
    }
  });
  it('links only to internal pages and files that exist', () => {
    const broken: string[] = [];
    for (const f of files) {
      for (const a of parse(readFileSync(f, 'utf8')).querySelectorAll('a[href]')) {
        const href = a.getAttribute('href')!;
        if (/^(https?:|mailto:)/.test(href)) continue;
        const path = href.split('#')[0]!.split('?')[0]!;
        if (!path) continue;
        const target = path.startsWith('/') ? join(dist, path) : join(f, '..', path);
        const ok = existsSync(target) && (statSync(target).isFile() || existsSync(join(target, 'index.html')));
        if (!ok) broken.push(`${relative(dist, f)} → ${href}`);
      }
    }
    expect(broken).toEqual([]);
  });
});
