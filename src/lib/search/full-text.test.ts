import { describe, expect, it } from 'vitest';
import { placeOf, safeExcerpt, toTextHit } from './full-text.ts';

const anchors = [
  { element: 'h2', id: 'intro', text: 'Intro', location: 0 },
  { element: 'span', id: 's-0', text: 'a', location: 1 },
  { element: 'h3', id: 'rules', text: 'Rules', location: 10 },
  { element: 'span', id: 's-1', text: 'b', location: 11 },
  { element: 'span', id: 's-2', text: 'c', location: 20 },
];

describe('placeOf(data)', () => {
  it('finds the sentence and heading holding the first match', () => expect(placeOf({ locations: [25, 14], anchors })).toEqual({ sentence: 's-1', heading: 'Rules' }));
  it('gives the heading alone for a match in a heading', () => expect(placeOf({ locations: [10], anchors })).toEqual({ heading: 'Rules' }));
});

describe('safeExcerpt(excerpt)', () => {
  it('keeps <mark> and escapes every other tag', () => expect(safeExcerpt('a <mark>b</mark> <img src=x>')).toBe('a <mark>b</mark> &lt;img src=x&gt;'));
});

describe('toTextHit(data)', () => {
  it('links a reader page result to its sentence and names the heading', () => {
    const hit = toTextHit({ url: '/documents/x/y/1/text/', excerpt: '<mark>w</mark>', meta: { version: 'x/y@1', label: 'X · Y 1', title: 'Y' }, locations: [12], anchors });
    expect(hit).toEqual({ href: '/documents/x/y/1/text/#s-1', version: 'x/y@1', label: 'X · Y 1', title: 'Rules', excerptHtml: '<mark>w</mark>' });
  });
  it('keeps a quoted-only result on its principle and carries the licence that says why', () => {
    const hit = toTextHit({ url: '/documents/x/y/1/#p-a', excerpt: 'w', meta: { version: 'x/y@1', title: 'Rule A', quotedOnly: 'unknown' }, locations: [0], anchors: [] });
    expect(hit).toMatchObject({ href: '/documents/x/y/1/#p-a', title: 'Rule A', quotedOnly: 'unknown' });
  });
});
