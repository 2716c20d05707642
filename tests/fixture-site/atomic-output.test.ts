import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { childBuild } from '../helpers/child-build.ts';

// A build that fails at any stage leaves the previous output exactly as it was: the build writes next
// to it and moves into place only when finished.
const root = fileURLToPath(new URL('../../', import.meta.url));
const fixture = join(root, 'tests/fixtures/mini');
const out = join(root, '.cache', 'dist-atomic');

/** Every file under a folder with the SHA-256 of its bytes. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else files[relative(dir, p)] = createHash('sha256').update(readFileSync(p)).digest('hex');
    }
  };
  walk(dir);
  return files;
}

// Another build date, so any page a failed build wrote would differ from the first build's.
function failingBuild(extra: Record<string, string>): number | null {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'SITE', 'ASSETS_PREFIX'].includes(k) && !k.startsWith('VITEST')),
  );
  return spawnSync('npx', ['astro', 'build'], {
    cwd: root,
    env: {
      ...env,
      ASTRO_TELEMETRY_DISABLED: '1',
      SPEC_ATLAS_CONTENT_ROOT: fixture,
      SPEC_ATLAS_SOURCES: join(fixture, 'mirror'),
      SPEC_ATLAS_OUT_DIR: out,
      SOURCE_DATE_EPOCH: '86400',
      ...extra,
    },
    encoding: 'utf8',
  }).status;
}

let before: Record<string, string>;
beforeAll(() => {
  childBuild({ SPEC_ATLAS_CONTENT_ROOT: fixture, SPEC_ATLAS_SOURCES: join(fixture, 'mirror'), SPEC_ATLAS_OUT_DIR: out });
  before = snapshot(out);
}, 600_000);

describe('a failed build', () => {
  it('that fails while rendering pages leaves the previous output byte-identical', () => {
    expect(failingBuild({ SPEC_ATLAS_TEST_FAIL_RENDERING: '/topics/' })).not.toBe(0);
    expect(snapshot(out)).toEqual(before);
  }, 600_000);

  it('that fails on its content leaves the previous output byte-identical', () => {
    expect(failingBuild({ SPEC_ATLAS_ONLY: 'nothing-matches/' })).not.toBe(0);
    expect(snapshot(out)).toEqual(before);
  }, 600_000);

  it('has something to compare: the first build wrote a whole site', () => expect(Object.keys(before).filter((f) => f.endsWith('.html')).length).toBeGreaterThan(10));
});
