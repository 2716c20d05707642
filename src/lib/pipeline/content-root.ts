import { resolve } from 'node:path';

/**
 * The folder whose `content/` the site is built from: the project itself, or another folder named by
 * SPEC_ATLAS_CONTENT_ROOT (test fixtures and the scale benchmark build sites from generated content).
 */
export function contentRoot(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env['SPEC_ATLAS_CONTENT_ROOT'] || process.cwd());
}
