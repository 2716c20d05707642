import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { dist, useSiteSession } from './site-session.ts';

const session = useSiteSession();

async function open(path: string, javaScriptEnabled = true): Promise<Page> {
  const page = await (await session.browser().newContext({ javaScriptEnabled })).newPage();
  await page.goto(`${session.url()}${path}`);
  return page;
}

describe('search', () => {
  it('finds the topic first and then principles for a query with a typo', async () => {
    const page = await open('/search/');
    await page.fill('#search-q', 'sycophnacy');
    await page.waitForSelector('.results-topics li');
    expect(await page.locator('.results-topics li a').first().textContent()).toBe('Sycophancy');
    expect(await page.locator('.results-principles li').count()).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.get('q')).toBe('sycophnacy');
    await page.context().close();
  });

  it('marks the matched words', async () => {
    const page = await open('/search/?q=privacy');
    await page.waitForSelector('.results-topics li');
    expect(await page.locator('.results-topics li mark').first().textContent()).toMatch(/privacy/i);
    await page.context().close();
  });

  it('narrows principles with the filters, and the filters round-trip through the URL', async () => {
    const page = await open('/search/?q=privacy');
    await page.waitForSelector('.results-principles li');
    const before = await page.locator('.results-principles li').count();
    await page.selectOption('select[name=lab]', 'meta');
    await page.waitForFunction((n) => document.querySelectorAll('.results-principles li').length !== n, before);
    const labs = await page.locator('.results-principles li .chip-lab').allTextContents();
    expect(labs.length).toBeGreaterThan(0);
    expect(new Set(labs)).toEqual(new Set(['Meta']));
    expect(new URL(page.url()).searchParams.get('lab')).toBe('meta');
    const again = await open(new URL(page.url()).pathname + new URL(page.url()).search);
    await again.waitForSelector('.results-principles li');
    expect(await again.inputValue('select[name=lab]')).toBe('meta');
    expect(await again.locator('.results-principles li').count()).toBe(labs.length);
    await page.context().close();
    await again.context().close();
  });

  it('shows passages of the texts that contain markup as text: only the marks are elements', async () => {
    const page = await open('/search/?q=assistant');
    await page.waitForSelector('.results-texts li .hit-excerpt');
    expect(await page.locator('.results-texts .hit-excerpt mark').count()).toBeGreaterThan(0);
    expect(await page.locator('.results-texts .hit-excerpt :not(mark)').count()).toBe(0);
    await page.context().close();
  });

  it('opens from the header with "/", lists results, and goes to one with the arrow keys and Enter', async () => {
    const page = await open('/matrix/');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
    await page.keyboard.type('bioweapn');
    await page.waitForSelector('#site-search-results [role=option]');
    expect(await page.getAttribute('#site-search-q', 'aria-expanded')).toBe('true');
    const first = await page.locator('#site-search-results [role=option] a').first().getAttribute('href');
    await page.keyboard.press('ArrowDown');
    expect(await page.getAttribute('#site-search-results [role=option] >> nth=0', 'aria-selected')).toBe('true');
    await Promise.all([page.waitForURL((u) => u.pathname + u.hash === first), page.keyboard.press('Enter')]);
    await page.context().close();
  });

  it('closes the list with Escape', async () => {
    const page = await open('/');
    await page.fill('#site-search-q', 'teen');
    await page.waitForSelector('#site-search-results [role=option]');
    await page.keyboard.press('Escape');
    expect(await page.isHidden('#site-search-results')).toBe(true);
    await page.context().close();
  });

  it('does not fetch the index before the search is used', async () => {
    const page = await (await session.browser().newContext()).newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(`${session.url()}/matrix/`);
    await page.waitForLoadState('networkidle');
    expect(requested.filter((p) => /search-(latest|all)|search-engine|search-worker|fuse/.test(p))).toEqual([]);
    await page.focus('#site-search-q');
    await page.waitForResponse((r) => r.url().includes('search-latest.json'));
    await page.context().close();
  });

  it('without JavaScript, leads to an index of all topics and labs', async () => {
    const page = await open('/', false);
    await page.fill('#site-search-q', 'privacy');
    await Promise.all([page.waitForURL(/\/search\/\?q=privacy/), page.click('.site-search button')]);
    expect(await page.locator('.search-index a[href^="/topics/"]').count()).toBeGreaterThan(50);
    expect(await page.locator('.search-index a[href^="/labs/"]').count()).toBeGreaterThan(10);
    await page.context().close();
  });
});

