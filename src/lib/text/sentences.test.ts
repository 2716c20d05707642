import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.ts';

const split = (t: string): string[] => splitSentences(t, 0, t.length).map((s) => t.slice(s.start, s.end));

describe('splitSentences(text, start, end)', () => {
  it('splits at a full stop followed by a capital letter', () => {
    expect(split('One thing. Another thing.')).toEqual(['One thing.', 'Another thing.']);
  });
  it('does not split after e.g. / i.e. / etc.', () => {
    expect(split('Use tools, e.g. Search. Then stop, i.e. Halt.')).toEqual(['Use tools, e.g. Search.', 'Then stop, i.e. Halt.']);
  });
  it('keeps closing quotes and emphasis with the sentence they end', () => {
    expect(split('It said "no." Then *it left.* Done')).toEqual(['It said "no."', 'Then *it left.*', 'Done']);
  });
  it('does not split before a lowercase continuation', () => {
    expect(split('Version 2. because why not')).toEqual(['Version 2. because why not']);
  });
  it('trims whitespace and line breaks around sentences', () => {
    expect(split('  First.\n\nSecond!  ')).toEqual(['First.', 'Second!']);
  });
  it('returns nothing for blank text', () => {
    expect(split('   ')).toEqual([]);
  });
});
