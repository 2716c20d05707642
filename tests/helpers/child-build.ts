import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Runs `astro build` in a child process with extra environment. Vitest puts Vite's own variables
 * (BASE_URL, MODE, …) in process.env; the child must not inherit them, or they override the config.
 */
export function childBuild(extra: Record<string, string>): void {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'SITE', 'ASSETS_PREFIX'].includes(k) && !k.startsWith('VITEST')),
  );
  const r = spawnSync('npx', ['astro', 'build'], { cwd: root, env: { ...env, ASTRO_TELEMETRY_DISABLED: '1', ...extra }, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`astro build (${JSON.stringify(extra)}) failed:\n${r.stdout.slice(-4000)}\n${r.stderr.slice(-4000)}`);
}
