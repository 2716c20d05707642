import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { childBuild } from '../helpers/child-build.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const outs = [join(root, '.cache', 'dist-det-a'), join(root, '.cache', 'dist-det-b')];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

function digest(dir: string): Map<string, string> {
  return new Map(files(dir).map((f) => [relative(dir, f), createHash('sha256').update(readFileSync(f)).digest('hex')]));
}

beforeAll(() => {
  for (const out of outs) {
    rmSync(out, { recursive: true, force: true });
    // The build date is the one declared varying field; fixing it makes two builds comparable.
    childBuild({ SPEC_ATLAS_OUT_DIR: out, SOURCE_DATE_EPOCH: '1767225600' });
  }
}, 900_000);

describe('two builds of the same commit', () => {
  it('are byte-identical, file for file', () => {
    const [a, b] = outs.map(digest) as [Map<string, string>, Map<string, string>];
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    const differ = [...a].filter(([f, h]) => b.get(f) !== h).map(([f]) => f);
    expect(a.size).toBeGreaterThan(300);
    expect(differ).toEqual([]);
  });
});
