import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { atlasSchema, type Atlas } from '../../src/schemas/atlas.ts';
import { dist, useSiteSession } from './site-session.ts';
import { principlePath } from './page-types.ts';
import { labelsOutside } from './layout-checks.ts';

const atlas: Atlas = atlasSchema.parse(JSON.parse(readFileSync(`${dist}data/atlas.json`, 'utf8')));
const session = useSiteSession();

async function open(path: string, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const context = await session.browser().newContext({ javaScriptEnabled: options.javaScriptEnabled ?? true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  const response = await page.goto(`${session.url()}${path}`);
  expect(response?.status(), path).toBe(200);
  (page as Page & { errors: string[] }).errors = errors;
  return page;
}

/** The colour of one pixel as the screen shows it, at (dx, dy) inside an element. */
async function pixel(page: Page, element: ReturnType<Page['locator']>, dx: number, dy: number): Promise<number[]> {
  const box = (await element.boundingBox())!;
  const png = (await page.screenshot({ clip: { x: box.x + dx, y: box.y + dy, width: 1, height: 1 } })).toString('base64');
  return page.evaluate(async (src) => {
    const img = new Image();
    img.src = `data:image/png;base64,${src}`;
    await img.decode();
    const g = new OffscreenCanvas(1, 1).getContext('2d')!;
    g.drawImage(img, 0, 0);
    return [...g.getImageData(0, 0, 1, 1).data.slice(0, 3)];
  }, png);
}

const visibleRows = (page: Page) => page.locator('table.matrix tbody tr[id^="topic-"]:visible').count();

describe('the stance matrix in a browser', () => {
  it('shows the whole table without JavaScript', async () => {
    const page = await open('/matrix/', { javaScriptEnabled: false });
    expect(await visibleRows(page)).toBe(atlas.topics.length);
    expect(await page.locator('matrix-filter').isVisible()).toBe(false);
    await page.context().close();
  });

  it('shows usage and classifier policies in a matrix of their own, linked from the main one', async () => {
    const page = await open('/matrix/', { javaScriptEnabled: false });
    const kinds = new Map(atlas.documents.map((d) => [d.id, d.kind]));
    const cols = await page.locator('thead th[data-col]').evaluateAll((ths) => ths.map((th) => th.getAttribute('data-col')!));
    expect(cols.every((c) => ['model-spec', 'constitution', 'system-prompt'].includes(kinds.get(c.split('@')[0]!)!))).toBe(true);
    await Promise.all([page.waitForURL(/\/matrix\/policies\/$/), page.click('nav.views a[href$="/matrix/policies/"]')]);
    const policyCols = await page.locator('thead th[data-col]').evaluateAll((ths) => ths.map((th) => th.getAttribute('data-col')!));
    expect(policyCols.length).toBeGreaterThan(0);
    expect(policyCols.every((c) => ['usage-policy', 'classifier-policy'].includes(kinds.get(c.split('@')[0]!)!))).toBe(true);
    await page.context().close();
  });

  it('shows one column per lab by default, labs that say most first, with a switch to every document', async () => {
    const page = await open('/matrix/', { javaScriptEnabled: false });
    const labs = await page.locator('thead th[data-col]').evaluateAll((ths) => ths.map((th) => th.getAttribute('data-lab')!));
    expect(new Set(labs).size).toBe(labs.length);
    expect(new Set(labs.slice(0, 3))).toEqual(new Set(['openai', 'anthropic', 'xai']));
    const said = await page
      .locator('thead th[data-col]')
      .evaluateAll((ths) => ths.map((th) => document.querySelectorAll(`td[data-lab="${th.getAttribute('data-lab')}"]:not([data-state="silent"])`).length));
    expect(said).toEqual([...said].sort((a, b) => b - a));
    // xAI's prompts are one column here, named by product, with the rest a click away.
    const xai = page.locator('thead th[data-lab="xai"]');
    expect(await xai.locator('.col-doc').textContent()).not.toMatch(/\.j2|\.txt|_/);
    expect(await xai.locator('.col-more').textContent()).toMatch(/^\+\d+ more$/);
    await Promise.all([page.waitForURL(/\/matrix\/all\/$/), page.click('nav.views a[href$="/matrix/all/"]')]);
    const all = await page.locator('thead tr:last-child th[data-col]').count();
    expect(all).toBe(atlas.documents.filter((d) => ['model-spec', 'constitution', 'system-prompt'].includes(d.kind)).length);
    expect(await page.locator('thead .lab-row th[data-lab="xai"]').getAttribute('colspan')).toBe(String(atlas.documents.filter((d) => d.lab === 'xai').length));
    await page.context().close();
  });

  it('scrolls as a page, with the header row and topic column staying in view', async () => {
    const context = await session.browser().newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${session.url()}/matrix/all/`);
    expect(await page.locator('table.matrix').evaluate((t) => getComputedStyle(t.parentElement!).overflowX)).toBe('visible');
    await page.mouse.wheel(0, 3000);
    await page.waitForFunction(() => scrollY > 2000);
    expect(Math.round((await page.locator('table.matrix thead').boundingBox())!.y)).toBe(0);
    await page.evaluate(() => scrollTo(800, scrollY));
    const first = await page.locator('table.matrix tbody th[scope=row]').nth(20).boundingBox();
    expect(Math.round(first!.x)).toBe(0);
    // Nothing of the rows scrolled beneath shows through the header: where its two rows meet, every
    // pixel is the header's own background or border colour, never text or the page behind.
    const seam = await page.locator('table.matrix thead tr.lab-row').evaluate((r) => ({ x: 0, y: Math.floor(r.getBoundingClientRect().bottom) - 1, width: innerWidth, height: 3 }));
    const png = (await page.screenshot({ clip: seam })).toString('base64');
    const seen = await page.evaluate(async (src) => {
      const lum = (c: string): number => {
        const [r, g, b] = c.match(/\d+/g)!.map(Number);
        return (r! * 299 + g! * 587 + b! * 114) / 1000;
      };
      const img = new Image();
      img.src = `data:image/png;base64,${src}`;
      await img.decode();
      const canvas = new OffscreenCanvas(img.width, img.height);
      const g = canvas.getContext('2d')!;
      g.drawImage(img, 0, 0);
      const d = g.getImageData(0, 0, img.width, img.height).data;
      const ls: number[] = [];
      for (let i = 0; i < d.length; i += 4) ls.push((d[i]! * 299 + d[i + 1]! * 587 + d[i + 2]! * 114) / 1000);
      const th = getComputedStyle(document.querySelector('table.matrix thead tr:last-child th.lab-start')!);
      return { darkest: Math.min(...ls), lightest: Math.max(...ls), border: lum(th.borderLeftColor), panel: lum(th.backgroundColor) };
    }, png);
    expect(seen.darkest, 'darkest pixel where the header rows meet').toBeGreaterThanOrEqual(Math.min(seen.border, seen.panel) - 2);
    expect(seen.lightest, 'lightest pixel where the header rows meet').toBeLessThanOrEqual(Math.max(seen.border, seen.panel) + 2);
    await context.close();
  });

  it('hides topics where every shown document is silent, and silent cells, keeping both in the URL', async () => {
    // One lab's column shown, so that some topics are silent in every shown document whatever the others say.
    const spec = atlas.versions.find((v) => v.document === 'openai/model-spec' && v.latest)!;
    const answered = atlas.cells.filter((c) => c.version === spec.id && c.state !== 'silent').length;
    const page = await open('/matrix/?lab=openai');
    const before = await visibleRows(page);
    expect(answered).toBeLessThan(before);
    await page.check('input[name=said]');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('said') === '1');
    const after = await visibleRows(page);
    expect(after).toBe(answered);
    for (const row of await page.locator('table.matrix tbody tr[id^="topic-"]:visible').all())
      expect(await row.locator('td:not([data-state="silent"])').count()).toBeGreaterThan(0);
    await page.check('input[name=quiet]');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('quiet') === '1');
    expect(await page.locator('td[data-state="silent"] a').first().isVisible()).toBe(false);
    const reloaded = await open('/matrix/?lab=openai&said=1&quiet=1');
    expect(await reloaded.isChecked('input[name=said]')).toBe(true);
    expect(await visibleRows(reloaded)).toBe(after);
    await page.context().close();
    await reloaded.context().close();
  });

  it('becomes one card per topic on a phone, comparing the documents the reader picks (up to three)', async () => {
    const context = await session.browser().newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${session.url()}/matrix/`);
    expect(await page.locator('table.matrix').isVisible()).toBe(false);
    const card = page.locator('.card').first();
    const first3 = await card.locator('.card-doc:visible dt').allTextContents();
    expect(new Set(first3)).toEqual(new Set(['OpenAI', 'Anthropic', 'xAI']));
    // The page holds only the three shown documents' entries; the picker builds others from the table.
    expect(await card.locator('.card-doc').count()).toBe(3);
    await page.uncheck('matrix-picker input[value="xai/grok4-system-turn-prompt-v8"]');
    await page.check('matrix-picker input[value^="google/"]');
    expect(new Set(await card.locator('.card-doc:visible dt').allTextContents())).toEqual(new Set(['OpenAI', 'Anthropic', 'Google']));
    expect(await page.locator('matrix-picker input:disabled').count()).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.get('docs')).toContain('google/');
    // A built entry says what the table's cell says, links where it links, and sits in column order.
    const built = await page.evaluate(() => {
      const entry = document.querySelector<HTMLElement>('.card .card-doc[data-doc^="google/"]')!;
      const topic = entry.closest<HTMLElement>('.card')!.dataset['topic'];
      const td = document.querySelector<HTMLTableRowElement>(`#topic-${topic}`)!.cells[Number(entry.dataset['col']) + 1]!;
      const order = [...entry.parentElement!.querySelectorAll<HTMLElement>('.card-doc:not([hidden])')].map((e) => Number(e.dataset['col']));
      return {
        entry: entry.querySelector('dd')!.textContent,
        cell: td.textContent,
        href: entry.querySelector('a')!.href,
        cellHref: td.querySelector('a')!.href,
        state: entry.dataset['state'],
        cellState: td.dataset['state'],
        order,
      };
    });
    expect(built.entry).toBe(built.cell);
    expect(built.href).toBe(built.cellHref);
    expect(built.state).toBe(built.cellState);
    expect(built.order).toEqual([...built.order].sort((a, b) => a - b));
    await context.close();
  });

  it('filters rows by group and by state, and keeps the filter in the URL', async () => {
    const page = await open('/matrix/');
    await page.selectOption('select[name=group]', 'honesty');
    const honesty = atlas.topics.filter((t) => t.group === 'honesty').length;
    expect(await visibleRows(page)).toBe(honesty);
    expect(new URL(page.url()).searchParams.get('group')).toBe('honesty');
    await page.selectOption('select[name=group]', '');
    await page.selectOption('select[name=state]', 'must-not');
    const rows = await visibleRows(page);
    expect(rows).toBeGreaterThan(0);
    expect(rows).toBeLessThan(atlas.topics.length);
    for (const row of await page.locator('table.matrix tbody tr[id^="topic-"]:visible').all()) {
      expect(await row.locator('td[data-state="must-not"]:visible').count()).toBeGreaterThan(0);
    }
    const reloaded = await open(`/matrix/?state=must-not`);
    expect(await visibleRows(reloaded)).toBe(rows);
    expect((page as Page & { errors: string[] }).errors).toEqual([]);
    await page.context().close();
    await reloaded.context().close();
  });

  it('filters columns by lab', async () => {
    const page = await open('/matrix/?lab=openai');
    const visibleHeads = await page.locator('thead th[data-lab]:visible').count();
    expect(visibleHeads).toBe(1);
    await page.context().close();
  });
});

