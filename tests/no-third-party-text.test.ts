import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sharedRuns, wordRuns } from '../src/lib/checks/shared-runs.ts';
import { loadContent } from '../src/lib/pipeline/load-content.ts';
import { locationsFromEnv, resolveSource } from '../src/lib/sources/resolve-source.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUN = 12;
// Built, installed or cached files are not the project's own; the lockfile holds only package metadata.
const SKIP = new Set(['node_modules', 'dist', '.astro', '.cache', '.git', 'test-results', 'package-lock.json']);

function projectFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (SKIP.has(name)) return [];
    const path = join(dir, name);
    return statSync(path).isDirectory() ? projectFiles(path) : [path];
  });
}

describe('the repository holds no third-party sentence', () => {
  it(`no file shares a run of ${RUN} consecutive words with any text of record`, async () => {
    const content = loadContent(root);
    const where = locationsFromEnv(process.env, root);
    const texts = await Promise.all(content.sources.map(async (s) => new TextDecoder().decode((await resolveSource(s, where)).bytes)));
    const runs = wordRuns(texts, RUN);
    const files = projectFiles(root);
    expect(files.length).toBeGreaterThan(20);
    const hits = files.map((f) => ({ file: relative(root, f), runs: sharedRuns(readFileSync(f, 'utf8'), runs, RUN) })).filter((h) => h.runs.length);
    expect(hits).toEqual([]);
  });
});
