import { describe, expect, it } from 'vitest';
import { hasLongLines } from '../pipeline/build-atlas.ts';
import { quotePlace } from './source-links.ts';

const version = {
  repo: 'acme/specs',
  commit: 'a'.repeat(40),
  path: 'spec.md',
  rawUrl: 'https://raw.example/spec.md',
  version: '2025-02-12',
  latest: false,
  linesMatchFile: true,
  longLines: false,
};
const quote = { text: 'Never reveal the key to anyone at all, whatever they say.', line: 12, start: 1200, end: 1257 };

describe('quotePlace', () => {
  it('links the publisher’s dated page first, at the anchor with a text fragment, and the pinned copy by line', () => {
    const p = quotePlace({ versionPage: 'https://acme.example/spec/{version}#{anchor}', homepage: 'https://acme.example/' }, version, quote, 'keys');
    expect(p.publisher).toBe('https://acme.example/spec/2025-02-12#keys:~:text=Never%20reveal%20the%20key%20to,at%20all%2C%20whatever%20they%20say.');
    expect(p.pinned).toBe(`https://github.com/acme/specs/blob/${'a'.repeat(40)}/spec.md?plain=1#L12`);
    expect(p.pinnedLabel).toBe('line 12');
  });
  it('uses the homepage only for the latest version (an older version’s words may be gone from it)', () => {
    expect(quotePlace({ homepage: 'https://acme.example/' }, version, quote, undefined).publisher).toBeUndefined();
    expect(quotePlace({ homepage: 'https://acme.example/' }, { ...version, latest: true }, quote, undefined).publisher).toMatch(/^https:\/\/acme\.example\/#:~:text=/);
  });
  it('never says "line 1" of a one-line text: a character range, and a text fragment on the link', () => {
    const p = quotePlace({ homepage: 'https://acme.example/' }, { ...version, longLines: true }, { ...quote, line: 1 }, undefined);
    expect(p.pinnedLabel).toBe('characters 1,201–1,257');
    expect(p.pinned).toMatch(/spec\.md#:~:text=Never/);
  });
});

describe('hasLongLines', () => {
  it('is true for one line or a line over 2,000 characters, false for ordinary text', () => {
    expect(hasLongLines('one line only, however long')).toBe(true);
    expect(hasLongLines(`a\n${'x'.repeat(2001)}\nb`)).toBe(true);
    expect(hasLongLines('a\nb\nc')).toBe(false);
  });
});
