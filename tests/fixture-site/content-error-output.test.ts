import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtureProject } from '../helpers/fixture.ts';

// A build stopped by bad content prints the content error, one line per problem, and nothing of
// Astro's own hints or stack traces, which are for bugs.
const root = fileURLToPath(new URL('../../', import.meta.url));
const project = fixtureProject();
afterAll(() => project.dispose());

describe('a build stopped by bad content', () => {
  it('prints file › entry › field and the problem, without hints or stack traces', () => {
    project.edit('content/alignments/acme/spec.yaml', (t) => t.replace('topic: secrecy', 'topic: secrets'));
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([k]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'SITE', 'ASSETS_PREFIX'].includes(k) && !k.startsWith('VITEST')),
    );
    const r = spawnSync('npx', ['astro', 'build'], {
      cwd: root,
      env: { ...env, ASTRO_TELEMETRY_DISABLED: '1', SPEC_ATLAS_CONTENT_ROOT: project.root, SPEC_ATLAS_SOURCES: project.mirror, SPEC_ATLAS_OUT_DIR: join(project.root, 'out') },
      encoding: 'utf8',
    });
    const output = `${r.stdout}${r.stderr}`;
    expect(r.status).toBe(1);
    expect(output).toContain('ContentError: content/alignments/acme/spec.yaml › keep_secrets › topics[0].topic: unknown topic "secrets"');
    expect(output).not.toMatch(/Stack trace|Location:|Hint:|Browser APIs are not available/);
  }, 300_000);
});
