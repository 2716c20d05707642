import { describe, expect, it } from 'vitest';
import { allowsRedistribution, shortQuote } from './quote-policy.ts';

describe('allowsRedistribution(licence)', () => {
  it('accepts public-domain and open licences', () => {
    for (const l of ['CC0-1.0', 'CC0-1.0 (the document states it); capture repo code MIT', 'Apache-2.0', 'MIT', 'AGPL-3.0']) expect(allowsRedistribution(l), l).toBe(true);
  });
  it('treats custom, unknown and unverified licences as not allowing it', () => {
    for (const l of ['unknown (repo has no LICENSE file)', 'Llama Community License (custom; see the model\'s LICENSE)', 'DeepSeek License Agreement v1.0', 'CC-BY-4.0 (probable: convention; unverified)']) expect(allowsRedistribution(l), l).toBe(false);
  });
});

describe('shortQuote(text, max)', () => {
  it('keeps a short quote whole', () => expect(shortQuote('one two three', 5)).toEqual({ text: 'one two three', shortened: false }));
  it('keeps the first words verbatim and marks the cut', () => expect(shortQuote('one two  three four', 2)).toEqual({ text: 'one two …', shortened: true }));
});
