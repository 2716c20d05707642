import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { heatmapSvg } from '../lib/charts/heatmap.ts';

// The colour tokens, read from the one tokens file, checked for contrast (WCAG 2.2 AA: 4.5:1 for text).
const css = readFileSync(new URL('./tokens.css', import.meta.url), 'utf8');
const light = css.slice(css.indexOf(':root {'), css.indexOf('@media (prefers-color-scheme: dark)'));
const dark = css.slice(css.indexOf('@media (prefers-color-scheme: dark)'), css.indexOf('@media (max-width'));
const tokens = (block: string): Map<string, string> => new Map([...block.matchAll(/--([a-z0-9-]+):\s*(#[0-9a-f]{6});/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]));
const themes = { light: tokens(light), dark: new Map([...tokens(light), ...tokens(dark)]) };

const luminance = (hex: string): number => {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
const contrast = (a: string, b: string): number => {
  const [x, y] = [luminance(a), luminance(b)].sort((m, n) => n - m);
  return (x! + 0.05) / (y! + 0.05);
};
const positions = ['must', 'should', 'may', 'should-not', 'must-not', 'conflicting', 'silent'];

describe('colour tokens (src/styles/tokens.css)', () => {
  for (const [name, t] of Object.entries(themes)) {
    it(`${name} theme: every position's text is legible on its badge, on the page and on panels`, () => {
      for (const p of positions) {
        const fg = t.get(`pos-${p}`)!;
        for (const bg of [t.get(`pos-${p}-bg`)!, t.get('bg')!, t.get('panel')!]) expect(contrast(fg, bg), `${p} on ${bg}`).toBeGreaterThanOrEqual(4.5);
      }
    });
    it(`${name} theme: text, muted text, links and diff marks are legible`, () => {
      for (const [fg, bg] of [
        ['fg', 'bg'],
        ['muted', 'bg'],
        ['muted', 'panel'],
        ['accent', 'bg'],
        ['accent', 'panel'],
        ['accent', 'accent-soft'],
        ['accent-fg', 'accent'],
        ['ins-fg', 'ins-bg'],
        ['del-fg', 'del-bg'],
      ])
        expect(contrast(t.get(fg!)!, t.get(bg!)!), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
    });
    it(`${name} theme: the five positions are told apart by their colours`, () => {
      const colours = positions.map((p) => t.get(`pos-${p}`));
      expect(new Set(colours).size).toBe(positions.length);
    });
  }
  // The heatmap is an image file and carries its own colours: they are the tokens', in both themes.
  it('the heatmap file paints with the tokens of each theme', () => {
    const style = heatmapSvg({ rows: [], columns: [], state: () => 'silent', title: 'x' }).match(/<style>(.*)<\/style>/)![1]!;
    const darkAt = style.indexOf('@media (prefers-color-scheme:dark)');
    const fills = (block: string): Map<string, string> => new Map([...block.matchAll(/\.(hm-[a-z-]+|bg)\{fill:(#[0-9a-f]{6})/g)].map((m) => [m[1]!, m[2]!]));
    const [inLight, inDark] = [fills(style.slice(0, darkAt)), new Map([...fills(style.slice(0, darkAt)), ...fills(style.slice(darkAt))])];
    for (const [file, t] of [
      [inLight, themes.light],
      [inDark, themes.dark],
    ] as const) {
      expect(file.get('bg')).toBe(t.get('bg'));
      for (const p of positions) expect(file.get(`hm-${p}`), p).toBe(t.get(`hm-${p}`));
    }
  });
});
