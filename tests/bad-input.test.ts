import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runPipeline } from '../src/lib/pipeline/run-pipeline.ts';
import { fixtureProject, type FixtureProject } from './helpers/fixture.ts';

let project: FixtureProject | undefined;
afterEach(() => project?.dispose());

/** Runs the whole pipeline on a fixture project, offline, reading texts from its mirror. */
async function build(change: (p: FixtureProject) => void): Promise<string> {
  project = fixtureProject();
  change(project);
  try {
    await runPipeline(project.root, { mirrorDir: project.mirror, cacheDir: undefined, download: undefined });
  } catch (e) {
    return (e as Error).message;
  }
  return 'built without error';
}

describe('bad input stops the build with one message naming file, entry and field', () => {
  it('builds the untouched fixture', async () => {
    expect(await build(() => {})).toBe('built without error');
  });

  it("reads a long document's readings from the files of its folder as well as its own file", async () => {
    const message = await build((p) => {
      const all = p.read('content/alignments/acme/spec.yaml');
      const [first, ...rest] = all.split(/\n(?=- principle:)/);
      p.write('content/alignments/acme/spec.yaml', `${first}\n`);
      mkdirSync(join(p.root, 'content/alignments/acme/spec'), { recursive: true });
      p.write('content/alignments/acme/spec/part-2.yaml', `${rest.join('\n')}\n`);
    });
    expect(message).toBe('built without error');
  });

  it('a principle aligned in two files of one document names both', async () => {
    const message = await build((p) => {
      mkdirSync(join(p.root, 'content/alignments/acme/spec'), { recursive: true });
      p.write('content/alignments/acme/spec/part-2.yaml', '- principle: keep_secrets\n  topics:\n    - topic: secrecy\n');
    });
    expect(message).toMatchInlineSnapshot(
      `"content/alignments/acme/spec.yaml › keep_secrets › principle: duplicate principle id "keep_secrets" (also in content/alignments/acme/spec/part-2.yaml)"`,
    );
  });

  it('a javascript: homepage is refused, naming file, entry and field', async () => {
    const message = await build((p) => p.edit('content/labs/acme.yaml', (t) => t.replace(/homepage: .*/, 'homepage: "javascript:alert(document.domain)//"')));
    expect(message).toMatchInlineSnapshot(
      `"content/labs/acme.yaml › acme › homepage: must be an absolute https:// (or http://) address: no javascript:, data:, relative or protocol-relative links, credentials or spaces"`,
    );
  });

  it('a data: or protocol-relative address in a document is refused', async () => {
    expect(await build((p) => p.edit('content/documents/acme/spec.yaml', (t) => t.replace(/homepage: .*/, 'homepage: "data:text/html,<script>alert(1)</script>"')))).toMatch(
      /acme\/spec › homepage: must be an absolute https/,
    );
    expect(await build((p) => p.edit('content/documents/acme/spec.yaml', (t) => t.replace(/homepage: .*/, 'homepage: "//evil.example/"')))).toMatch(
      /acme\/spec › homepage: must be an absolute https/,
    );
  });

  it('a manifest file path that climbs out of the mirror is refused', async () => {
    const message = await build((p) => p.edit('content/sources/manifest.json', (t) => t.replace('"acme/spec-v1.md"', '"acme/../../p/package.json"')));
    expect(message).toMatchInlineSnapshot(`"content/sources/manifest.json › acme/spec@v1 › file: must stay inside the mirror: no "..", "." or empty path segments"`);
  });

  it('a manifest size that does not match the pinned bytes is refused', async () => {
    const message = await build((p) => p.edit('content/sources/manifest.json', (t) => t.replace('"bytes": 816', '"bytes": 815')));
    expect(message).toMatchInlineSnapshot(`
      "Source acme/spec@v1: the manifest says 815 bytes, but the text of record (SHA-256 8b7b5e1078974f89f0f7b60cced80c49ad6bde943365c918ebb59a8d8879aea0) has 816.
        Fix: correct "bytes" in content/sources/manifest.json."
    `);
  });

  it('a summary of five megabytes is refused, saying the limit', async () => {
    const message = await build((p) => p.edit('content/curation/acme/spec.yaml', (t) => t.replace('summary: Keeps setup text private.', `summary: ${'x'.repeat(5_000_000)}`)));
    expect(message).toMatch(/^content\/curation\/acme\/spec\.yaml › keep_secrets › summary: is longer than 800 characters/);
  });

  it('a right-to-left override in our own text is refused', async () => {
    const message = await build((p) => p.edit('content/labs/acme.yaml', (t) => t.replace('name: Acme', 'name: "Acme \u202Eevil"')));
    expect(message).toMatchInlineSnapshot(
      `"content/labs/acme.yaml › acme › name: holds a bidirectional control character (U+202A–U+202E, U+2066–U+2069), which would reorder the page: remove it"`,
    );
  });

  it('a date that is no day of the calendar is refused, before anything renders', async () => {
    for (const bad of ['2026-13-45', '2026-02-30']) {
      const message = await build((p) => p.edit('content/sources/manifest.json', (t) => t.replace('"date": "2026-01-01"', `"date": "${bad}"`)));
      expect(message).toBe('content/sources/manifest.json › acme/spec@v1 › date: is not a day of the calendar (a month 01–12 and a day that month has)');
    }
  });

  it('a document with no versions is refused, naming its file', async () => {
    const message = await build((p) =>
      p.write(
        'content/documents/acme/other.yaml',
        'lab: acme\ntitle: Other\nkind: system-prompt\nimporter: editorial\nhomepage: https://example.invalid/other\ndescription: A document nobody pinned.\n',
      ),
    );
    expect(message).toMatchInlineSnapshot(
      `"content/documents/acme/other.yaml › acme/other › (versions): no version of this document in content/sources/manifest.json: pin at least one (npm run sources:sync or sources:add)"`,
    );
  });

  it('SPEC_ATLAS_ONLY that matches no document says so, with examples of prefixes', async () => {
    project = fixtureProject();
    const message = await runPipeline(project.root, { mirrorDir: project.mirror, cacheDir: undefined, download: undefined }, ['acmee/']).then(
      () => 'built',
      (e: Error) => e.message,
    );
    expect(message).toMatchInlineSnapshot(`"SPEC_ATLAS_ONLY › acmee/ › (prefixes): matches no document; a prefix is the start of a document id, e.g. acme/"`);
  });

  it('a misspelt field is named as unknown, with the field it probably meant', async () => {
    const message = await build((p) => p.edit('content/curation/acme/spec.yaml', (t) => t.replace('summary: Keeps setup text private.', 'summery: Keeps setup text private.')));
    expect(message).toMatchInlineSnapshot(`"content/curation/acme/spec.yaml › keep_secrets › summery: unknown field — did you mean summary?"`);
    const topic = await build((p) => p.edit('content/taxonomy/topics/length.yaml', (t) => t.replace('question:', 'qestion:')));
    expect(topic).toMatch(/length › qestion: unknown field — did you mean question\?/);
  });

  it('an alignments file renamed .YAML is an error, not ten alignments silently gone', async () => {
    const message = await build((p) => {
      p.write('content/alignments/acme/spec.YAML', p.read('content/alignments/acme/spec.yaml'));
      p.remove('content/alignments/acme/spec.yaml');
    });
    expect(message).toMatchInlineSnapshot(`"content/alignments/acme/spec.YAML › (file) › (location): the build reads only lowercase .yaml or .json names: rename it to spec.yaml"`);
  });

  it('a file in a folder the build does not know is an error', async () => {
    const message = await build((p) => p.write('content/readme.txt', 'notes'));
    expect(message).toMatch(/^content\/readme\.txt › \(file\) › \(location\): the build does not read this file/);
  });

  it('reports every problem of a stage at once, one line each, then how many', async () => {
    const message = await build((p) => {
      p.edit('content/alignments/acme/spec.yaml', (t) => t.replace('topic: secrecy', 'topic: secrets'));
      p.edit('content/curation/acme/spec.yaml', (t) => t.replace('position: should', 'position: ought'));
    });
    expect(message.split('\n')).toEqual([
      expect.stringMatching(/^content\/curation\/acme\/spec\.yaml › be_brief › position: /),
      expect.stringMatching(/^content\/alignments\/acme\/spec\.yaml › keep_secrets › topics\[0\]\.topic: unknown topic "secrets"/),
      '2 content errors',
    ]);
  });

  it('a redirect from a topic that is still live is refused, as it would replace the page', async () => {
    const message = await build((p) => p.write('content/redirects.yaml', 'topics:\n  length: secrecy\n'));
    expect(message).toMatchInlineSnapshot(`"content/redirects.yaml › length › topics.length: "length" is a live topic: a redirect from it would replace its page"`);
  });

  it('a redirect that loops or leads nowhere is refused', async () => {
    expect(await build((p) => p.write('content/redirects.yaml', 'topics:\n  old-a: old-b\n  old-b: old-a\n'))).toMatch(
      /content\/redirects\.yaml › old-a › topics\.old-a: the redirects loop: old-a → old-b → old-a/,
    );
    expect(await build((p) => p.write('content/redirects.yaml', 'topics:\n  gone: nowhere\n'))).toMatch(/leads to "nowhere", which is no topic/);
  });

  it('a syntax error in redirects.yaml names that file', async () => {
    const message = await build((p) => p.write('content/redirects.yaml', 'topics: [\n'));
    expect(message).toMatch(/^content\/redirects\.yaml › \(file\) › \(syntax\): not valid YAML at line \d+, column \d+/);
  });

  it('malformed YAML names the file, line and column', async () => {
    const message = await build((p) => p.edit('content/alignments/acme/spec.yaml', (t) => t.replace('  topics:\n    - topic: secrecy', '  topics: [secrecy\n')));
    expect(message).toMatchInlineSnapshot(
      `"content/alignments/acme/spec.yaml › (file) › (syntax): not valid YAML at line 4, column 1: Flow sequence in block collection must be sufficiently indented and end with a ]"`,
    );
  });

  it('a YAML alias to no anchor is a syntax error of the file, not a crash', async () => {
    const message = await build((p) => p.edit('content/labs/acme.yaml', (t) => t.replace('name: Acme', 'name: *nowhere')));
    expect(message).toMatchInlineSnapshot(`"content/labs/acme.yaml › (file) › (syntax): not valid YAML: Unresolved alias (the anchor must be set before the alias): nowhere"`);
  });

  it('an unknown topic id names the alignment file, the principle and the field', async () => {
    const message = await build((p) => p.edit('content/alignments/acme/spec.yaml', (t) => t.replace('topic: secrecy', 'topic: secrets')));
    expect(message).toMatchInlineSnapshot(
      `"content/alignments/acme/spec.yaml › keep_secrets › topics[0].topic: unknown topic "secrets" (no content/taxonomy/topics/secrets.yaml)"`,
    );
  });

  it('an unknown principle id names the alignment file and the entry', async () => {
    const message = await build((p) => p.edit('content/alignments/acme/spec.yaml', (t) => t.replace('principle: be_brief', 'principle: be_short')));
    expect(message).toMatchInlineSnapshot(`"content/alignments/acme/spec.yaml › be_short › principle: unknown principle "be_short": no version of acme/spec has it"`);
  });

  it('an unknown principle id in a curation file is refused too', async () => {
    const message = await build((p) => p.edit('content/curation/acme/spec.yaml', (t) => t.replace('  be_brief:', '  be_terse:')));
    expect(message).toMatchInlineSnapshot(`"content/curation/acme/spec.yaml › be_terse › (principle id): unknown principle "be_terse": no version of acme/spec has it"`);
  });

  it('a duplicate principle in an alignment file names both the file and the id', async () => {
    const message = await build((p) => p.edit('content/alignments/acme/spec.yaml', (t) => `${t}- principle: be_brief\n  topics:\n    - topic: secrecy\n`));
    expect(message).toMatchInlineSnapshot(
      `"content/alignments/acme/spec.yaml › be_brief › principle: duplicate principle id "be_brief" (also in content/alignments/acme/spec.yaml)"`,
    );
  });

  describe('an audit file', () => {
    const audit = (date: string, seed: number, drawnAt?: string) =>
      [
        `date: '${date}'`,
        ...(drawnAt ? [`drawnAt: '${drawnAt}'`] : []),
        `seed: ${seed}`,
        "dataVersion: '0123456789ab'",
        'method: Drawn at random for this test.',
        'cells:',
        "  - { topic: secrecy, version: 'acme/spec@v1', fingerprint: '0123456789ab', stratum: 'acme · earlier · answered', verdict: correct, reason: 'Holds on the text.', reader: auditor-9 }",
        '',
      ].join('\n');
    it('is named by its date, or by date and seed for a second audit that day', async () => {
      expect(await build((p) => (mkdirSync(join(p.root, 'content/audits'), { recursive: true }), p.write('content/audits/2026-01-02.yaml', audit('2026-01-02', 7))))).toBe(
        'built without error',
      );
      expect(await build((p) => (mkdirSync(join(p.root, 'content/audits'), { recursive: true }), p.write('content/audits/2026-01-02-seed8.yaml', audit('2026-01-02', 8))))).toBe(
        'built without error',
      );
    });
    it('on a day that has two, the one named by its seed is the latest', async () => {
      project = fixtureProject();
      mkdirSync(join(project.root, 'content/audits'), { recursive: true });
      project.write('content/audits/2026-01-02-seed8.yaml', audit('2026-01-02', 8));
      project.write('content/audits/2026-01-02.yaml', audit('2026-01-02', 7));
      const { atlas } = await runPipeline(project.root, { mirrorDir: project.mirror, cacheDir: undefined, download: undefined });
      expect(atlas.audits.map((a) => a.seed)).toEqual([7, 8]);
    });
    it('two named by their seed on one day are in the order they were drawn, whatever their seeds', async () => {
      project = fixtureProject();
      mkdirSync(join(project.root, 'content/audits'), { recursive: true });
      project.write('content/audits/2026-01-02-seed9.yaml', audit('2026-01-02', 9, '10:05'));
      project.write('content/audits/2026-01-02-seed3.yaml', audit('2026-01-02', 3, '16:40'));
      project.write('content/audits/2026-01-02.yaml', audit('2026-01-02', 7));
      const { atlas } = await runPipeline(project.root, { mirrorDir: project.mirror, cacheDir: undefined, download: undefined });
      expect(atlas.audits.map((a) => a.seed)).toEqual([7, 9, 3]);
    });
    it('with an agreement check by the same auditor, or without saying how the check was done, is refused', async () => {
      const checked = (extra: string, checker: string) =>
        audit('2026-01-02', 7).replace(' reader: auditor-9 }', ` reader: auditor-9, check: { verdict: debatable, reason: 'Reads either way.', reader: ${checker} } }`) + extra;
      const write = (text: string) => build((p) => (mkdirSync(join(p.root, 'content/audits'), { recursive: true }), p.write('content/audits/2026-01-02.yaml', text)));
      expect(await write(checked('', 'auditor-8'))).toMatch(/content\/audits\/2026-01-02\.yaml › .*checkMethod: an audit with an agreement check says how it was done/);
      expect(await write(checked('checkMethod: Re-judged blind.\n', 'auditor-9'))).toMatch(/cells\[0\]\.check\.reader: the check is by a second auditor/);
      expect(await write(checked('checkMethod: Re-judged blind.\n', 'auditor-8'))).toBe('built without error');
    });
    it('named otherwise is refused, saying how to name it', async () => {
      const message = await build((p) => (mkdirSync(join(p.root, 'content/audits'), { recursive: true }), p.write('content/audits/2026-01-02-b.yaml', audit('2026-01-02', 8))));
      expect(message).toMatch(/content\/audits\/2026-01-02-b\.yaml › 2026-01-02-b › date: the file is named by the audit's date .*2026-01-02-seed8\.yaml/);
    });
  });

  it('a duplicate version id in the manifest is refused', async () => {
    const message = await build((p) =>
      p.edit('content/sources/manifest.json', (t) => {
        const m = JSON.parse(t) as { versions: unknown[] };
        m.versions.push(m.versions[0]);
        return JSON.stringify(m);
      }),
    );
    expect(message).toMatchInlineSnapshot(`"content/sources/manifest.json › acme/spec@v1 › id: duplicate version id "acme/spec@v1" (also in content/sources/manifest.json)"`);
  });

  it('a selector that points at a sentence that does not exist names file, principle and selector', async () => {
    const message = await build((p) => p.edit('content/curation/acme/spec.yaml', (t) => t.replace('from: 2', 'from: 7')));
    expect(message).toMatchInlineSnapshot(
      `"content/curation/acme/spec.yaml › keep_secrets › quotes.v1[0]: selector does not match: section "keep_secrets" has 3 prose sentences in acme/spec@v1; sentence 7 does not exist"`,
    );
  });

  it('a selector whose words changed (hash mismatch) names file, principle and selector', async () => {
    const message = await build((p) => p.edit('content/curation/acme/spec.yaml', (t) => t.replace('from: 2', 'from: 1')));
    expect(message).toMatchInlineSnapshot(
      `"content/curation/acme/spec.yaml › keep_secrets › quotes.v1[0]: selector does not match: the selected text no longer matches: its hash is d88c87a9b3274e34, the selector expects 2bc1f476ac94512a"`,
    );
  });

  it('a file missing from the mirror says so, with the path it looked at', async () => {
    const message = await build((p) => p.remove('mirror/acme/spec-v2.md'));
    expect(message.replaceAll(project!.mirror, '<mirror>')).toMatchInlineSnapshot(`
      "Source acme/spec@v2: the file is missing from the mirror: there is no <mirror>/acme/spec-v2.md, no cached copy, and downloading is off.
        Fix: put the exact bytes at <mirror>/acme/spec-v2.md, or allow downloads so https://example.invalid/acme/v2.md can be fetched."
    `);
  });

  it('with no mirror and no network, every version that could not be read is named', async () => {
    project = fixtureProject();
    const message = await runPipeline(project.root, { mirrorDir: undefined, cacheDir: undefined, download: undefined }).then(
      () => 'built',
      (e: Error) => e.message,
    );
    expect(message).toMatch(/^Source acme\/spec@v1: no mirror is set/);
    expect(message).toMatch(/\nSource acme\/spec@v2: no mirror is set/);
    expect(message).toMatch(/\n2 texts of record could not be read$/);
  });

  it('a range whose start is after its end says so', async () => {
    const message = await build((p) =>
      p.edit('content/curation/acme/spec.yaml', (t) => t.replace('{ section: keep_secrets, from: 2, hash: 2bc1f476ac94512a }', '{ start: 900, end: 100, hash: 2bc1f476ac94512a }')),
    );
    expect(message).toMatch(/range 900–100: its start is after its end/);
  });

  it('a text of record whose bytes changed names the version and both hashes', async () => {
    const message = await build((p) => p.edit('mirror/acme/spec-v1.md', (t) => t.replace('small', 'tiny')));
    expect(message.replace(/\(\d+ bytes\)/g, '(N bytes)')).toMatchInlineSnapshot(`
      "Source acme/spec@v1: the bytes at the mirror (acme/spec-v1.md) are not the pinned text of record.
        expected sha256 8b7b5e1078974f89f0f7b60cced80c49ad6bde943365c918ebb59a8d8879aea0 (N bytes)
        got      sha256 9555565393015bbae2d93cdd5dde93d533af773936428b1bf6ac3dd3eff52663 (N bytes)
        Fix: restore the exact file (https://example.invalid/acme/v1.md), or, if the publisher's text really changed, add it as a new version in content/sources/manifest.json."
    `);
  });

  it('a reading confirmed for a version that does not exist is refused', async () => {
    const message = await build((p) =>
      p.edit('content/alignments/acme/spec.yaml', (t) => t.replace('    - topic: secrecy\n', '    - topic: secrecy\n  versions:\n    v9: { reading: same, reason: checked }\n')),
    );
    expect(message).toMatchInlineSnapshot(
      `"content/alignments/acme/spec.yaml › keep_secrets › versions.v9: unknown version "v9" of acme/spec (not in content/sources/manifest.json)"`,
    );
  });

  it('an adjustment that does not say who may make it is refused', async () => {
    const message = await build((p) =>
      p.edit('content/alignments/acme/spec.yaml', (t) => t.replace('    - topic: secrecy\n', '    - topic: secrecy\n    - topic: length\n      role: adjustment\n')),
    );
    expect(message).toMatchInlineSnapshot(`"content/alignments/acme/spec.yaml › keep_secrets › topics[1].by: an adjustment says who may make it: by: operator or by: user"`);
  });

  it('an adjustment by a party the document says has no say there is refused', async () => {
    const message = await build((p) => {
      p.edit('content/documents/acme/spec.yaml', (t) => `${t.trimEnd()}\nparties: [user]\n`);
      p.edit('content/alignments/acme/spec.yaml', (t) =>
        t.replace('    - topic: secrecy\n', '    - topic: secrecy\n    - topic: length\n      role: adjustment\n      by: operator\n'),
      );
    });
    expect(message).toMatchInlineSnapshot(
      `"content/alignments/acme/spec.yaml › keep_secrets › topics[1].by: names the operator, but content/documents/acme/spec.yaml says only user can change defaults there (parties)"`,
    );
  });

  it('a scope the document does not declare is refused', async () => {
    const message = await build((p) =>
      p.edit('content/alignments/acme/spec.yaml', (t) =>
        t.replace('    - topic: secrecy\n', '    - topic: secrecy\n    - topic: length\n      role: scope\n      scope: turbo-mode\n'),
      ),
    );
    expect(message).toMatchInlineSnapshot(
      `"content/alignments/acme/spec.yaml › keep_secrets › topics[1].scope: unknown scope "turbo-mode": use a context (api, consumer-app, under-18, voice, agentic) or declare it under "scopes" in content/documents/acme/spec.yaml"`,
    );
  });

  it('the same topic twice from one principle in the same role is refused', async () => {
    const message = await build((p) =>
      p.edit('content/alignments/acme/spec.yaml', (t) => t.replace('    - topic: secrecy\n', '    - topic: secrecy\n    - topic: secrecy\n      stance: { position: must-not }\n')),
    );
    expect(message).toMatchInlineSnapshot(
      `"content/alignments/acme/spec.yaml › keep_secrets › topics[1].topic: links the topic "secrecy" a second time in the same role (also topics[0]): keep one link, or give each its own role"`,
    );
  });

  it('decisive passages that disagree without a declared conflict are refused, naming the cell', async () => {
    const message = await build((p) =>
      p.edit('content/alignments/acme/spec.yaml', (t) =>
        t
          .replace('    - topic: secrecy\n', '    - topic: secrecy\n      decisive: true\n')
          .replace('    - topic: length\n', '    - topic: length\n    - topic: secrecy\n      decisive: true\n      stance: { position: must-not }\n'),
      ),
    );
    expect(message).toMatchInlineSnapshot(
      `"content/alignments/acme/spec.yaml › secrecy in v1 › decisive: decisive passages disagree (acme/spec@v1#keep_secrets: must; acme/spec@v1#be_brief: must-not): mark only the passage most on point decisive, or declare the conflict in the coverage file's "conflicts""`,
    );
  });

  it('a quote that is not a selector says what a selector looks like', async () => {
    const message = await build((p) =>
      p.edit('content/curation/acme/spec.yaml', (t) => t.replace('{ section: keep_secrets, from: 2, hash: 2bc1f476ac94512a }', '{ text: "some words" }')),
    );
    expect(message).toMatchInlineSnapshot(
      `"content/curation/acme/spec.yaml › keep_secrets › quotes.v1[0]: is not a quote selector: use { hash }, { hash, first, count }, { hash, in, clause }, { hash, in, from, to }, { section, from, to, hash } or { start, end, hash } (npm run quote prints one)"`,
    );
  });

  it('a field of the wrong kind names the field', async () => {
    const message = await build((p) => p.edit('content/curation/acme/spec.yaml', (t) => t.replace('position: should', 'position: ought')));
    expect(message).toMatchInlineSnapshot(`"content/curation/acme/spec.yaml › be_brief › position: Invalid option: expected one of "must"|"should"|"may"|"should-not"|"must-not""`);
  });

  it('an unknown field is refused, not ignored', async () => {
    const message = await build((p) => p.edit('content/taxonomy/topics/length.yaml', (t) => `${t}colour: blue\n`));
    expect(message).toMatchInlineSnapshot(`"content/taxonomy/topics/length.yaml › length › colour: unknown field (not in the schema)"`);
  });
});
