import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { useSiteSession } from '../e2e/site-session.ts';
import { htmlFiles } from '../helpers/link-check.ts';
import { childBuild } from '../helpers/child-build.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixture = join(root, 'tests/fixtures/markup');
const out = join(root, '.cache', 'dist-markup');
beforeAll(() => {
  rmSync(out, { recursive: true, force: true });
  childBuild({ SPEC_ATLAS_CONTENT_ROOT: fixture, SPEC_ATLAS_SOURCES: join(fixture, 'mirror'), SPEC_ATLAS_OUT_DIR: out });
}, 600_000);
// Registered after the build, so it starts once the fixture site exists.
const session = useSiteSession(out);

describe('text from sources and content that contains HTML or script', () => {
  it('never becomes markup on any page: no injected element, and the characters show as text', () => {
    const files = htmlFiles(out);
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) {
      const doc = parse(readFileSync(f, 'utf8'));
      for (const s of doc.querySelectorAll('script')) expect(s.text, f).not.toMatch(/alert\(/);
      expect(doc.querySelectorAll('img[onerror]'), f).toHaveLength(0);
      expect(doc.querySelectorAll('main b, main i'), f).toHaveLength(0);
    }
    const version = readFileSync(join(out, 'documents/acme/prompt/v1/index.html'), 'utf8');
    expect(parse(version).querySelector('#p-keep-private blockquote')!.text).toContain('<script>alert("owned")</script>');
    expect(parse(version).querySelector('h1')!.text).toContain("<script>alert('title')</script>");
  });

  it('shows as text in search results, and nothing runs', async () => {
    const page = await session.browser().newPage();
    const dialogs: string[] = [];
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    await page.goto(`${session.url()}/search/?q=secrets`);
    await page.waitForSelector('.results-principles li');
    const hit = page.locator('.results-principles li').first();
    expect(await hit.locator('a').first().textContent()).toBe('Keeps <i>secrets</i> private');
    expect(await hit.locator('script, img, b, i').count()).toBe(0);
    // The quote's words are searched with the texts (Pagefind): its passage shows them as text.
    await page.waitForSelector('.results-texts li .hit-excerpt');
    expect(await page.locator('.results-texts .hit-excerpt').allTextContents()).toContainEqual(expect.stringContaining('alert("owned")'));
    expect(await page.locator('.search-results script, .search-results img, .search-results b, .search-results i').count()).toBe(0);
    await page.goto(`${session.url()}/topics/secrecy/`);
    await page.goto(`${session.url()}/documents/acme/prompt/v1/`);
    expect(dialogs).toEqual([]);
    await page.close();
  });
});
