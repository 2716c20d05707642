import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser.ts';
import { pageTypes } from './page-types.ts';
import { serveStatic } from './static-server.ts';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;
beforeAll(async () => {
  server = await serveStatic(dist);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('no page requests anything from another origin', () => {
  for (const [type, path] of Object.entries(pageTypes)) {
    it(`the ${type} page, including after using search`, async () => {
      const page = await browser.newPage();
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
      await page.fill('#site-search-q', 'privacy');
      await page.waitForSelector('#site-search-results [role=option]');
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForLoadState('networkidle');
      const foreign = requests.filter((u) => !u.startsWith(server.url) && !u.startsWith('data:') && !u.startsWith('blob:'));
      expect(requests.length).toBeGreaterThan(0);
      expect(foreign).toEqual([]);
      await page.close();
    });
  }
});
