import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segmentMarkdown } from '../importers/segment-markdown.ts';
import { quoteHashOf } from '../sources/hash.ts';
import { findSelectors } from './find-selector.ts';
import { resolveSelector } from './resolve-selector.ts';

const source = readFileSync(new URL('../../../tests/fixtures/mini/mirror/acme/spec-v1.md', import.meta.url), 'utf8');
const doc = segmentMarkdown('acme/spec@v1', source);

describe('findSelectors(doc, snippet)', () => {
  it('widens a snippet inside prose to whole sentences and returns a sentence selector', () => {
    const [m] = findSelectors(doc, 'such text');
    expect(m!.selector).toEqual({ section: 'keep_secrets', from: 1, hash: quoteHashOf('It can say that such text exists.') });
    expect(m!.text).toBe('It can say that such text exists.');
  });
  it('spans several sentences with from/to', () => {
    const [m] = findSelectors(doc, 'exists. It never');
    expect(m!.selector).toMatchObject({ section: 'keep_secrets', from: 1, to: 2 });
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
  it('fails on a range outside the text', () => {
    const r = resolveSelector(doc, { start: 0, end: source.length + 5, hash: '0123456789abcdef' });
    expect(!r.ok && r.reason).toMatch(/outside the text/);
  });
});
