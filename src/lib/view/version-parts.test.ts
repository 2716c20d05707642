import { describe, expect, it } from 'vitest';
import { principle } from '../../../tests/helpers/make.ts';
import { PARTS_ABOVE, partOfPrinciple, slugify, topHeading, versionParts } from './version-parts.ts';

const many = (n: number, path: string[], prefix: string) => Array.from({ length: n }, (_, i) => principle({ id: `${prefix}${i}`, version: 'd@1', sectionPath: path }));

describe('versionParts(principles)', () => {
  it('keeps a version of up to PARTS_ABOVE principles on one page', () => {
    expect(versionParts(many(PARTS_ABOVE, ['A'], 'a'))).toBeUndefined();
  });

  it('splits a long version by top-level heading, a colon ending the heading, case ignored', () => {
    const ps = [...many(30, ['Style'], 's'), ...many(12, ['Style: length'], 'l'), ...many(25, ['Under-18 principles'], 'u'), ...many(11, ['Under-18 Principles', 'x'], 'v')];
    const parts = versionParts(ps)!;
    expect(parts.map((p) => [p.slug, p.headings, p.sections.length])).toEqual([
      ['style', ['Style'], 2],
      ['under-18-principles', ['Under-18 principles'], 2],
    ]);
  });

  it('lets small runs at the start gather until the part is big enough, keeps a short aside with the part it interrupts, and joins a short end to the part before', () => {
    const ps = [
      ...many(4, ['Red lines'], 'r'),
      ...many(3, ['Red lines (products)'], 'q'),
      ...many(40, ['Overview'], 'o'),
      ...many(30, ['Safety'], 's'),
      ...many(5, ['Risky'], 'k'),
      ...many(1, ['Safety'], 't'),
      ...many(5, ['Risky'], 'm'),
      ...many(12, ['Privacy'], 'p'),
      ...many(2, ['Coda'], 'c'),
    ];
    const parts = versionParts(ps)!;
    expect(parts.map((p) => [p.slug, p.headings])).toEqual([
      ['red-lines', ['Red lines', 'Red lines (products)', 'Overview']],
      ['safety', ['Safety', 'Risky']],
      ['privacy', ['Privacy', 'Coda']],
    ]);
  });

  it('gives every principle exactly one part, in document order, with unique slugs', () => {
    const ps = [...many(20, ['A'], 'a'), ...many(20, ['B'], 'b'), ...many(20, ['A'], 'c'), ...many(5, [], 'd')];
    const parts = versionParts(ps)!;
    expect(parts.flatMap((p) => p.sections.flatMap((s) => s.principles.map((x) => x.id)))).toEqual(ps.map((p) => p.id));
    expect(parts.map((p) => p.slug)).toEqual(['a', 'b', 'a-2']);
    expect(partOfPrinciple(parts).get('d0')).toBe('a-2');
  });
});

describe('topHeading and slugify', () => {
  it('name a part by its first heading', () => {
    expect(topHeading(['Use appropriate style: length', 'x'])).toBe('Use appropriate style');
    expect(topHeading(['Risky situations › self-harm'])).toBe('Risky situations');
    expect(topHeading([])).toBe('');
    expect(slugify('Claude’s nature')).toBe('claude-s-nature');
    expect(slugify('')).toBe('opening');
  });
});
