import { describe, expect, it } from 'vitest';
import { pageTypes } from './page-types.ts';
import { useSiteSession } from './site-session.ts';

// Every page carries a Content-Security-Policy (scripts and styles from this origin or hashed, nothing
// from elsewhere). Under it nothing is refused, and the parts that run scripts still work.
const session = useSiteSession();

describe('the Content-Security-Policy', () => {
  for (const [type, path] of Object.entries(pageTypes)) {
    it(`is on the ${type} page, which works under it with no violation, search included`, async () => {
      const page = await session.browser().newPage();
      const refused: string[] = [];
      page.on('console', (m) => {
        if (/Content Security Policy|Refused to/i.test(m.text())) refused.push(m.text());
      });
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => console.error(`Refused to load ${e.blockedURI} (${e.violatedDirective}) [Content Security Policy]`));
      });
      await page.goto(`${session.url()}${path}`, { waitUntil: 'networkidle' });
      const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      expect(policy).toMatch(/default-src 'self'/);
      expect(policy).toMatch(/script-src 'self'/);
      await page.fill('#site-search-q', 'privacy');
      await page.waitForSelector('#site-search-results [role=option]');
      expect(refused).toEqual([]);
      await page.close();
    });
  }

  it('lets "cite this" work on a principle card (a part of a long version)', async () => {
    const page = await session.browser().newPage();
    const refused: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) refused.push(m.text());
    });
    await page.goto(`${session.url()}${pageTypes['version part']}`, { waitUntil: 'networkidle' });
    await page.locator('#p-do_not_lie details.cite summary').click();
    expect(await page.locator('#p-do_not_lie cite-this pre').first().textContent()).toContain('OpenAI');
    expect(refused).toEqual([]);
    await page.close();
  });
});
