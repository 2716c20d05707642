import { describe, expect, it } from 'vitest';
import { buildReader } from './build-reader.ts';

// A made-up text in our own words.
const text = ['# One {#one}', '', 'First idea here. Second idea there.', '', '```', 'code <b>', '```', '', '# Two {#two}', '', '- A listed point.', '- Another point.'].join('\n');
const principle = {
  id: 'p',
  title: 'Second',
  href: '/v/#p-p',
  stance: 'must',
  topics: [{ title: 'T', href: '/topics/t/' }],
  quotes: [{ start: text.indexOf('Second'), end: text.indexOf('there.') + 6 }],
};

describe('buildReader(text, principles)', () => {
  it('renders every block with anchors: headings by their ids, sentences numbered through the text', () => {
    const r = buildReader(text, [principle]);
    expect(r.parts).toHaveLength(1);
    const html = r.parts[0]!.html;
    expect(html).toContain('<h2 id="one">One</h2>');
    expect(html).toContain('<span id="s-0">First idea here.</span> <span id="s-1" class="q">Second idea there.</span>');
    expect(html).toContain('<pre class="reader-code">```\ncode &lt;b&gt;\n```</pre>');
    expect(html).toContain('<span id="s-3">- Another point.</span>');
    expect(r.sentencePart).toEqual(['', '', '', '']);
  });
  it('puts a note naming the principle, its stance and topics before the block it quotes', () => {
    const html = buildReader(text, [principle]).parts[0]!.html;
    expect(html).toMatch(
      /<aside class="pnote" data-pagefind-ignore><a href="\/v\/#p-p">Second<\/a> <span class="pnote-stance">must<\/span> <span class="pnote-topics"><a href="\/topics\/t\/">T<\/a><\/span><\/aside><p><span id="s-0">/,
    );
  });
  it('cuts a long text at its top-level headings and says on which page each anchor is', () => {
    const r = buildReader(text, [], { splitAbove: 10 });
    expect(r.parts.map((p) => [p.slug, p.title])).toEqual([
      ['', 'One'],
      ['two', 'Two'],
    ]);
    expect(r.anchorPart.get('two')).toBe('two');
    expect(r.sentencePart).toEqual(['', '', 'two', 'two']);
  });
});

describe('buildReader(text) without headings', () => {
  it('cuts a long text between sentences into numbered pages, numbering sentences on across them', () => {
    const flat = 'One short line. Two short line. Three short line. Four short line.';
    const r = buildReader(flat, [], { splitAbove: 10, pageChars: 30 });
    expect(r.parts.map((p) => [p.slug, p.title])).toEqual([
      ['', ''],
      ['part-2', 'Part 2'],
    ]);
    expect(r.parts[1]!.html).toBe('<p><span id="s-2">Three short line.</span> <span id="s-3">Four short line.</span></p>');
    expect(r.sentencePart).toEqual(['', '', 'part-2', 'part-2']);
  });
});
