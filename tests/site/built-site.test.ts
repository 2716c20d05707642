import { primaryDocuments } from '../../src/lib/view/primary-documents.ts';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { atlasSchema } from '../../src/schemas/atlas.ts';
import { stanceLabels } from '../../src/lib/view/stance-label.ts';
import { brokenLinks } from '../helpers/link-check.ts';
import { auditAgreement, questionedSentence } from '../../src/lib/audit/agreement.ts';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const parsed = new Map<string, HTMLElement>();
const page = (path: string): HTMLElement => {
  let d = parsed.get(path);
  if (!d) parsed.set(path, (d = parse(readFileSync(join(dist, path), 'utf8'))));
  return d;
};
const atlas = atlasSchema.parse(JSON.parse(readFileSync(join(dist, 'data/atlas.json'), 'utf8')));

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? htmlFiles(p) : n.endsWith('.html') ? [p] : [];
  });
}

describe('the emitted dataset /data/atlas.json', () => {
  it('validates against its schema and holds the OpenAI versions it is known to, in order (later ones may join)', () => {
    const labels = atlas.versions.filter((v) => v.document === 'openai/model-spec').map((v) => v.version);
    const known = ['2025-02-12', '2025-04-11', '2025-09-12', '2025-10-27', '2025-12-17', '2025-12-18'];
    expect(labels.filter((l) => known.includes(l))).toEqual(known);
  });
  it('matches the figures the README states', () => {
    const readme = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');
    const m = /Tracked: (\d+) dated versions of (\d+) documents from (\d+) labs[\s\S]*?taxonomy of (\d+) topics in (\d+) groups/.exec(readme)!;
    expect(m.slice(1).map(Number)).toEqual([atlas.versions.length, atlas.documents.length, atlas.labs.length, atlas.topics.length, atlas.groups.length]);
  });
  it('marks exactly one version per document as the latest', () => {
    for (const d of atlas.documents) expect(atlas.versions.filter((v) => v.document === d.id && v.latest)).toHaveLength(1);
  });
});