describe('the stance matrix as a picture', () => {
  it('draws its labels inside the picture, in both themes, and follows the theme', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const context = await session.browser().newContext({ colorScheme: scheme });
      const page = await context.newPage();
      for (const file of ['/matrix/overview.svg', '/matrix/policies-overview.svg']) {
        await page.goto(`${session.url()}${file}`);
        expect(await labelsOutside(page, 'svg[viewBox]'), `${file} ${scheme}`).toEqual([]);
      }
      // Shown as an image in the page, the picture's background is the page's: light or dark.
      await page.goto(`${session.url()}/matrix/overview/`);
      const img = page.locator('.picture img').first();
      await img.evaluate((i: HTMLImageElement) => i.decode());
      const [r, g, b] = await pixel(page, img, 4, 4);
      expect(scheme === 'dark' ? r! + g! + b! < 120 : r! + g! + b! > 700, `${scheme}: ${r},${g},${b}`).toBe(true);
      await context.close();
    }
  });
  it('links every square to its topic: by mouse on the square, and by keyboard with a name', async () => {
    const page = await open('/matrix/overview/');
    const area = page.locator('map[name="overview-behavior"] area').nth(5);
    const [coords, href, alt] = await area.evaluate((a: HTMLAreaElement) => [a.coords, a.getAttribute('href')!, a.alt]);
    expect(alt).toMatch(/^.+, .+: (must|should|may|should not|must not|conflicting|silent)$/);
    const [x1, y1] = coords.split(',').map(Number);
    const box = (await page.locator('.picture img').first().boundingBox())!;
    await Promise.all([page.waitForURL((u) => `${u.pathname}${u.hash}` === href), page.mouse.click(box.x + x1! + 8, box.y + y1! + 8)]);
    await page.goBack();
    await area.focus();
    expect(await page.evaluate(() => (document.activeElement as HTMLAreaElement).alt)).toBe(alt);
    await page.context().close();
  });
});

