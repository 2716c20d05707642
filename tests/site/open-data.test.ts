import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parseMatrixCsv } from '../../src/lib/export/matrix-csv.ts';
import { allowsRedistribution, SHORT_QUOTE_WORDS } from '../../src/lib/export/quote-policy.ts';
import { atlasSchema } from '../../src/schemas/atlas.ts';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const read = (p: string): string => readFileSync(join(dist, p), 'utf8');
const atlas = atlasSchema.parse(JSON.parse(read('data/atlas.json')));

describe('open data', () => {
  it('atlas.json validates against the generated JSON Schema', () => {
    const schema = JSON.parse(read('data/atlas.schema.json'));
    const ajv = new Ajv2020({ allErrors: false, strict: false });
    const validate = ajv.compile(schema);
    const ok = validate(JSON.parse(read('data/atlas.json')));
    expect(validate.errors?.slice(0, 3) ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('the JSON Schema rejects a dataset with a wrong cell state', () => {
    const schema = JSON.parse(read('data/atlas.schema.json'));
    const validate = new Ajv2020({ strict: false }).compile(schema);
    const broken = JSON.parse(read('data/atlas.json'));
    broken.cells[0].state = 'maybe';
    expect(validate(broken)).toBe(false);
  });

  it('matrix.csv parses back to the same cells', () => {
    const rows = parseMatrixCsv(read('data/matrix.csv'));
    expect(rows).toHaveLength(atlas.cells.length);
    rows.forEach((r, i) => {
      const c = atlas.cells[i]!;
      expect([r.topic, r.version, r.state, r.adjustable_by, r.scopes, r.principles]).toEqual([
        c.topic,
        c.version,
        c.state,
        c.state === 'silent' ? '' : c.adjustableBy.join(' ') || (c.changeUnstated ? 'unstated' : 'nobody'),
        c.scopes.map((s) => `${s.scope}: ${s.state}`).join('; '),
        c.evidence.map((e) => atlas.alignments[e]!.principle.split('#')[1]).join(' '),
      ]);
    });
  });

  it('publishes quotes from sources that do not allow republishing only as short quotes', () => {
    const restricted = new Set(atlas.versions.filter((v) => !allowsRedistribution(v.licence)).map((v) => v.id));
    expect(restricted.size).toBeGreaterThan(0);
    for (const p of atlas.principles.filter((x) => restricted.has(x.version))) {
      for (const q of p.quotes) expect((q.text.match(/\S+/g) ?? []).filter((w) => w !== '…').length, `${p.version}#${p.id}`).toBeLessThanOrEqual(SHORT_QUOTE_WORDS);
    }
  });

  it('writes one JSON file per topic with every version’s cell', () => {
    for (const t of atlas.topics) {
      const file = JSON.parse(read(`data/topics/${t.id}.json`)) as { topic: { id: string }; cells: unknown[] };
      expect(file.topic.id).toBe(t.id);
      expect(file.cells).toHaveLength(atlas.versions.length);
    }
  });
});

describe('feeds', () => {
  it('has an entry for OpenAI’s under-18 guidance (first published in the 2025-12-17 cut) in the topic’s feed and the site-wide feed, linking to the diff', () => {
    const link = '/documents/openai/model-spec/diff/2025-10-27...2025-12-17/';
    const topicFeed = read('feeds/topics/users-under-18.xml');
    const entry = topicFeed.split('<item>').find((i) => i.includes('OpenAI Model Spec 2025-12-17'));
    expect(entry).toBeDefined();
    expect(entry).toContain(link);
    expect(entry).toMatch(/stance silent → must, fixed/);
    expect(read('feeds/changes.xml')).toContain(`${link}</link>`);
  });
  it('has one feed per topic', () => {
    for (const t of atlas.topics) expect(read(`feeds/topics/${t.id}.xml`)).toMatch(/^<\?xml/);
  });
});
