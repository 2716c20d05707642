import { existsSync, renameSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * The folder a build writes into: next to the target, so the target is never half-written. Only a
 * finished build moves it into place (see atomicOutput); a build that fails at any stage leaves the
 * target as it was.
 */
export function stagingDir(target: string): string {
  return `${target.replace(/\/+$/, '')}.building`;
}

/** After every other integration has written its files: replaces `target` with the finished build. */
export function atomicOutput(target: string): AstroIntegration {
  return {
    name: 'spec-atlas:atomic-output',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const built = fileURLToPath(dir).replace(/\/+$/, '');
        const old = `${target}.previous`;
        rmSync(old, { recursive: true, force: true });
        if (existsSync(target)) renameSync(target, old);
        renameSync(built, target);
        rmSync(old, { recursive: true, force: true });
      },
    },
  };
}
