import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';
import { serveStatic } from './static-server.ts';

/** The built site in dist/, as the browser tests read it. */
export const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

/**
 * Serves a built site and opens a browser for the tests of one file, closing both afterwards.
 * Returns getters, since both exist only once the tests run.
 */
export function useSiteSession(root: string = dist): { browser: () => Browser; url: () => string } {
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof serveStatic>> | undefined;
  beforeAll(async () => {
    server = await serveStatic(root);
    browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return { browser: () => browser!, url: () => server!.url };
}