describe('the compare page', () => {
  const [a, b] = atlas.versions
    .filter((v) => v.document === 'openai/model-spec')
    .map((v) => v.id)
    .slice(-2);

  it('renders the versions named in ?specs= side by side', async () => {
    const page = await open(`/compare/?specs=${encodeURIComponent(a!)},${encodeURIComponent(b!)}`);
    await page.waitForSelector('.compare-result table');
    expect(await page.locator('.compare-result thead th').count()).toBe(3);
    expect(await page.locator('.compare-result tbody tr:not(.group-row)').count()).toBe(atlas.topics.length);
    expect(await page.isChecked(`input[value="${a}"]`)).toBe(true);
    await page.context().close();
  });

  it('puts the chosen versions in the URL, so the state round-trips', async () => {
    const page = await open('/compare/');
    await page.check(`input[value="${a}"]`);
    await page.check(`input[value="${b}"]`);
    await page.click('.compare-form button[type=submit]');
    await page.waitForSelector('.compare-result table');
    const url = page.url();
    expect(new URL(url).searchParams.get('specs')).toBe(`${a},${b}`);
    const again = await open(new URL(url).pathname + new URL(url).search);
    await again.waitForSelector('.compare-result table');
    expect(await again.locator('.compare-result thead th').count()).toBe(3);
    await page.context().close();
    await again.context().close();
  });

  it('says which ids it does not know instead of dropping them', async () => {
    const page = await open(`/compare/?specs=${encodeURIComponent(a!)},nope/nothing@1`);
    await page.waitForSelector('.compare-result .callout');
    expect(await page.textContent('.compare-result .callout')).toContain('nope/nothing@1');
    await page.context().close();
  });
});

