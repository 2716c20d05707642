import { describe, expect, it } from 'vitest';
import { hasTemplateSyntax } from '../pipeline/import-principles.ts';
import { segmentBlocks, templateSpans } from './segment-blocks.ts';

const sentences = (text: string): string[] => segmentBlocks('x@1', text, true).sections[0]!.sentences.map((s) => text.slice(s.start, s.end));

describe('segmentBlocks(version, text, linesMatchFile)', () => {
  it('never lets a sentence hold a Jinja tag: the tag splits the block', () => {
    const text = 'Be brief.\n{%- if not is_mobile %}\nUse tables when useful.\n{% endif -%}';
    expect(sentences(text)).toEqual(['Be brief.', 'Use tables when useful.']);
  });
  it('leaves out a template comment that spans lines', () => {
    expect(sentences('Answer in the user\u2019s language.\n{#-\nNB: a note for developers.\n-#}\nStay factual.')).toEqual(['Answer in the user\u2019s language.', 'Stay factual.']);
  });
  it('keeps the words on both sides of an inline expression', () => {
    expect(sentences('Today is {{ date }} and you are Grok.')).toEqual(['Today is', 'and you are Grok.']);
  });
  it('can segment as it did before tags split blocks, for tools that re-point older selectors', () => {
    expect(segmentBlocks('x@1', 'A.\n{% if x %}\nB.', true, { splitAtTemplateTags: false }).sections[0]!.sentences).toHaveLength(1);
  });
});

describe('templateSpans(text) and hasTemplateSyntax(text)', () => {
  it('find tags, expressions and comments', () => expect(templateSpans('a {% if %} b {{ x }} c {# n #}')).toHaveLength(3));
  it('flag a quote holding template syntax, and not ordinary braces', () => {
    expect(hasTemplateSyntax('Use tables.\n{% endif -%}')).toBe(true);
    expect(hasTemplateSyntax('Return JSON like {"a": 1}.')).toBe(false);
  });
});
