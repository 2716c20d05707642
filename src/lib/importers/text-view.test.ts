import { describe, expect, it } from 'vitest';
import { segmentBlocks } from './segment-blocks.ts';
import { textView } from './text-view.ts';

describe('textView(format, raw)', () => {
  it('keeps a plain file as it is, lines included', () => expect(textView('text', 'a\nb')).toEqual({ text: 'a\nb', linesMatchFile: true }));
  it('takes the first of two copies of a captured page', () => {
    const page = 'Title. ' + 'Body sentence number one. '.repeat(20) + 'The end.';
    expect(textView('first-copy', `${page} ${page}`).text).toBe(page);
  });
  it('leaves a page that is not doubled whole', () => expect(textView('first-copy', 'only once').text).toBe('only once'));
  it('decodes the keys and string values of a JSON file, one block each', () => {
    expect(textView('json-strings', '{"role":"system","content":"Be \\"kind\\".\\nBe brief."}')).toEqual({
      text: 'role\n\nsystem\n\ncontent\n\nBe "kind".\nBe brief.',
      linesMatchFile: false,
    });
  });
  it('joins the cell sources of a notebook', () => {
    expect(textView('notebook', JSON.stringify({ cells: [{ source: ['# A\n', 'text'] }, { source: 'code()' }] })).text).toBe('# A\ntext\n\ncode()');
  });
});

describe('segmentBlocks(version, text, linesMatchFile)', () => {
  const split = (t: string): string[] => segmentBlocks('x@1', t, true).sections[0]!.sentences.map((s) => t.slice(s.start, s.end));
  it('splits one long line into sentences', () => expect(split('One thing. Two things. Three.')).toEqual(['One thing.', 'Two things.', 'Three.']));
  it('never runs a sentence across list items, numbered clauses or headings', () => {
    expect(split('- first item\n- second item\n1. clause one\n(a) sub clause\n# Heading\ntext')).toEqual([
      'first item',
      'second item',
      'clause one',
      'sub clause',
      'Heading\ntext',
    ]);
  });
  it('joins wrapped lines of one paragraph', () => expect(split('A sentence that\nwraps. Next one.')).toEqual(['A sentence that\nwraps.', 'Next one.']));
});
