import { defineConfig } from 'vitest/config';

// Tests of the built site in dist/: run after `astro build`.
export default defineConfig({
  test: {
    include: ['tests/site/**/*.test.ts', 'tests/subpath/**/*.test.ts', 'tests/fixture-site/**/*.test.ts', 'tests/determinism/**/*.test.ts'],
    // Several tests read every page (about 1,200 with the reader pages): over a minute on a busy machine.
    testTimeout: 300_000,
    hookTimeout: 600_000,
  },
});
