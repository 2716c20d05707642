import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { pageTypes } from './page-types.ts';
import { useSiteSession } from './site-session.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const session = useSiteSession();

describe('axe-core finds no violation (WCAG 2.2 A and AA, best practices)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    for (const [type, path] of Object.entries(pageTypes)) {
      it(`on the ${type} page (${scheme} theme)`, async () => {
        // axe is injected as an inline script, which the pages' policy refuses; the policy has its own test (csp.e2e.test.ts).
        const context = await session.browser().newContext({ colorScheme: scheme, bypassCSP: true });
        const page = await context.newPage();
        expect((await page.goto(`${session.url()}${path}`))?.status()).toBe(200);
        if (type === 'compare') await page.waitForSelector('.compare-result table');
        if (type === 'search') await page.waitForSelector('.results-topics li');
        if (type === 'fit finder') await page.waitForSelector('.fit-card');
        await page.addScriptTag({ content: axeSource });
        const result = await page.evaluate(async () => {
          const axe = (
            window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }
          ).axe;
          return axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
        });
        const violations = result.violations.map(
          (v) =>
            `${v.id} (${v.impact}): ${v.nodes
              .slice(0, 3)
              .map((n) => n.target.join(' '))
              .join(' | ')}`,
        );
        expect(violations).toEqual([]);
        await context.close();
      });
    }
  }
});
