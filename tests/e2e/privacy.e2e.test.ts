import { describe, expect, it } from 'vitest';
import { pageTypes } from './page-types.ts';
import { useSiteSession } from './site-session.ts';

const session = useSiteSession();

describe('no page requests anything from another origin', () => {
  for (const [type, path] of Object.entries(pageTypes)) {
    it(`the ${type} page, including after using search`, async () => {
      const page = await session.browser().newPage();
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(`${session.url()}${path}`, { waitUntil: 'networkidle' });
      await page.fill('#site-search-q', 'privacy');
      await page.waitForSelector('#site-search-results [role=option]');
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForLoadState('networkidle');
      const foreign = requests.filter((u) => !u.startsWith(session.url()) && !u.startsWith('data:') && !u.startsWith('blob:'));
      expect(requests.length).toBeGreaterThan(0);
      expect(foreign).toEqual([]);
      await page.close();
    });
  }
});