describe('cite this', () => {
  const latest = atlas.versions.filter((v) => v.document === 'openai/model-spec').at(-1)!.id;
  const card = principlePath(latest, 'do_not_lie').split('#')[0]!;
  it('shows APA without JavaScript, with the build date as "retrieved", the lab as author and the quote', async () => {
    const plain = await open(card, { javaScriptEnabled: false });
    await plain.locator('#p-do_not_lie details.cite summary').click();
    expect(await plain.locator('#p-do_not_lie cite-this pre').count()).toBe(1);
    const apa = (await plain.locator('#p-do_not_lie cite-this pre').textContent())!;
    expect(apa).toMatch(/^OpenAI\. \(2025, December 18\)\. Model Spec \(version 2025-12-18\), “Do not lie”\. “The assistant should not mislead/);
    expect(apa).toMatch(/Retrieved \w+ \d+, \d{4}, from https:\/\/model-spec\.openai\.com\//);
    expect(apa).not.toContain('.invalid');
    expect(await plain.locator('#p-do_not_lie .cite-menu').isVisible()).toBe(false);
    await plain.context().close();
  });

  it('with JavaScript: the reader’s date as "accessed", one format at a time, the choice remembered', async () => {
    const page = await open(card);
    await page.locator('#p-do_not_lie details.cite summary').click();
    await page.waitForFunction(() => document.querySelector('#p-do_not_lie cite-this pre')?.textContent?.includes('Accessed'));
    expect(await page.locator('#p-do_not_lie cite-this pre').count()).toBe(1);
    await page.selectOption('#p-do_not_lie select[name=format]', 'bibtex');
    expect(await page.locator('#p-do_not_lie cite-this pre').textContent()).toMatch(/^@misc\{/);
    await page.reload();
    await page.locator('#p-do_not_lie details.cite summary').click();
    await page.waitForFunction(() => document.querySelector('#p-do_not_lie cite-this pre')?.textContent?.startsWith('@misc'));
    expect(await page.inputValue('#p-do_not_lie select[name=format]')).toBe('bibtex');
    await page.context().close();
  });

  it('on a topic, cites the lab’s words and Spec Atlas’s reading apart, and only where there is something to cite', async () => {
    const page = await open('/topics/lying-and-deception/');
    const openai = page.locator('#doc-openai-model-spec');
    await openai.locator('details.cite summary').click();
    await page.waitForFunction(() => document.querySelectorAll('#doc-openai-model-spec cite-this pre')[1]?.textContent?.includes('Accessed'));
    const [work, reading] = await openai.locator('cite-this pre').allTextContents();
    expect(work).toMatch(/^OpenAI\. /);
    expect(reading).toMatch(/^Spec Atlas\. .*Classification.*from http:\/\/127\.0\.0\.1:\d+\/documents\/openai\/model-spec\//);
    expect(await page.locator('.silent-list details.cite').count()).toBe(0);
    await page.context().close();
  });

  it('gives every cell of a version a permalink row', async () => {
    const v = atlas.versions.filter((x) => x.document === 'openai/model-spec').at(-1)!;
    const page = await open(`/documents/openai/model-spec/${v.version}/#topic-sycophancy`);
    expect(await page.locator('tr#topic-sycophancy').count()).toBe(1);
    expect(await page.locator('tr[id^="topic-"]').count()).toBe(atlas.topics.length);
    await page.context().close();
  });
});

describe('the fit finder', () => {
  it('ranks documents for the needs in the URL, with each need’s default, whether you can change it and the words it rests on', async () => {
    const page = await open('/fit/?needs=system-prompt-confidentiality:yes,political-neutrality:no');
    await page.waitForSelector('.fit-card');
    expect(await page.isChecked('input[name="system-prompt-confidentiality"][value="yes"]')).toBe(true);
    const first = page.locator('.fit-card').first();
    expect(await first.locator('thead th').allTextContents()).toEqual(['Need', 'By default', 'Can you change it?', 'It rests on']);
    expect(await first.locator('tbody th').allTextContents()).toEqual(['System prompt confidentiality: yes', 'Political opinions: no']);
    const scores = (await page.locator('.fit-card .score').allTextContents()).map((t) => Number(/Score (-?\d+)/.exec(t)![1]));
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(await first.locator('tbody td a').first().getAttribute('href')).toMatch(/^\/topics\//);
    expect(await page.textContent('.score-rule')).toMatch(/^Score: 3 for each need the default meets/);
    await page.context().close();
  });

  it('a developer choosing a model for a teen app: one click fills the needs, and the result says what can be changed', async () => {
    const page = await open('/fit/');
    await page.click('a.preset[data-preset="teen-learning"]');
    await page.waitForSelector('.fit-card');
    expect(new URL(page.url()).searchParams.get('preset')).toBe('teen-learning');
    expect(await page.isChecked('input[name="users-under-18"][value="yes"]')).toBe(true);
    expect(await page.getAttribute('a.preset[data-preset="teen-learning"]', 'aria-current')).toBe('true');
    const openai = page.locator('.fit-card', { hasText: 'OpenAI: Model Spec' });
    expect(await openai.locator('tr', { hasText: 'Users under 18: yes' }).locator('td').first().textContent()).toMatch(/must.*met/);
    // Editing a need keeps the needs, drops the preset's mark.
    await page.locator('details.need-group:has(input[name="profanity"]) > summary').click();
    await page.check('input[name="profanity"][value=""]');
    await page.waitForFunction(() => !new URL(location.href).searchParams.get('preset'));
    expect(new URL(page.url()).searchParams.get('needs')).not.toContain('profanity');
    await page.context().close();
  });

  it('says, for a default that does not meet a need, whether you, as operator, can change it', async () => {
    // OpenAI's 2025-12-18 default on lying is "should not", and the operator may move it.
    const page = await open('/fit/?needs=lying-and-deception:yes');
    await page.waitForSelector('.fit-card');
    const row = page.locator('.fit-card', { hasText: 'OpenAI: Model Spec' }).locator('tbody tr').first();
    expect(await row.locator('td').nth(0).textContent()).toMatch(/should not.*adjustable by the operator/);
    expect(await row.locator('td').nth(1).textContent()).toBe('yes, toward your need');
    await page.context().close();
  });
});
