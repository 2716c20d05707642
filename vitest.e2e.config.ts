import { defineConfig } from 'vitest/config';

// Browser tests of the built site in dist/ (headless system Chromium): run after `astro build`.
export default defineConfig({
  test: { include: ['tests/e2e/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 60_000, fileParallelism: false },
});
