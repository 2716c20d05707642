import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { brokenLinks } from '../helpers/link-check.ts';
import { childBuild } from '../helpers/child-build.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const out = join(root, '.cache', 'dist-subpath');

beforeAll(() => {
  rmSync(out, { recursive: true, force: true });
  childBuild({ SPEC_ATLAS_BASE: '/atlas/', SPEC_ATLAS_SITE: 'https://example.org', SPEC_ATLAS_OUT_DIR: out });
}, 600_000);

describe('a build hosted under a sub-path (/atlas/)', () => {
  it('links every page, asset and data file under the sub-path, and they all exist', () => {
    expect(existsSync(join(out, 'matrix/index.html'))).toBe(true);
    expect(brokenLinks(out, '/atlas/')).toEqual([]);
  });
  it('puts the sub-path in canonical URLs, the sitemap and feed links', () => {
    expect(readFileSync(join(out, 'matrix/index.html'), 'utf8')).toContain('<link rel="canonical" href="https://example.org/atlas/matrix/"');
    expect(readFileSync(join(out, 'sitemap-0.xml'), 'utf8')).toContain('https://example.org/atlas/topics/privacy/');
    expect(readFileSync(join(out, 'feeds/changes.xml'), 'utf8')).toContain('https://example.org/atlas/documents/');
  });
});
