import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/lib/pipeline/run-pipeline.ts';
import type { Atlas } from '../../src/schemas/atlas.ts';
import { childBuild } from '../helpers/child-build.ts';
import { fixtureProject, type FixtureProject } from '../helpers/fixture.ts';

// An editor's path through a new version: the words of one principle turn "should" into "must", and
// another only trades a comma for a dash. The check asks for a confirmation of the first, not the second;
// once confirmed, the site and the data show a stance change, and the dash stays off the topic history.
const root = fileURLToPath(new URL('../../', import.meta.url));
const out = join(root, '.cache', 'dist-stance-change');
let project: FixtureProject;

/** Rewrites a mirror file and re-pins its manifest entry (size and SHA-256), as `sources:add` would. */
function rewriteSource(p: FixtureProject, file: string, change: (text: string) => string): void {
  p.edit(`mirror/${file}`, change);
  const bytes = readFileSync(join(p.mirror, file));
  p.edit('content/sources/manifest.json', (text) => {
    const manifest = JSON.parse(text) as { versions: { file: string; bytes: number; sha256: string }[] };
    const entry = manifest.versions.find((v) => v.file === file)!;
    entry.bytes = bytes.length;
    entry.sha256 = createHash('sha256').update(bytes).digest('hex');
    return JSON.stringify(manifest, null, 2);
  });
}

function align(args: string[]): { status: number | null; output: string } {
  const r = spawnSync('node', ['scripts/align.ts', ...args], {
    cwd: root,
    env: { ...process.env, SPEC_ATLAS_CONTENT_ROOT: project.root, SPEC_ATLAS_SOURCES: project.mirror, SPEC_ATLAS_OFFLINE: '1' },
    encoding: 'utf8',
  });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

const pipeline = async (): Promise<Atlas> => (await runPipeline(project.root, { mirrorDir: project.mirror, cacheDir: undefined, download: undefined })).atlas;

let before: { status: number | null; output: string };
let unconfirmed: Atlas;
let atlas: Atlas;

beforeAll(async () => {
  project = fixtureProject();
  // v1 says "should", v2 "must"; v2 also swaps a comma for a dash in another principle.
  rewriteSource(project, 'acme/spec-v1.md', (t) => t.replace('Answers are short by default', 'Answers should be short by default'));
  rewriteSource(project, 'acme/spec-v2.md', (t) =>
    t.replace('Answers are short by default', 'Answers must be short by default').replace('It can say that such text exists.', 'It can say — that such text exists.'),
  );
  project.edit('content/alignments/acme/spec.yaml', (t) => t.replace(/ {2}versions:\n {4}v2: .*\n/, ''));
  project.edit('content/curation/acme/spec.yaml', (t) =>
    t.replace('  be_brief:\n    position: should', '  be_brief:\n    position: should\n    summary: Keeps answers short unless someone asks for more.'),
  );
  before = align(['--check']);
  unconfirmed = await pipeline();
  // The editor reads v2 and records the change of stance, with a reason and a summary of the new words.
  project.edit('content/alignments/acme/spec.yaml', (t) =>
    t.replace(
      '    - topic: length\n',
      '    - topic: length\n  versions:\n    v2:\n      reading: changed\n      reason: Short answers become a requirement.\n      position: must\n      summary: Requires short answers unless someone asks for more.\n',
    ),
  );
  atlas = await pipeline();
  rmSync(out, { recursive: true, force: true });
  childBuild({ SPEC_ATLAS_CONTENT_ROOT: project.root, SPEC_ATLAS_SOURCES: project.mirror, SPEC_ATLAS_OUT_DIR: out });
}, 600_000);
afterAll(() => project.dispose());

const page = (rel: string) => parse(readFileSync(join(out, rel), 'utf8'));

describe('a new version turns "should" into "must"', () => {
  it('fails `align --check`, naming the principle whose words changed, and only that one', () => {
    expect(before.status).toBe(1);
    expect(before.output).toContain('acme/spec@v2#be_brief');
    expect(before.output).not.toContain('keep_secrets');
  });

  it('before confirmation, never shows the old summary as describing the new words, and marks the cell provisional', () => {
    const p = unconfirmed.principles.find((x) => x.version === 'acme/spec@v2' && x.id === 'be_brief')!;
    expect(p.summaryOf).toBe('acme/spec@v1');
    expect(unconfirmed.cells.find((c) => c.topic === 'length' && c.version === 'acme/spec@v2')!.pending).toContain('reading-not-confirmed-for-version');
  });

  it('passes `align --check` once the editor confirmed the reading', () => {
    expect(align(['--write']).status).toBe(0);
    expect(align(['--check'])).toMatchObject({ status: 0 });
  });

  it('after confirmation, the dataset holds the new stance, the new summary and a stance change with its reason', () => {
    const cell = (v: string) => atlas.cells.find((c) => c.topic === 'length' && c.version === `acme/spec@${v}`)!;
    expect([cell('v1').state, cell('v2').state]).toEqual(['should', 'must']);
    const p = atlas.principles.find((x) => x.version === 'acme/spec@v2' && x.id === 'be_brief')!;
    expect(p).toMatchObject({ position: 'must', summary: 'Requires short answers unless someone asks for more.', summaryOf: 'acme/spec@v2' });
    expect(atlas.changes.find((c) => c.topic === 'length')).toMatchObject({
      class: 'stance',
      reasons: ['Short answers become a requirement.'],
      before: { state: 'should' },
      after: { state: 'must' },
    });
    expect(atlas.versionLinks.find((l) => l.version === 'acme/spec@v2' && l.id === 'be_brief')).toMatchObject({ class: 'stance', confirmed: true });
  });

  it('shows the stance change on the topic page, the diff page and the version page', () => {
    const history = page('topics/length/index.html').querySelector('.history')!;
    expect(history.querySelector('.change-stance')!.text).toMatch(/stance changed: should.*→ must/s);
    expect(history.text).toContain('Short answers become a requirement.');
    const diff = page('documents/acme/spec/diff/v1...v2/index.html');
    expect(diff.querySelector('tr.change-stance')!.text).toContain('Length');
    const card = page('documents/acme/spec/v2/index.html').querySelector('#p-be_brief')!;
    expect(card.querySelector('.badges .stance')!.text).toBe('must');
    expect(card.querySelector('.summary')!.text).toContain('Requires short answers');
    expect(card.querySelector('.summary')!.text).not.toContain('wording;');
  });
});

describe('a dash-only edit', () => {
  it('is classed as formatting only and needs no confirmation', () => {
    expect(atlas.versionLinks.find((l) => l.version === 'acme/spec@v2' && l.id === 'keep_secrets')).toMatchObject({ status: 'changed', class: 'formatting' });
    expect(atlas.changes.find((c) => c.topic === 'secrecy')).toMatchObject({ class: 'formatting' });
  });

  it('is not listed on the topic history', () => {
    const d = page('topics/secrecy/index.html');
    expect(d.querySelectorAll('.history li')).toHaveLength(0);
    expect(d.text).toContain('left out (1 here)');
  });
});
