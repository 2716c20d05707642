import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { atlasSchema } from '../../src/schemas/atlas.ts';
import { searchPayloadSchema } from '../../src/schemas/search.ts';
import { docAnchor } from '../../src/lib/view/anchors.ts';
import type { CompareData } from '../../src/lib/view/compare-data.ts';

// A badge states the behavior in our summary's terms, never the grammar of the source sentence. Grok's
// "should not shy away from making claims which are politically incorrect" is an instruction to make
// them: every place that shows the principle must read "should", never "should not".
const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const read = (p: string): string => readFileSync(join(dist, p), 'utf8');
const atlas = atlasSchema.parse(JSON.parse(read('data/atlas.json')));
const grok = atlas.principles.filter((p) => p.id === 'politically-incorrect-claims' && atlas.versions.find((v) => v.id === p.version)!.latest);

describe('the badge of Grok’s instruction on politically incorrect claims', () => {
  it('is found in several latest versions', () => expect(grok.length).toBeGreaterThan(2));

  it('reads "should" on every version page', () => {
    for (const p of grok) {
      const [doc, label] = p.version.split('@');
      const card = parse(read(`documents/${doc}/${label}/index.html`)).querySelector('#p-politically-incorrect-claims')!;
      expect(card.querySelector('.badges .stance')!.text.trim(), p.version).toBe('should');
    }
  });

  it('reads "should" in the search index', () => {
    const payload = searchPayloadSchema.parse(JSON.parse(read('data/search-latest.json')));
    // One record per document; those whose latest version holds the principle are the latest versions' own.
    const latest = new Set(grok.map((p) => p.version));
    const hits = payload.records.filter((r) => r.kind === 'principle' && r.id === 'politically-incorrect-claims' && latest.has(`${r.document}@${r.version}`));
    expect(hits.length).toBe(grok.length);
    for (const r of hits) expect(r.position).toBe('should');
  });

  it('reads "should" wherever a topic page shows it as evidence', () => {
    let shown = 0;
    for (const a of atlas.alignments.filter((x) => x.origin === 'curated' && grok.some((p) => `${p.version}#${p.id}` === x.principle))) {
      const section = parse(read(`topics/${a.topic}/index.html`)).querySelector(`#${docAnchor(a.version.split('@')[0]!)}`)!;
      // Passages that answer (default, scope); a see-also passage shows no stance of its own.
      const answering = section.querySelectorAll('.evidence:not(.evidence-see-also):not(.evidence-adjustment) > .evidence-head');
      for (const head of answering.filter((h) => h.querySelector('a')?.getAttribute('href')?.endsWith('#p-politically-incorrect-claims'))) {
        expect(head.querySelector('.evidence-stance')!.text.trim()).toBe('should');
        shown++;
      }
    }
    expect(shown).toBeGreaterThan(0);
  });

  it('makes the compare data show the cells it decides as a yes, not a no', () => {
    const compare = JSON.parse(read('data/compare.json')) as CompareData;
    const t = compare.topics.findIndex((x) => x.id === 'controversial-topics');
    for (const p of grok) expect(compare.cells[p.version]![t]![0], p.version).toBe('should');
  });
});
