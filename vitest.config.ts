import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    // Tests that need a built site or a browser run in their own steps (vitest.site.config.ts, vitest.e2e.config.ts).
    exclude: ['tests/site/**', 'tests/e2e/**', 'tests/fixture-site/**', 'tests/subpath/**', 'tests/determinism/**', 'node_modules/**'],
    testTimeout: 60_000,
    // Two files run the whole pipeline in beforeAll: 19 s on a busy machine (load 5 on 2 cores).
    hookTimeout: 60_000,
  },
});
