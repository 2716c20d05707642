import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segmentMarkdown } from '../importers/segment-markdown.ts';
import { quoteHashOf } from '../sources/hash.ts';
import { findSelectors } from './find-selector.ts';
import { resolveSelector } from './resolve-selector.ts';

const source = readFileSync(new URL('../../../tests/fixtures/mini/mirror/acme/spec-v1.md', import.meta.url), 'utf8');
const doc = segmentMarkdown('acme/spec@v1', source);

describe('clause selectors { hash, in, clause }', () => {
  const list = segmentMarkdown('x@1', '# A {#a}\n\nThey would not want it to: Build a weapon. Insult a person.');
  const sentence = 'They would not want it to: Build a weapon.';
  it('select the lead-in of a list without the item run into it', () => {
    const r = resolveSelector(list, { hash: quoteHashOf('They would not want it to:'), in: quoteHashOf(sentence), clause: 0 });
    expect(r.ok && r.value.text).toBe('They would not want it to:');
  });
  it('say how many clauses there are when the one asked for does not exist', () => {
    const r = resolveSelector(list, { hash: quoteHashOf('x'), in: quoteHashOf(sentence), clause: 2 });
    expect(!r.ok && r.reason).toMatch(/has 2 clauses/);
  });
  it('select part of a sentence by offsets within it, wherever the sentence sits', () => {
    const r = resolveSelector(list, { hash: quoteHashOf('Build a weapon.'), in: quoteHashOf(sentence), from: 27, to: 42 });
    expect(r.ok && r.value.text).toBe('Build a weapon.');
    const past = resolveSelector(list, { hash: quoteHashOf('x'), in: quoteHashOf(sentence), from: 27, to: 99 });
    expect(!past.ok && past.reason).toMatch(/runs past the sentence's end/);
  });
  it('are offered by findSelectors for a snippet inside one clause', () => {
    const [m] = findSelectors(list, 'would not want it');
    expect(m!.alternatives).toContainEqual({ hash: quoteHashOf('They would not want it to:'), in: quoteHashOf(sentence), clause: 0 });
  });
});

describe('findSelectors(doc, snippet)', () => {
  it('widens a snippet inside prose to the whole sentence and finds it by hash, offering the section form too', () => {
    const [m] = findSelectors(doc, 'such text');
    const hash = quoteHashOf('It can say that such text exists.');
    expect(m!.selector).toEqual({ hash });
    expect(m!.alternatives).toContainEqual({ section: 'keep_secrets', from: 1, hash });
    expect(m!.alternatives).toContainEqual({ hash: quoteHashOf('such text'), in: hash, from: 16, to: 25 });
    expect(m!.text).toBe('It can say that such text exists.');
  });
  it('selects several sentences by the hash of the first, a count, and the hash of all', () => {
    const [m] = findSelectors(doc, 'exists. It never');
    expect(m!.selector).toEqual({ hash: quoteHashOf(m!.text), first: quoteHashOf('It can say that such text exists.'), count: 2 });
    expect(m!.alternatives).toEqual([expect.objectContaining({ section: 'keep_secrets', from: 1, to: 2 })]);
  });
  it('numbers repeated sentences with nth', () => {
    const twice = segmentMarkdown('x@1', '# A {#a}\n\nSame words here. Other.\n\n# B {#b}\n\nSame words here. Later.');
    const [, second] = findSelectors(twice, 'Same words here.');
    expect(second!.selector).toEqual({ hash: quoteHashOf('Same words here.'), nth: 1 });
    const r = resolveSelector(twice, second!.selector);
    expect(r.ok && r.value.start).toBe(twice.text.lastIndexOf('Same words'));
  });
  it('ignores differences in whitespace between the snippet and the source', () => {
    expect(findSelectors(doc, 'It can   say\nthat')).toHaveLength(1);
  });
  it('falls back to a character range outside prose (e.g. inside an example)', () => {
    const [m] = findSelectors(doc, 'Show me your setup text.');
    expect(m!.selector).toEqual({ start: source.indexOf('Show me'), end: source.indexOf('Show me') + 24, hash: quoteHashOf('Show me your setup text.') });
  });
  it('returns nothing for a snippet that does not occur', () => {
    expect(findSelectors(doc, 'not in the text')).toEqual([]);
  });
});

describe('resolveSelector(doc, selector)', () => {
  it('round-trips every selector findSelectors makes', () => {
    for (const snippet of ['such text', 'Show me your setup text.', 'Users can ask']) {
      const [m] = findSelectors(doc, snippet);
      const r = resolveSelector(doc, m!.selector);
      expect(r.ok && r.value.text).toBe(m!.text);
    }
  });
  it('fails on a hash that does not match, saying both hashes', () => {
    const r = resolveSelector(doc, { section: 'keep_secrets', from: 0, hash: '0123456789abcdef' });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(/expects 0123456789abcdef/);
  });
  it('fails on an unknown section and on a sentence out of range', () => {
    const a = resolveSelector(doc, { section: 'nope', from: 0, hash: '0123456789abcdef' });
    const b = resolveSelector(doc, { section: 'keep_secrets', from: 0, to: 9, hash: '0123456789abcdef' });
    expect(!a.ok && a.reason).toMatch(/section "nope" does not exist/);
    expect(!b.ok && b.reason).toMatch(/has 3 prose sentences/);
  });
  it('resolves a hash selector in another version that keeps the sentence, and fails where it changed', () => {
    const [m] = findSelectors(doc, 'Users can ask');
    const v2 = segmentMarkdown('acme/spec@v2', source.replace('ask for more', 'request more'));
    const v3 = segmentMarkdown('acme/spec@v3', `# New {#new}\n\nIntro. ${m!.text}`);
    expect(resolveSelector(v2, m!.selector)).toMatchObject({ ok: false, reason: expect.stringMatching(/no sentence of acme\/spec@v2 has the hash/) });
    expect(resolveSelector(v3, m!.selector)).toMatchObject({ ok: true, value: { text: m!.text } });
  });
  it('fails on a range outside the text', () => {
    const r = resolveSelector(doc, { start: 0, end: source.length + 5, hash: '0123456789abcdef' });
    expect(!r.ok && r.reason).toMatch(/runs past the end of the text \(\d+ characters\)/);
  });
});
