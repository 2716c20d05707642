import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { atlasSchema } from '../../src/schemas/atlas.ts';
import { plainText } from '../../src/lib/cite/citations.ts';
import { sentencesOf } from '../../src/lib/render/text-diff.ts';
import { dist, useSiteSession } from './site-session.ts';

// The words come from the built data, never from this file: the project holds no sentence of a source.
const atlas = atlasSchema.parse(JSON.parse(readFileSync(`${dist}data/atlas.json`, 'utf8')));
const words = (version: string, principle: string): string[] =>
  sentencesOf(atlas.principles.find((p) => p.version === `openai/model-spec@${version}` && p.id === principle)!.text).map((s) => plainText(s.text));

// Diffs a journalist can quote: each side's sentences whole, Markdown rendered, footnote markers gone.
const session = useSiteSession();

async function open(path: string, width = 1440): Promise<Page> {
  const context = await session.browser().newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  expect((await page.goto(`${session.url()}${path}`))?.status(), path).toBe(200);
  return page;
}

/** The text of each side of the "Do not lie" principle's changed sentences. */
async function doNotLie(page: Page): Promise<{ before: string[]; after: string[]; html: string }> {
  const article = page.locator('article.diff-item', { has: page.locator('h3 a[href$="#p-do_not_lie"]') });
  await article.waitFor();
  return {
    before: await article.locator('.d-changed .d-before, .d-removed .d-before').allTextContents(),
    after: await article.locator('.d-changed .d-after, .d-added .d-after').allTextContents(),
    html: await article.innerHTML(),
  };
}

describe('OpenAI Model Spec, "Do not lie", 2025-10-27 → 2025-12-18 (any pair, compared in the browser)', () => {
  it('shows the old and the new sentences whole, one side each, without footnote markers or Markdown', async () => {
    const page = await open('/documents/openai/model-spec/diff/?from=2025-10-27&to=2025-12-18');
    const { before, after, html } = await doNotLie(page);
    const [oldFirst, newFirst] = [words('2025-10-27', 'do_not_lie')[0]!, words('2025-12-18', 'do_not_lie')[0]!];
    expect(oldFirst).not.toBe(newFirst);
    // The old first sentence, whole, on its own side; the new one, whole, on the other: never interleaved.
    expect(before.map((t) => t.trim())).toContain(oldFirst);
    expect(after.map((t) => t.trim())).toContain(newFirst);
    expect(after.map((t) => t.trim())).not.toContain(oldFirst);
    expect(html).not.toMatch(/\[\^|\]\(#|\*\w|---/);
    await page.context().close();
  });

  it('stacks the two sides on a phone', async () => {
    const page = await open('/documents/openai/model-spec/diff/?from=2025-10-27&to=2025-12-18', 390);
    await doNotLie(page);
    const row = page
      .locator('article.diff-item', { has: page.locator('h3 a[href$="#p-do_not_lie"]') })
      .locator('.d-changed')
      .first();
    const [b, a] = await Promise.all([row.locator('.d-before').boundingBox(), row.locator('.d-after').boundingBox()]);
    expect(Math.round(a!.x)).toBe(Math.round(b!.x));
    expect(a!.y).toBeGreaterThan(b!.y);
    await page.context().close();
  });
});

describe('prepared comparisons', () => {
  it('include the first version against the latest, and label formatting-only changes, folded', async () => {
    const page = await open('/documents/openai/model-spec/diff/2025-02-12...2025-12-18/');
    expect(await page.textContent('h1')).toContain('what changed from 2025-02-12 to 2025-12-18');
    await doNotLie(page);
    const formatting = page.locator('details:has(> summary:text-matches("^Formatting only"))');
    for (const d of await formatting.all()) expect(await d.getAttribute('open')).toBeNull();
    await page.context().close();
  });

  it('let a journalist cite what OpenAI said about white lies in February 2025, and see how it changed', async () => {
    // Find it: the search names the principle.
    const search = await open('/search/?q=white%20lies');
    await search.waitForSelector('.results-principles li');
    expect(await search.locator('.results-principles li', { hasText: 'Kind untruths in conversation' }).count()).toBeGreaterThan(0);
    await search.context().close();
    // Cite it, as OpenAI's words of 12 February 2025: a link to the principle on the version page goes on to
    // the part of that long version that holds its card.
    const page = await open('/documents/openai/model-spec/2025-02-12/#p-do_not_lie.white-lies');
    await page.waitForURL(/\/2025-02-12\/principles\/[a-z0-9-]+\/#p-do_not_lie\.white-lies$/);
    const card = page.locator('[id="p-do_not_lie.white-lies"]');
    await card.locator('details.cite summary').click();
    await page.waitForFunction(() => document.querySelector('[id="p-do_not_lie.white-lies"] cite-this pre')?.textContent?.includes('Accessed'));
    const apa = (await card.locator('cite-this pre').textContent())!;
    expect(apa).toMatch(/^OpenAI\. \(2025, February 12\)\. Model Spec \(version 2025-02-12\), “Kind untruths in conversation \[Spec Atlas title\]”\. “/);
    expect(apa).toContain('https://model-spec.openai.com/2025-02-12.html');
    await page.context().close();
    // How it changed: the first-to-latest comparison lists the principle as changed or unchanged, never lost.
    const diff = await open('/documents/openai/model-spec/diff/2025-02-12...2025-12-18/');
    const removed = await diff.locator('h2:has-text("Removed") + *').textContent();
    expect(removed).not.toContain('Kind untruths in conversation');
    await diff.context().close();
  });
});
