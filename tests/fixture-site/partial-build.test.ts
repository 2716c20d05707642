import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { childBuild } from '../helpers/child-build.ts';

// The README's own example of a build restricted to some documents, SPEC_ATLAS_ONLY=xai/, builds a
// whole site of those documents; pages that name other documents' examples say they are not in it.
const root = fileURLToPath(new URL('../../', import.meta.url));
const out = join(root, '.cache', 'dist-only-xai');
beforeAll(() => {
  rmSync(out, { recursive: true, force: true });
  childBuild({ SPEC_ATLAS_ONLY: 'xai/', SPEC_ATLAS_OUT_DIR: out });
}, 600_000);

describe('a build with SPEC_ATLAS_ONLY=xai/', () => {
  it('holds the xAI documents and no others', () => {
    expect(existsSync(join(out, 'documents/xai/grok-4-safety-prompt/index.html'))).toBe(true);
    expect(existsSync(join(out, 'documents/openai'))).toBe(false);
    const atlas = JSON.parse(readFileSync(join(out, 'data/atlas.json'), 'utf8')) as { documents: { id: string }[] };
    expect(atlas.documents.every((d) => d.id.startsWith('xai/'))).toBe(true);
  });
  it('renders editorial pages whose examples name other documents, saying they are not in this build', () => {
    expect(readFileSync(join(out, 'methodology/index.html'), 'utf8')).toContain('(example not in this build)');
  });
});
