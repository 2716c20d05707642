import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

// The checks of what a person sees, run in the page: used by layout.e2e.test.ts.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Widest running text, in characters of the element's own font ("0" as the unit, as CSS's ch). */
/**
 * Lays out everything the page leaves to be laid out near the screen (content-visibility: auto), so that
 * positions are measured as a reader finds them on scrolling there, not from the browser's size estimates.
 */
export const renderAll = (page: Page) => page.addStyleTag({ content: '* { content-visibility: visible !important; }' });

export const proseWidths = (page: Page) =>
  page.evaluate(() => {
    const canvas = document.createElement('canvas').getContext('2d')!;
    const out: { text: string; chars: number }[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('main p, main li, main dd, main blockquote, main figcaption')) {
      if (!el.offsetParent || (el.textContent ?? '').trim().length < 120 || el.closest('table, pre, svg, .strip, .presets, .fit-cards, .text-diff')) continue;
      const style = getComputedStyle(el);
      canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const ch = canvas.measureText('0').width;
      const width = el.getBoundingClientRect().width - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      out.push({ text: (el.textContent ?? '').trim().slice(0, 40), chars: Math.round(width / ch) });
    }
    return out;
  });

/**
 * Targets smaller than 24 × 24 px that also lack the spacing WCAG 2.5.8 allows instead: a 24 px circle
 * on the target's centre must not touch another target (or another small target's circle). Links
 * inside a sentence are exempt, as there.
 */
export const smallTargets = (page: Page) =>
  page.evaluate(() => {
    const visible = (el: Element): boolean => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    };
    const inSentence = (a: Element): boolean => {
      const parent = a.parentElement;
      if (!parent || getComputedStyle(a).display !== 'inline') return false;
      return [...parent.childNodes].some((n) => n !== a && n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim().length > 1);
    };
    const targets = [...document.querySelectorAll('button, select, input, summary, a[href]')]
      .filter((el) => visible(el) && !el.closest('svg, .visually-hidden, .skip') && !(el.tagName === 'A' && inSentence(el)))
      .map((el) => {
        // A checkbox or radio counts with its label, which takes the tap too.
        const box = el.matches('input[type=checkbox], input[type=radio]') ? (el.closest('label') ?? el) : el;
        // An inline link that wraps is its line boxes, not the rectangle around them.
        return { el, r: box.getBoundingClientRect(), parts: [...box.getClientRects()] };
      });
    const small = (r: DOMRect): boolean => r.width < 24 || r.height < 24;
    const distance = (x: number, y: number, r: DOMRect): number => Math.hypot(Math.max(r.left - x, 0, x - r.right), Math.max(r.top - y, 0, y - r.bottom));
    const out: string[] = [];
    for (const t of targets) {
      if (!small(t.r)) continue;
      const [cx, cy] = [t.r.left + t.r.width / 2, t.r.top + t.r.height / 2];
      const crowded = targets.find((o) => {
        if (o === t || o.el.contains(t.el) || t.el.contains(o.el)) return false;
        const near = Math.min(...o.parts.map((r) => distance(cx, cy, r)));
        if (small(o.r)) return Math.hypot(cx - (o.r.left + o.r.width / 2), cy - (o.r.top + o.r.height / 2)) < 24 && near < 12;
        return near < 12;
      });
      if (crowded)
        out.push(
          `${t.el.tagName.toLowerCase()}${t.el.className ? `.${String(t.el.className).split(' ')[0]}` : ''} “${(t.el.textContent ?? '').trim().slice(0, 30)}” ${Math.round(t.r.width)}×${Math.round(t.r.height)}, too near “${(crowded.el.textContent ?? '').trim().slice(0, 20)}”`,
        );
    }
    return out;
  });

/**
 * Words of a table cell that the layout splits across lines: a column too narrow for its own heading or
 * values ("Versi|on", "Lic|ence"). Only runs of letters count, a capital starting a new run ("Shield|Gemma" may wrap there); dates and ids may
 * break at their hyphens.
 */
export const brokenWords = (page: Page) =>
  page.evaluate(() => {
    const out: string[] = [];
    for (const cell of document.querySelectorAll<HTMLElement>('main th, main td')) {
      if (!cell.checkVisibility() || cell.closest('[role=region]')) continue;
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (n.parentElement?.closest('pre, code')) continue;
        for (const m of (n.textContent ?? '').matchAll(/[A-Z]?[a-z]{3,}|[A-Z]{4,}/g)) {
          const range = document.createRange();
          range.setStart(n, m.index);
          range.setEnd(n, m.index + m[0].length);
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (lines.size > 1) out.push(`${m[0]} in “${(cell.textContent ?? '').trim().slice(0, 30)}”`);
        }
      }
    }
    return out;
  });

/** Text in a drawn picture that falls outside its viewBox. */
export const labelsOutside = (page: Page, pictures = 'main svg[viewBox]') =>
  page.evaluate((selector) => {
    const out: string[] = [];
    for (const svg of document.querySelectorAll<SVGSVGElement>(selector)) {
      const vb = svg.viewBox.baseVal;
      for (const t of svg.querySelectorAll<SVGTextElement>('text')) {
        if (!t.textContent?.trim()) continue;
        const m = t.getCTM();
        const s = svg.getCTM();
        const b = t.getBBox();
        // The label's corners in the picture's own coordinates.
        const corners = [
          [b.x, b.y],
          [b.x + b.width, b.y],
          [b.x, b.y + b.height],
          [b.x + b.width, b.y + b.height],
        ].map(([x, y]) => new DOMPoint(x, y).matrixTransform(m!).matrixTransform(s!.inverse()));
        if (corners.some((p) => p.x < vb.x - 1 || p.y < vb.y - 1 || p.x > vb.x + vb.width + 1 || p.y > vb.y + vb.height + 1)) out.push(t.textContent.slice(0, 40));
      }
    }
    return out;
  }, pictures);

export async function axe(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async () => {
    const a = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    return a.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
  });
  return result.violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(' | ')}`,
  );
}

/**
 * Content of a table cell that reaches past the cell's edge, where the next cell paints over it or it
 * over the next cell (a badge wider than its column). Text runs count by their own boxes.
 */
export const overflowingCells = (page: Page) =>
  page.evaluate(() => {
    const out: string[] = [];
    for (const cell of document.querySelectorAll<HTMLElement>('main th, main td')) {
      if (!cell.checkVisibility() || cell.closest('[role=region]')) continue;
      const edge = cell.getBoundingClientRect();
      for (const el of cell.querySelectorAll<HTMLElement>('*')) {
        if (!el.checkVisibility() || el.closest('.visually-hidden')) continue;
        const r = el.getBoundingClientRect();
        if (r.width > 0 && (r.right > edge.right + 1 || r.left < edge.left - 1))
          out.push(`“${(el.textContent ?? '').trim().slice(0, 20)}” in “${(cell.textContent ?? '').trim().slice(0, 30)}”`);
      }
    }
    return out;
  });