describe('ranking what the query names first', () => {
  const first = async (q: string): Promise<string> => {
    const page = await open(`/search/?q=${encodeURIComponent(q)}`);
    await page.waitForFunction((query) => document.querySelector('.search-status')?.textContent?.includes(`“${query}”`), q);
    const href = (await page.locator('.search-results li a').first().getAttribute('href'))!;
    await page.context().close();
    return href;
  };
  // The queries of issue 14, each with where its first result should lead.
  for (const [q, where] of [
    ['OpenAI', /^\/labs\/openai\/$/],
    ['constitution', /^\/documents\/anthropic\/constitution\/$/],
    ['bioweapon', /^\/topics\/cbrn-weapons\/$/],
    ['self harm', /^\/topics\/self-harm-and-suicide\/$/],
    ['chain of command', /^\/topics\/instruction-hierarchy\/$/],
    ['AGENTS.md', /^\/documents\/openai\/model-spec\/[^/]+\/text\/chain_of_command\/#s-\d+$/],
    ['grok politically incorrect', /^\/documents\/xai\/[^/]+\/[^/]+\/#p-[\w-]*politically-incorrect/],
  ] as const) {
    it(`puts first, for “${q}”, what it names`, async () => expect(await first(q)).toMatch(where));
  }

  it('shows each principle once, its latest version, saying how many earlier versions hold it, grouped by document with a count', async () => {
    const page = await open('/search/?q=sycophancy');
    await page.waitForSelector('.results-principles h3');
    expect(await page.locator('.results-principles h3').first().textContent()).toMatch(/ · .+ \(\d+\)$/);
    const hrefs = await page.locator('.results-principles li > a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!.replace(/\/[^/]+\/#/, '#')));
    expect(new Set(hrefs).size).toBe(hrefs.length);
    expect(await page.locator('.results-principles .chip-earlier').count()).toBeGreaterThan(0);
    await page.context().close();
  });
});

describe('full-text search', () => {
  const atlas = JSON.parse(readFileSync(`${dist}data/atlas.json`, 'utf8')) as {
    versions: { id: string; document: string; latest: boolean; licence: string }[];
    principles: { id: string; version: string; title: string; quotes: { text: string }[] }[];
  };
  const openaiLatest = atlas.versions.find((v) => v.document === 'openai/model-spec' && v.latest)!;

  it('finds "whistleblowing" in the latest OpenAI Model Spec and lands on its sentence, and the text around it is searched beyond the quoted passages', async () => {
    const page = await open('/search/?q=whistleblowing');
    await page.waitForSelector('.results-texts li a');
    const hit = page.locator('.results-texts li', { hasText: 'Model Spec' }).first();
    const href = (await hit.locator('a').first().getAttribute('href'))!;
    expect(href).toMatch(new RegExp(`^/documents/openai/model-spec/${openaiLatest.id.split('@')[1]}/text/[a-z_]+/#s-\\d+$`));
    await page.goto(`${session.url()}${href}`);
    const target = page.locator(':target');
    expect(await target.count()).toBe(1);
    expect(await target.textContent()).toMatch(/whistleblowing/i);
    expect(await target.isVisible()).toBe(true);
    // The page also holds the word in a sentence no principle quotes: the whole text is indexed.
    expect(await page.locator('.reader-text span[id^="s-"]:not(.q)', { hasText: /whistleblow/i }).count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('searches the passages we quote where a licence keeps the text off the site, and says why', async () => {
    const closed = new Set(atlas.versions.filter((v) => v.latest && /^unknown/.test(v.licence)).map((v) => v.id));
    const p = atlas.principles.find((x) => closed.has(x.version) && (x.quotes[0]?.text.split(/\s+/).length ?? 0) > 12)!;
    // Four long words of its first quote, taken from the built data.
    const words = p.quotes[0]!.text.match(/[A-Za-z]{7,}/g)!
      .slice(0, 4)
      .join(' ');
    const page = await open(`/search/?q=${encodeURIComponent(words)}`);
    await page.waitForSelector('.results-texts li');
    const hit = page.locator('.results-texts li', { has: page.locator('.chip-quoted-only') }).first();
    expect(await hit.locator('.hit-why').textContent()).toMatch(/licence .* does not let us republish/);
    expect(await hit.locator('a').first().getAttribute('href')).toMatch(/\/#p-[\w-]+$/);
    await page.context().close();
  });

  it('gives reader pages only to versions whose licence lets us republish them', async () => {
    const page = await (await session.browser().newContext()).newPage();
    const closed = atlas.versions.find((v) => /^unknown/.test(v.licence))!;
    const r = await page.goto(`${session.url()}/documents/${closed.id.replace('@', '/')}/text/`);
    expect(r?.status()).toBe(404);
    const open = await page.goto(`${session.url()}/documents/${openaiLatest.id.replace('@', '/')}/text/`);
    expect(open?.status()).toBe(200);
    await page.context().close();
  });
});