describe('the matrix pages /matrix/, /matrix/all/ and /matrix/policies/', () => {
  const behaviorKinds = ['model-spec', 'constitution', 'system-prompt'];
  const main = new Set(primaryDocuments(atlas));
  const views = [
    // By default one column per lab: its main behavior document.
    { path: 'matrix/index.html', docs: atlas.documents.filter((d) => main.has(d.id)) },
    { path: 'matrix/all/index.html', docs: atlas.documents.filter((d) => behaviorKinds.includes(d.kind)) },
    { path: 'matrix/policies/index.html', docs: atlas.documents.filter((d) => !behaviorKinds.includes(d.kind)) },
  ];
  const latestOf = (docId: string) => atlas.versions.find((v) => v.document === docId && v.latest)!.id;

  for (const { path, docs } of views) {
    const doc = page(path);
    const table = doc.querySelector('table.matrix')!;
    it(`${path}: a semantic table with a caption and a column header per document of its kind (latest version)`, () => {
      expect(table.querySelector('caption')?.text).toMatch(/Stances by topic/);
      const cols = table
        .querySelectorAll('thead th[data-col]')
        .map((th) => th.getAttribute('data-col'))
        .sort();
      expect(cols).toEqual(docs.map((d) => latestOf(d.id)).sort());
    });
    it(`${path}: a row header for every topic, under its group`, () => {
      const rows = table.querySelectorAll('tbody tr[id^=topic-]');
      expect(rows.map((r) => r.id.replace('topic-', '')).sort()).toEqual(atlas.topics.map((t) => t.id).sort());
      expect(table.querySelectorAll('tbody th[scope=colgroup]').length).toBe(new Set(atlas.topics.map((t) => t.group)).size);
    });
    it(`${path}: each cell's state as its word (and its symbol by state), matching the derived cells`, () => {
      const heads = table.querySelectorAll('thead th[data-col]');
      for (const row of table.querySelectorAll('tbody tr[id^=topic-]')) {
        const topic = row.id.replace('topic-', '');
        row.querySelectorAll('td').forEach((td, i) => {
          const cell = atlas.cells.find((c) => c.topic === topic && c.version === heads[i]!.getAttribute('data-col'))!;
          expect(td.getAttribute('data-state')).toBe(cell.state);
          expect(td.querySelector('.stance')!.text).toBe(stanceLabels[cell.state].text);
          expect(td.querySelector('.stance')!.getAttribute('data-s')).toBe(cell.state);
        });
      }
    });
    it(`${path}: every cell links to the document's entry on the topic page`, () => {
      for (const a of table.querySelectorAll('td a.cell-link')) expect(a.getAttribute('href')).toMatch(/^\/topics\/[a-z0-9-]+\/#doc-[a-z0-9-]+$/);
    });
  }

  it('gives every state its symbol in the stylesheet, the same as everywhere else', () => {
    const css = page('matrix/index.html')
      .querySelectorAll('style')
      .map((s) => s.text)
      .join('\n');
    for (const [state, { symbol }] of Object.entries(stanceLabels)) {
      expect(css).toMatch(new RegExp(`\\.stance\\[data-s=['"]?${state}['"]?\\]\\s*\\{\\s*--symbol:\\s*['"]${symbol}['"]`));
    }
  });

  it('draws each view’s heatmap at build time as an image with an image map, on a page of its own: a named link per square, a legend in the picture', () => {
    for (const [matrix, overview, file, docs] of [
      ['matrix/index.html', 'matrix/overview/', 'matrix/overview.svg', views[1]!.docs],
      ['matrix/policies/index.html', 'matrix/policies/overview/', 'matrix/policies-overview.svg', views[2]!.docs],
    ] as const) {
      expect(page(matrix).querySelector(`.picture-link a[href="/${overview}"]`), matrix).not.toBeNull();
      const html = page(`${overview}index.html`);
      const images = html.querySelectorAll('.picture img');
      expect(images).toHaveLength(1);
      expect(images[0]!.getAttribute('src')).toBe(`/${file}`);
      const map = html.querySelector(`map[name="${images[0]!.getAttribute('usemap')!.slice(1)}"]`)!;
      const areas = map.querySelectorAll('area[href][alt]');
      expect(areas).toHaveLength(atlas.topics.length * docs.length);
      for (const a of areas.slice(0, 50)) expect(a.getAttribute('href')).toMatch(/^\/topics\/[a-z0-9-]+\/#doc-/);
      // The picture is a few hundred elements, not one per square.
      const svg = parse(readFileSync(join(dist, file), 'utf8'));
      expect(svg.querySelectorAll('*').length).toBeLessThan(areas.length / 2);
      expect(svg.querySelectorAll('.legend .legend-label').map((t) => t.text)).toEqual(['must', 'should', 'may', 'should not', 'must not', 'conflicting', 'silent']);
      expect([Number(images[0]!.getAttribute('width')), Number(images[0]!.getAttribute('height'))]).toEqual(
        svg.querySelector('svg')!.getAttribute('viewBox')!.split(' ').slice(2).map(Number),
      );
    }
  });
});

describe('topic pages /topics/<id>/', () => {
  it('exist for every topic, with the question and an entry per document', () => {
    for (const t of atlas.topics) {
      const d = page(`topics/${t.id}/index.html`);
      expect(d.querySelector('.question')!.text).toBe(t.question);
      // Documents that answer get a section; the silent ones are folded into one list, each with its note.
      expect(d.querySelectorAll('section.topic-doc').length + d.querySelectorAll('.silent-list li[id^="doc-"]').length).toBe(atlas.documents.length);
    }
  });
  it('show a verbatim quote with a source link for every passage of the latest versions: default, adjustments, scopes, see-also', () => {
    for (const t of atlas.topics) {
      const d = page(`topics/${t.id}/index.html`);
      const latest = atlas.cells.filter((c) => c.topic === t.id && atlas.versions.find((v) => v.id === c.version)!.latest);
      // Every passage is shown once: the default's, each stated adjustment's, each scope's and each see-also.
      const passages = latest.reduce(
        (n, c) =>
          n +
          c.evidence.length +
          c.adjustments.filter((a) => a.basis === 'stated').reduce((m, a) => m + a.evidence.length, 0) +
          c.scopes.reduce((m, s) => m + s.evidence.length, 0) +
          c.seeAlso.length,
        0,
      );
      const blocks = d.querySelectorAll('div.evidence');
      expect(blocks).toHaveLength(passages);
      for (const b of blocks) {
        expect(b.querySelector('blockquote p')!.text.trim().length).toBeGreaterThan(3);
        // The pinned copy is always linked (the publisher's page first, where there is one for the version).
        const links = b.querySelectorAll('figcaption a');
        expect(links.at(-1)!.text).toMatch(/^pinned copy, (line [\d,]+|characters [\d,]+–[\d,]+)$/);
        expect(links.at(-1)!.getAttribute('href')).toMatch(/^https:\/\/(github\.com\/[^/]+\/[^/]+\/blob\/[0-9a-f]{40}\/|web\.archive\.org\/)/);
      }
    }
  });
});

describe('version pages', () => {
  it('exist for every version and show every principle’s card once, in document order: on the page, or in its parts for a long version', () => {
    let split = 0;
    for (const v of atlas.versions) {
      const [docId, label] = v.id.split('@');
      const d = page(`documents/${docId}/${label}/index.html`);
      const expected = atlas.principles
        .filter((p) => p.version === v.id)
        .sort((a, b) => a.order - b.order)
        .map((p) => p.id);
      const parts = d.querySelectorAll('.part-list > li > h3 a').map((a) => a.getAttribute('href')!);
      if (parts.length === 0) {
        expect(d.querySelectorAll('article.principle').map((a) => a.id.replace(/^p-/, ''))).toEqual(expected);
        continue;
      }
      split++;
      expect(d.querySelectorAll('article.principle')).toHaveLength(0);
      const cards = parts.flatMap((href) =>
        page(`${href.slice(1)}index.html`)
          .querySelectorAll('article.principle')
          .map((a) => a.id.replace(/^p-/, '')),
      );
      expect(cards).toEqual(expected);
      // Each principle keeps an entry (and its old anchor) on the version page, pointing at its card.
      for (const id of expected) {
        const entry = d.getElementById(`p-${id}`);
        expect(entry?.getAttribute('data-moved'), id).toMatch(new RegExp(`/principles/[a-z0-9-]+/#p-${id.replace(/[.]/g, '\\.')}$`));
      }
    }
    // The long versions (the model specs and the constitution) are the ones in parts.
    expect(split).toBeGreaterThanOrEqual(10);
  });

  it('of a long version weigh no more than a short one: no page of a version or its parts over 60 KB gzip', () => {
    for (const v of atlas.versions.filter((x) => x.document === 'openai/model-spec' || x.document === 'anthropic/constitution')) {
      const [docId, label] = v.id.split('@');
      const dir = join(dist, `documents/${docId}/${label}`);
      const files = [
        join(dir, 'index.html'),
        ...(existsSync(join(dir, 'principles')) ? readdirSync(join(dir, 'principles')).map((s) => join(dir, 'principles', s, 'index.html')) : []),
      ];
      for (const f of files) expect(gzipSync(readFileSync(f)).byteLength, relative(dist, f)).toBeLessThan(60 * 1024);
    }
  });
});

describe('renamed ids', () => {
  it('keep the old principle anchor on later version pages (content/redirects.yaml), on the card and on the version page’s entry', () => {
    const d = page('documents/openai/model-spec/2025-12-18/index.html');
    const entry = d.querySelector('#p-protect_privileged_messages');
    expect(entry?.getAttribute('data-moved')).toMatch(/\/principles\/[a-z0-9-]+\/#p-protect_privileged_information$/);
    const part = page(`${entry!.getAttribute('data-moved')!.split('#')[0]!.slice(1)}index.html`);
    const alias = part.querySelector('#p-protect_privileged_messages');
    expect(alias).not.toBeNull();
    expect(alias!.nextElementSibling?.id).toBe('p-protect_privileged_information');
  });
});

describe('diff pages', () => {
  it('exist for every pair of consecutive versions', () => {
    for (const v of atlas.versions.filter((x) => x.previous)) {
      const [docId, label] = v.id.split('@');
      expect(existsSync(join(dist, `documents/${docId}/diff/${v.previous!.split('@')[1]}...${label}/index.html`)), v.id).toBe(true);
    }
  });
});

describe('the methodology page /methodology/ (MDX)', () => {
  it('renders GitHub-flavored Markdown tables through remark-gfm', () => {
    const table = page('methodology/index.html').querySelector('article table');
    expect(table?.querySelectorAll('tbody tr')).toHaveLength(5);
  });
  it('publishes the latest audit: its seed, its verdict counts and how far its auditors agreed', () => {
    const audit = atlas.audits.at(-1)!;
    const facts = page('methodology/index.html').querySelector('section.accuracy .audit-facts')!;
    const fact = (term: string): string | undefined =>
      facts
        .querySelectorAll('dt')
        .find((dt) => dt.textContent.trim() === term)
        ?.nextElementSibling?.textContent.replace(/\s+/g, ' ')
        .trim();
    const n = (v: string): number => audit.cells.filter((c) => c.verdict === v).length;
    expect(fact('Sample')).toContain(`${audit.cells.length} cells, seed ${audit.seed}`);
    expect(fact('Correct')).toMatch(new RegExp(`^${n('correct')} \\(`));
    expect(fact('Wrong')).toMatch(new RegExp(`^${n('wrong')} \\(`));
    const agreement = auditAgreement(audit.cells);
    if (agreement) {
      expect(fact('Agreement between auditors')).toContain(`judged ${agreement.checked} of these cells without seeing the first verdicts: the same verdict on ${agreement.same} (`);
      expect(fact('Agreement between auditors')).toContain(questionedSentence(agreement));
    } else expect(fact('Agreement between auditors')).toBeUndefined();
  });
  it('lists each earlier audit with its figures and, where it had one, its agreement check', () => {
    const items = page('methodology/index.html')
      .querySelectorAll('section.accuracy .audit-list li')
      .map((li) => li.textContent.replace(/\s+/g, ' '));
    const earlier = atlas.audits.slice(0, -1);
    expect(earlier.length).toBeGreaterThan(0);
    for (const a of earlier) {
      const item = items.find((t) => t.startsWith(`${a.date}, seed ${a.seed},`));
      expect(item, `audit seed ${a.seed}`).toBeDefined();
      const g = auditAgreement(a.cells);
      if (g) expect(item).toMatch(new RegExp(`corrections: \\d+\\. A second auditor re-judged ${g.checked} of its cells: the same verdict on ${g.same}\\.`));
    }
  });
});

describe('curated quote selectors', () => {
  it('show every quote an editor chose on the principle’s card (its version page, or the part of a long one)', () => {
    const curated = atlas.principles.filter((p) => p.quotes.some((q) => q.origin === 'curated'));
    expect(curated.length).toBeGreaterThan(0);
    for (const p of curated) {
      const [docId, label] = p.version.split('@');
      // Ids may hold dots (red-line.privacy): select by attribute, not as a CSS id.
      let card = page(`documents/${docId}/${label}/index.html`).querySelector(`[id="p-${p.id}"]`)!;
      // A long version's page lists its principles; the card is on the part the entry points at.
      const moved = card.getAttribute('data-moved');
      if (moved) card = page(`${moved.split('#')[0]!.slice(1)}index.html`).querySelector(`[id="p-${p.id}"]`)!;
      expect(card.querySelectorAll('figure.quote'), `${p.version}#${p.id}`).toHaveLength(p.quotes.length);
    }
  });
});

describe('every built page', () => {
  const files = htmlFiles(dist);
  it('exists for the home page, the matrix, and the index and editorial pages', () => {
    expect(files.map((f) => relative(dist, f)).sort()).toEqual(
      expect.arrayContaining([
        'index.html',
        'matrix/index.html',
        'methodology/index.html',
        'sources/index.html',
        'about/index.html',
        'compare/index.html',
        'topics/index.html',
        'labs/index.html',
      ]),
    );
  });
  it('has a language, a title and exactly one h1', () => {
    for (const f of files) {
      const d = parse(readFileSync(f, 'utf8'));
      expect(d.querySelector('html')!.getAttribute('lang'), f).toBe('en');
      expect(d.querySelector('title')!.text.length, f).toBeGreaterThan(5);
      expect(d.querySelectorAll('h1'), f).toHaveLength(1);
    }
  });
  // Reads every page (about 1,200 with the reader pages): over a minute on a busy machine.
  it('links only to internal pages and files that exist', () => {
    expect(brokenLinks(dist)).toEqual([]);
  }, 300_000);
});

describe('versions known to be published but not pinned', () => {
  it('are named on the document page and the latest version page, so our latest is never taken for the lab’s', () => {
    for (const path of ['documents/openai/model-spec/index.html', 'documents/openai/model-spec/2025-12-18/index.html']) {
      const note = page(path).querySelector('.known-newer');
      expect(note?.text, path).toMatch(/A newer version \(2026-08-18\) is published/);
      expect(note!.text).toMatch(/the latest version we hold is 2025-12-18\./);
      expect(note!.text).toMatch(/nothing here reflects it/);
      expect(note!.querySelector('a')!.getAttribute('href')).toBe('https://model-spec.openai.com/2026-08-18.html');
    }
    expect(page('documents/openai/model-spec/2025-09-12/index.html').querySelector('.known-newer')).toBeNull();
  });
  it('are in the dataset, with the document', () => {
    expect(atlas.documents.find((d) => d.id === 'openai/model-spec')!.knownUnpinned.map((k) => k.version)).toContain('2026-08-18');
  });
});

describe('security headers', () => {
  it('every page carries its Content-Security-Policy, and _headers repeats it for hosts, forbidding framing', () => {
    for (const f of htmlFiles(dist)) {
      const meta = parse(readFileSync(f, 'utf8')).querySelector('meta[http-equiv="content-security-policy"]');
      expect(meta, f).not.toBeNull();
      expect(meta!.getAttribute('content'), f).toMatch(/default-src 'self'.*object-src 'none'.*script-src 'self'/);
    }
    const headers = readFileSync(join(dist, '_headers'), 'utf8');
    expect(headers).toMatch(/^\/\*$/m);
    // WebAssembly may be compiled (Pagefind's worker, under the header policy), nothing else evaluated.
    expect(headers).toMatch(/Content-Security-Policy: default-src 'self';.*script-src 'self' 'wasm-unsafe-eval' 'sha256-.*frame-ancestors 'none'/);
    expect(headers).not.toMatch(/'unsafe-eval'|'unsafe-inline'/);
    expect(headers).toMatch(/X-Content-Type-Options: nosniff/);
  }, 300_000);
});
