import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { atlasSchema, type Atlas } from '../../src/schemas/atlas.ts';
import { dist, useSiteSession } from './site-session.ts';

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
    await Promise.all([page.waitForURL(/\/matrix\/policies\/$/), page.click('.matrix-views a[href$="/matrix/policies/"]')]);
    const policyCols = await page.locator('thead th[data-col]').evaluateAll((ths) => ths.map((th) => th.getAttribute('data-col')!));
    expect(policyCols.length).toBeGreaterThan(0);
    expect(policyCols.every((c) => ['usage-policy', 'classifier-policy'].includes(kinds.get(c.split('@')[0]!)!))).toBe(true);
    await page.context().close();
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
  it('shows APA without JavaScript and all five formats with it', async () => {
    const label = atlas.versions.filter((v) => v.document === 'openai/model-spec').at(-1)!.version;
    const plain = await open(`/documents/openai/model-spec/${label}/`, { javaScriptEnabled: false });
    await plain.locator('#p-do_not_lie details.cite summary').click();
    expect(await plain.locator('#p-do_not_lie cite-this pre').count()).toBe(1);
    expect(await plain.locator('#p-do_not_lie cite-this pre').textContent()).toContain('OpenAI. (2025');
    await plain.context().close();
    const page = await open(`/documents/openai/model-spec/${label}/`);
    await page.locator('#p-do_not_lie details.cite summary').click();
    await page.waitForSelector('#p-do_not_lie cite-this .cite-format >> nth=4');
    const names = await page.locator('#p-do_not_lie cite-this .cite-name').allTextContents();
    expect(names).toEqual(['APA', 'MLA', 'Chicago', 'BibTeX', 'CSL-JSON']);
    expect(await page.locator('#p-do_not_lie cite-this pre >> nth=3').textContent()).toMatch(/^@misc\{/);
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
  it('ranks documents for the needs in the URL and shows a verdict per need with a link to the evidence', async () => {
    const page = await open('/fit/?needs=system-prompt-confidentiality:yes,political-neutrality:no');
    await page.waitForSelector('.fit-table tbody tr');
    expect(await page.inputValue('select[name="system-prompt-confidentiality"]')).toBe('yes');
    const heads = await page.locator('.fit-table thead th').allTextContents();
    expect(heads.slice(3)).toEqual(['System prompt confidentiality: yes', 'Political opinions: no']);
    const rows = await page.locator('.fit-table tbody tr').count();
    expect(rows).toBe(atlas.documents.filter((d) => ['model-spec', 'constitution', 'system-prompt'].includes(d.kind)).length);
    const scores = (await page.locator('.fit-table tbody tr td:nth-child(3)').allTextContents()).map(Number);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(await page.locator('.fit-table tbody tr >> nth=0 >> td.verdict a').first().getAttribute('href')).toMatch(/^\/topics\//);
    await page.context().close();
  });

  it('says, for a default that does not meet a need, whether the operator can change it', async () => {
    // OpenAI's 2025-12-18 default on lying is "should not", and the operator may move it to "may".
    const page = await open('/fit/?needs=lying-and-deception:yes,political-neutrality:yes');
    await page.waitForSelector('.fit-table tbody tr');
    const row = page.locator('.fit-table tbody tr', { hasText: 'Model Spec (2025-12-18)' });
    expect(await row.locator('td.verdict').first().textContent()).toMatch(/adjustable by the operator.*you, as operator, can change this default/);
    // xAI's safety prompt rules lying out with no one able to change it.
    const fixed = page.locator('.fit-table tbody tr', { hasText: 'grok_4_safety_prompt' });
    expect(await fixed.locator('td.verdict').first().textContent()).toMatch(/unmet.*you, as operator, cannot change this default/);
    await page.context().close();
  });

  it('keeps the needs in the URL as they are chosen', async () => {
    const page = await open('/fit/');
    await page.selectOption('select[name="sycophancy"]', 'no');
    await page.waitForSelector('.fit-table');
    expect(new URL(page.url()).searchParams.get('needs')).toBe('sycophancy:no');
    await page.context().close();
  });
});
