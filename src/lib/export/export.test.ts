import { describe, expect, it } from 'vitest';
import { allowsRedistribution, shortQuote } from './quote-policy.ts';

describe('allowsRedistribution(licence)', () => {
  it('accepts public-domain and open licences', () => {
    for (const l of ['CC0-1.0', 'CC0-1.0 (the document states it); capture repo code MIT', 'Apache-2.0', 'MIT', 'AGPL-3.0']) expect(allowsRedistribution(l), l).toBe(true);
  });
  it('treats custom, unknown and unverified licences as not allowing it', () => {
    for (const l of [
      'unknown (repo has no LICENSE file)',
      "Llama Community License (custom; see the model's LICENSE)",
      'DeepSeek License Agreement v1.0',
      'CC-BY-4.0 (probable: convention; unverified)',
    ])
      expect(allowsRedistribution(l), l).toBe(false);
  });
});

describe('shortQuote(text, max)', () => {
  it('keeps a short quote whole', () => expect(shortQuote('one two three', 5)).toEqual({ text: 'one two three', shortened: false }));
  it('keeps whole sentences verbatim and marks the cut', () => expect(shortQuote('One two. Three four.', 2)).toEqual({ text: 'One two. …', shortened: true }));
  it('keeps the sentence that states the rule, not only the first words', () => {
    const text = 'Some background here first. More context follows on. The model must never share the key. A closing remark.';
    const cut = shortQuote(text, 8);
    expect(cut.shortened).toBe(true);
    expect(cut.text).toContain('The model must never share the key.');
    expect(cut.text.startsWith('… ')).toBe(true);
  });
  it('never cuts a long rule off before its operative word', () => {
    const text = `${Array.from({ length: 30 }, (_, i) => `w${i}`).join(' ')} must not do that thing at all, ever.`;
    const cut = shortQuote(text, 12);
    expect(cut.text).toMatch(/must not/);
    expect((cut.text.match(/\S+/g) ?? []).filter((w) => w !== '…').length).toBeLessThanOrEqual(12);
  });
});
