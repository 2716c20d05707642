import { describe, expect, it } from 'vitest';
import { principle, topic } from '../../../tests/helpers/make.ts';
import type { Atlas } from '../../schemas/atlas.ts';
import { highlight } from './highlight.ts';
import { createSearchEngine, queryWords } from './search-engine.ts';
import { serializeSearchPayload } from './build-search-payload.ts';
import { excerpt, toSearchRecords } from './to-search-records.ts';

describe('highlight(text, ranges)', () => {
  it('marks matched ranges and escapes everything, so markup in a quote shows as text', () => {
    expect(highlight('<b>bold</b> claim', [[3, 6]])).toBe('&lt;b&gt;<mark>bold</mark>&lt;/b&gt; claim');
  });
  it('merges overlapping and touching ranges', () => {
    expect(
      highlight('abcdef', [
        [3, 4],
        [0, 1],
        [1, 2],
      ]),
    ).toBe('<mark>abcde</mark>f');
  });
  it('returns the escaped text when nothing matched', () => expect(highlight('a & b', [])).toBe('a &amp; b'));
});

describe('excerpt(text, max)', () => {
  it('cuts at a word boundary and marks the cut', () => expect(excerpt('one two three four', 10)).toBe('one two…'));
  it('keeps short text whole, with whitespace collapsed', () => expect(excerpt('a\n  b', 10)).toBe('a b'));
});

describe('toSearchRecords(atlas, options)', () => {
  const atlas = {
    labs: [{ id: 'acme', name: 'Acme', homepage: 'https://example.invalid/', description: 'x' }],
    documents: [
      {
        id: 'acme/spec',
        lab: 'acme',
        title: 'Spec',
        kind: 'model-spec',
        binds: 'model',
        homepage: 'https://example.invalid/',
        description: 'x',
        versions: ['acme/spec@1', 'acme/spec@2'],
      },
    ],
    versions: [
      { id: 'acme/spec@1', document: 'acme/spec', version: '1', latest: false },
      { id: 'acme/spec@2', document: 'acme/spec', version: '2', latest: true },
    ],
    topics: [topic('sycophancy', { title: 'Sycophancy', keywords: ['flattery'], question: 'Will it flatter?' })],
    principles: [
      principle({ id: 'old', version: 'acme/spec@1' }),
      principle({ id: 'no_flattery', version: 'acme/spec@2', title: 'Do not flatter', summary: 'Honest praise only.' }),
    ],
    alignments: [
      { principle: 'acme/spec@2#no_flattery', version: 'acme/spec@2', topic: 'sycophancy', origin: 'curated', position: 'must-not', override: 'user', stanceFrom: 'principle' },
    ],
  } as unknown as Atlas;

  it('indexes every topic and the latest versions’ principles by default', () => {
    const records = toSearchRecords(atlas, { allVersions: false });
    expect(records.map((r) => `${r.kind}:${r.title}`)).toEqual(['topic:Sycophancy', 'principle:Do not flatter']);
    expect(records[1]).toMatchObject({ id: 'no_flattery', lab: 'acme', version: 'acme/spec@2', keywords: ['Sycophancy'], groups: ['g'] });
  });
  it('includes earlier versions on request', () => {
    expect(toSearchRecords(atlas, { allVersions: true }).filter((r) => r.kind === 'principle')).toHaveLength(2);
  });
  const records = toSearchRecords(atlas, { allVersions: false });
  const engine = createSearchEngine(JSON.parse(serializeSearchPayload('test', { labs: { acme: 'Acme' }, documents: { 'acme/spec': 'Spec' } }, records)));

  it('finds the topic and the principle aligned to it despite a typo, topics first', () => {
    const r = engine.search('sycophnacy');
    expect(r.topics.map((h) => h.record.title)).toEqual(['Sycophancy']);
    expect(r.principles.map((h) => h.record.title)).toEqual(['Do not flatter']);
    expect(r.principles[0]).toMatchObject({ href: '/documents/acme/spec/2/#p-no_flattery', labName: 'Acme', documentTitle: 'Spec', versionLabel: '2' });
  });
  it('finds words of a summary or quote by their start, and marks the whole word', () => {
    const r = engine.search('prais');
    expect(r.principles.map((h) => h.record.title)).toEqual(['Do not flatter']);
    expect(r.principles[0]!.detailHtml).toBe('Honest <mark>praise</mark> only.');
  });
  it('narrows principles by lab and position, and hides topics when a principle-only filter is set', () => {
    expect(engine.search('flatter', { position: 'must-not' }).principles).toHaveLength(0);
    expect(engine.search('flatter', { position: 'should' }).principles).toHaveLength(1);
    expect(engine.search('sycophancy', { lab: 'acme' }).topics).toHaveLength(0);
    expect(engine.search('sycophancy', { lab: 'other' }).principles).toHaveLength(0);
  });
  it('returns nothing for an empty query', () => expect(engine.search('  ')).toEqual({ topics: [], principles: [] }));
});

describe('queryWords(query)', () => {
  it('lowercases, splits and drops one-letter words and repeats', () => expect(queryWords('System prompt, a SYSTEM leak')).toEqual(['system', 'prompt', 'leak']));
});
