import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axe, brokenWords, renderAll, labelsOutside, overflowingCells, proseWidths, smallTargets } from './layout-checks.ts';
import { pageTypes } from './page-types.ts';
import { useSiteSession } from './site-session.ts';

// What a person sees, on a phone and on a laptop, in both themes: for every page type, the page does
// not scroll sideways, prose keeps a readable measure, tap targets are large enough, no chart label
// falls outside its picture, no word in a table cell is split or runs past the cell, and axe-core
// finds nothing.
const session = useSiteSession();
const sizes = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'laptop', width: 1440, height: 900 },
] as const;

async function open(path: string, size: { width: number; height: number }, scheme: 'light' | 'dark'): Promise<Page> {
  const context = await session.browser().newContext({ viewport: { width: size.width, height: size.height }, colorScheme: scheme, bypassCSP: true });
  const page = await context.newPage();
  expect((await page.goto(`${session.url()}${path}`, { waitUntil: 'networkidle' }))?.status(), path).toBe(200);
  return page;
}

for (const size of sizes)
  for (const scheme of ['light', 'dark'] as const)
    describe(`every page type at ${size.width}×${size.height}, ${scheme} theme`, () => {
      for (const [type, path] of Object.entries(pageTypes))
        it(`the ${type} page holds: no sideways scroll, a prose measure of 80 characters or less, 24 px targets, labels inside pictures, no word split inside a table cell or running past it, no axe violation`, async () => {
          const page = await open(path, size, scheme);
          if (type === 'fit finder') await page.waitForSelector('.fit-card');
          if (type === 'compare') await page.waitForSelector('.compare-result table');
          await renderAll(page);
          const width = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
          expect(width[0], 'page width').toBeLessThanOrEqual(width[1]!);
          expect((await proseWidths(page)).filter((p) => p.chars > 80)).toEqual([]);
          expect(await smallTargets(page)).toEqual([]);
          expect(await labelsOutside(page)).toEqual([]);
          expect(await brokenWords(page), 'words split inside table cells').toEqual([]);
          expect(await overflowingCells(page), 'content running past its table cell').toEqual([]);
          if (size.name === 'phone') expect(await axe(page)).toEqual([]);
          await page.context().close();
        });

      it('lists header search results one under another, grouped, in a list that fits the screen', async () => {
        const page = await open('/topics/', size, scheme);
        await page.fill('#site-search-q', 'privacy');
        await page.waitForSelector('#site-search-results [role=option]');
        const boxes = await page
          .locator('#site-search-results [role=option]')
          .evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ left: r.left, right: r.right, top: r.top })));
        expect(boxes.length).toBeGreaterThan(1);
        expect(new Set(boxes.map((b) => Math.round(b.left))).size, 'left edges').toBe(1);
        for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.top).toBeGreaterThan(boxes[i - 1]!.top);
        expect(Math.max(...boxes.map((b) => b.right))).toBeLessThanOrEqual(size.width);
        expect(await page.locator('#site-search-results [role=group]').count()).toBeGreaterThan(0);
        // Each group says how many results it has: "Topics (3)".
        expect(await page.locator('#site-search-results .hit-group-label').first().textContent()).toMatch(/^Topics \(\d+( of \d+)?\)$/);
        if (size.name === 'phone') {
          // On a phone the results are a sheet over the whole screen, with a way out.
          const sheet = await page.locator('site-search').evaluate((e) => e.getBoundingClientRect());
          expect([sheet.left, sheet.top, sheet.width]).toEqual([0, 0, size.width]);
          await page.click('site-search .sheet-close');
          expect(await page.isHidden('#site-search-results')).toBe(true);
        }
        await page.context().close();
      });
    });

// Between a phone and 1440 px the policies matrix is too wide for the screen: it scrolls sideways
// (saying so) rather than splitting words or letting a badge run into the next column.
describe('the policies matrix between phone and laptop widths', () => {
  for (const width of [1024, 1280])
    it(`at ${width} px splits no word, lets nothing run past its cell, and says that it scrolls sideways`, async () => {
      const page = await open(pageTypes['policies matrix']!, { width, height: 900 }, 'light');
      await renderAll(page);
      expect(await brokenWords(page), 'words split inside table cells').toEqual([]);
      expect(await overflowingCells(page), 'content running past its table cell').toEqual([]);
      expect(await page.isVisible('.wide-note')).toBe(true);
      await page.context().close();
    });
});
