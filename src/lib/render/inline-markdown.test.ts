import { describe, expect, it } from 'vitest';
import { escapeHtml, renderInlineMarkdown } from './inline-markdown.ts';

describe('renderInlineMarkdown(text, anchorTitle)', () => {
  it('escapes markup in a quote so it shows as text', () => {
    expect(renderInlineMarkdown('<script>alert("x")</script> & <b>')).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;');
  });
  it('shows emphasis, strong and code without changing the words', () => {
    expect(renderInlineMarkdown('a *b* **c** `d`')).toBe('a <em>b</em> <strong>c</strong> <code>d</code>');
  });
  it('drops footnote markers and names "[?](#anchor)" references by their title', () => {
    expect(renderInlineMarkdown('see [?](#do_not_lie)[^ab12].', (a) => (a === 'do_not_lie' ? 'Do not lie' : undefined))).toBe('see <span class="ref">Do not lie</span>.');
  });
  it('keeps a link label and drops the link target', () => {
    expect(renderInlineMarkdown('[our mission](https://example.invalid/)')).toBe('<span class="ref">our mission</span>');
  });
});

describe('escapeHtml(text)', () => {
  it('escapes the five HTML-special characters', () => expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;'));
});

describe('renderInlineMarkdown(text) with direction controls', () => {
  it('shows a right-to-left override from a source as a visible code, never as a live control', () => {
    const html = renderInlineMarkdown('name \u202Etxt.exe');
    expect(html).not.toMatch(/\u202E/);
    expect(html).toContain('<span class="bidi-control" title="a direction control character in the source">[U+202E]</span>');
  });
});
