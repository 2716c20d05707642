import { defineConfig } from 'vitest/config';

// Tests of the built site in dist/: run after `astro build`.
export default defineConfig({
  test: { include: ['tests/site/**/*.test.ts'], testTimeout: 60_000 },
});
