import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../src/lib/pipeline/run-pipeline.ts';
import { fixtureProject, type FixtureProject } from './helpers/fixture.ts';
import { seededRandom } from '../src/lib/random/seeded.ts';

const FILES = [
  'content/labs/acme.yaml',
  'content/documents/acme/spec.yaml',
  'content/taxonomy/groups.yaml',
  'content/taxonomy/topics/secrecy.yaml',
  'content/taxonomy/topics/length.yaml',
  'content/crosswalks/ailuminate.yaml',
  'content/curation/acme/spec.yaml',
  'content/alignments/acme/spec.yaml',
  'content/sources/manifest.json',
];

const JUNK_VALUES = [
  '',
  '0',
  '-1',
  'null',
  '[]',
  '{}',
  'true',
  '"<script>alert(1)</script>"',
  '"<b>bold</b>"',
  'x'.repeat(200_000),
  '1e309',
  '"\\u0000"',
  '~',
  '&anchor',
  '*alias',
  '!!binary aGk=',
  '"ünïcödé ✓"',
  '{ hash: 0000000000000000 }',
  '[{ hash: zz }]',
  'unknown-topic',
  'be_brief',
];

/** One malformed variant of a content file: a mutation the editors could plausibly make by mistake, or worse. */
function mutate(text: string, next: () => number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const lines = text.split('\n');
  const at = Math.floor(next() * lines.length);
  switch (Math.floor(next() * 9)) {
    case 0: // truncate anywhere
      return text.slice(0, Math.floor(next() * text.length));
    case 1: // replace a value with junk
      return lines.map((l, i) => (i === at ? l.replace(/:\s*.*$/, `: ${pick(JUNK_VALUES)}`) : l)).join('\n');
    case 2: // break indentation
      return lines.map((l, i) => (i === at ? `${' '.repeat(Math.floor(next() * 7))}${l.trimStart()}` : l)).join('\n');
    case 3: // insert stray YAML syntax
      return lines.map((l, i) => (i === at ? `${l}${pick([':', ' - ', '\t', '{', ']', '"', "'", '#', ': :'])}` : l)).join('\n');
    case 4: // delete a line
      return lines.filter((_, i) => i !== at).join('\n');
    case 5: // duplicate a line (duplicate keys / entries)
      return lines.flatMap((l, i) => (i === at ? [l, l] : [l])).join('\n');
    case 6: // rename an id or a reference
      return text.replace(
        pick(['secrecy', 'length', 'keep_secrets', 'be_brief', 'acme', 'conduct', 'prv', 'acme/spec@v1', 'v1']),
        pick(['secrets', 'Length', 'keep-secrets', '', 'ACME', 'acme/other', 'zz', 'v9']),
      );
    case 7: // huge or empty text fields
      return text.replace(/(summary|description|question|title|name): .*/, (_, k) => `${k}: ${pick(['""', 'x'.repeat(300_000), '"<script>alert(1)</script>"', '   '])}`);
    default: // change a number in a selector or manifest
      return text.replace(/(from|to|start|end|bytes): \d+|"bytes": \d+/, (m) => m.replace(/\d+/, pick(['-5', '99999999', '1.5', 'NaN'])));
  }
}

const KNOWN = ['ContentError', 'SourceError'];
const MESSAGE = /^(content\/\S+ › .+ › .+: .+|Source \S+: .+)/s;

let project: FixtureProject;
beforeAll(() => {
  project = fixtureProject();
});
afterAll(() => project.dispose());

describe('fuzzed content', () => {
  it('1,200 malformed inputs each build or stop with one clear message naming file, entry and field, never another error', async () => {
    const next = seededRandom(20261127);
    const originals = new Map(FILES.map((f) => [f, readFileSync(join(project.root, f), 'utf8')]));
    const outcomes = { built: 0, rejected: 0 };
    const bad: string[] = [];
    for (let i = 0; i < 1200; i++) {
      const file = FILES[Math.floor(next() * FILES.length)]!;
      const mutated = mutate(originals.get(file)!, next);
      writeFileSync(join(project.root, file), mutated);
      try {
        const result = await runPipeline(project.root, { mirrorDir: project.mirror });
        // A build that succeeds must be whole: every cell derived, every quote verified against its source.
        expect(result.atlas.cells).toHaveLength(result.atlas.topics.length * result.atlas.versions.length);
        outcomes.built++;
      } catch (e) {
        const err = e as Error;
        if (!KNOWN.includes(err.name) || !MESSAGE.test(err.message)) bad.push(`#${i} ${file}: ${err.name}: ${err.message.slice(0, 200)}`);
        else outcomes.rejected++;
      } finally {
        writeFileSync(join(project.root, file), originals.get(file)!);
      }
    }
    expect(bad).toEqual([]);
    expect(outcomes.rejected).toBeGreaterThan(600);
    expect(outcomes.built + outcomes.rejected).toBe(1200);
  }, 300_000);
});
