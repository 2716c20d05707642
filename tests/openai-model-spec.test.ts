import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { overrideByLevel } from '../src/lib/importers/openai-model-spec.ts';
import { runPipeline, type PipelineResult } from '../src/lib/pipeline/run-pipeline.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
let result: PipelineResult;
beforeAll(async () => {
  result = await runPipeline(root);
});

describe("OpenAI's Model Spec, all five released versions", () => {
  it('imports 51, 51, 57, 58 and 59 principles (headings with authority=) from the five released versions', () => {
    const known = ['2025-02-12', '2025-04-11', '2025-09-12', '2025-10-27', '2025-12-18'];
    const counts = Object.fromEntries(
      result.imported
        .filter((v) => v.source.document === 'openai/model-spec' && known.includes(v.source.version))
        .map((v) => [v.source.version, v.principles.filter((p) => p.origin === 'imported').length]),
    );
    expect(counts).toEqual({ '2025-02-12': 51, '2025-04-11': 51, '2025-09-12': 57, '2025-10-27': 58, '2025-12-18': 59 });
  });

  it('gives every principle of 2025-12-18 the override its authority level in the source implies', () => {
    const v = result.imported.find((i) => i.source.document === 'openai/model-spec' && i.source.version === '2025-12-18')!;
    for (const p of v.principles.filter((x) => x.origin === 'imported')) {
      const heading = v.doc.text.split('\n')[p.line - 1]!;
      const level = /authority=([a-z]+)/.exec(heading)![1]!;
      expect({ id: p.id, level: p.level, override: p.override }).toEqual({ id: p.id, level, override: overrideByLevel[level]!.override });
    }
  });

  it('uses the "platform" level before 2025-09-12 and "root" from then on', () => {
    const levels = (version: string) =>
      new Set(result.imported.find((i) => i.source.document === 'openai/model-spec' && i.source.version === version)!.principles.map((p) => p.level));
    expect(levels('2025-04-11').has('platform')).toBe(true);
    expect(levels('2025-09-12').has('platform')).toBe(false);
    expect(levels('2025-09-12').has('root')).toBe(true);
  });

  it('extracts every quote verbatim from the text of record, at the offsets it names', () => {
    for (const v of result.imported) {
      for (const p of v.principles) for (const q of p.quotes) expect(v.doc.text.slice(q.start, q.end)).toBe(q.text);
    }
  });

  it('has a curated position, summary and alignment (or a reason to align it to nothing) for every principle of 2025-12-18', () => {
    const latest = result.atlas.principles.filter((p) => p.version === 'openai/model-spec@2025-12-18');
    const aligned = new Set(result.atlas.alignments.filter((a) => a.origin === 'curated').map((a) => a.principle));
    const missing = latest.filter((p) => p.positionSource !== 'curated' || !p.summary || (!aligned.has(`${p.version}#${p.id}`) && !p.outOfScope)).map((p) => p.id);
    expect(missing).toEqual([]);
  });

  it('keeps GOOD / BAD examples with their verdicts', () => {
    const latest = result.imported.find((i) => i.source.document === 'openai/model-spec' && i.source.version === '2025-12-18')!;
    const verdicts = latest.principles.flatMap((p) => p.examples.flatMap((e) => e.responses.map((r) => r.verdict)));
    expect(verdicts.filter((v) => v === 'good').length).toBeGreaterThan(100);
    expect(verdicts.filter((v) => v === 'bad').length).toBeGreaterThan(50);
  });

  it('derives a cell for every topic × version, each silent default without default passages and each stance with some', () => {
    const { atlas } = result;
    expect(atlas.cells).toHaveLength(atlas.topics.length * atlas.versions.length);
    for (const c of atlas.cells) expect(c.state === 'silent').toBe(c.evidence.length === 0);
  });
});
