import { describe, expect, it } from 'vitest';
import { principle, topic } from '../../../tests/helpers/make.ts';
import type { Atlas } from '../../schemas/atlas.ts';
import { highlight } from './highlight.ts';
import { createSearchEngine, queryPhrases, queryWords } from './search-engine.ts';
import { stem } from './search-options.ts';
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

/** The engine over records of that lab, through the payload the site serves. */
const acmeEngine = (records: ReturnType<typeof toSearchRecords>) =>
  createSearchEngine(JSON.parse(serializeSearchPayload('test', { labs: { acme: 'Acme' }, documents: { 'acme/spec': 'Spec' } }, records)));

/** One lab with one document holding the given versions: the frame of the atlases below. */
const acmeLab = (versions: string[]) => ({
  labs: [{ id: 'acme', name: 'Acme', homepage: 'https://example.invalid/', description: 'x' }],
  documents: [{ id: 'acme/spec', lab: 'acme', title: 'Spec', short: 'Spec', kind: 'model-spec', binds: 'model', homepage: 'https://example.invalid/', description: 'x', versions }],
});

describe('toSearchRecords(atlas, options)', () => {
  const atlas = {
    ...acmeLab(['acme/spec@1', 'acme/spec@2']),
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

  it('indexes every lab, document and topic, and each principle once: its latest version, with how many earlier ones hold it', () => {
    const withRepeat = { ...atlas, principles: [...atlas.principles, principle({ id: 'no_flattery', version: 'acme/spec@1', title: 'Do not flatter' })] } as unknown as Atlas;
    const records = toSearchRecords(withRepeat, { allVersions: false });
    expect(records.map((r) => `${r.kind}:${r.title}`)).toEqual([
      'lab:Acme',
      'document:Spec',
      'topic:Sycophancy',
      'principle:' + atlas.principles[0]!.title,
      'principle:Do not flatter',
    ]);
    expect(records[4]).toMatchObject({ id: 'no_flattery', lab: 'acme', document: 'acme/spec', version: '2', earlier: 1, topics: ['sycophancy'] });
  });
  it('keeps one record per version on request', () => {
    expect(toSearchRecords(atlas, { allVersions: true }).filter((r) => r.kind === 'principle')).toHaveLength(2);
  });
  const records = toSearchRecords(atlas, { allVersions: false });
  const engine = acmeEngine(records);

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
  it('matches stems: a plural or verb form finds the word', () => expect(engine.search('flattering').principles.map((h) => h.record.title)).toContain('Do not flatter'));
  it('puts the lab first when the query names it, then its documents, and finds their principles', () => {
    const r = engine.search('acme');
    expect(r.places.map((h) => h.record.kind)).toEqual(['lab', 'document']);
    expect(r.principles.length).toBeGreaterThan(0);
  });
  it('needs a quoted phrase to appear as such', () => {
    expect(engine.search('"praise only"').principles).toHaveLength(1);
    expect(engine.search('"only praise"').principles).toHaveLength(0);
  });
  it('narrows principles by lab and position, and hides topics when a principle-only filter is set', () => {
    expect(engine.search('flatter', { position: 'must-not' }).principles).toHaveLength(0);
    expect(engine.search('flatter', { position: 'should' }).principles).toHaveLength(1);
    expect(engine.search('sycophancy', { lab: 'acme' }).topics).toHaveLength(0);
    expect(engine.search('sycophancy', { lab: 'other' }).principles).toHaveLength(0);
  });
  it('returns nothing for an empty query', () => expect(engine.search('  ')).toEqual({ complete: false, places: [], topics: [], principles: [] }));
});

describe('a topic keyword on a principle', () => {
  it('counts for less the more topics the principle is linked to, so a rule about the topic ranks above a rule on a wide class', () => {
    const link = (p: string, topic: string) => ({
      principle: `acme/spec@1#${p}`,
      version: 'acme/spec@1',
      topic,
      origin: 'curated',
      position: 'must-not',
      override: 'none',
      stanceFrom: 'principle',
    });
    const atlas = {
      ...acmeLab(['acme/spec@1']),
      versions: [{ id: 'acme/spec@1', document: 'acme/spec', version: '1', latest: true }],
      topics: [topic('cbrn', { keywords: ['bioweapon'] }), topic('crime'), topic('hacking'), topic('violence')],
      principles: [
        // Titled so that, on a tie, the class rule would come first.
        principle({ id: 'class', version: 'acme/spec@1', title: 'A ban on crime', summary: 'No help with crimes.' }),
        principle({ id: 'own', version: 'acme/spec@1', title: 'No mass-casualty weapons', summary: 'Never help build them.' }),
      ],
      alignments: [link('class', 'crime'), link('class', 'hacking'), link('class', 'violence'), link('class', 'cbrn'), link('own', 'cbrn')],
    } as unknown as Atlas;
    const records = toSearchRecords(atlas, { allVersions: false });
    const engine = acmeEngine(records);
    expect(engine.search('bioweapon').principles.map((h) => h.record.id)).toEqual(['own', 'class']);
  });
});

describe('queryWords(query)', () => {
  it('lowercases, splits and drops one-letter words and repeats', () => expect(queryWords('System prompt, a SYSTEM leak')).toEqual(['system', 'prompt', 'leak']));
  it('drops stopwords unless nothing else is left', () => {
    expect(queryWords('chain of command')).toEqual(['chain', 'command']);
    expect(queryWords('of the')).toEqual(['of', 'the']);
  });
});

describe('stem(word)', () => {
  it('meets plural, verb and adverb forms at one stem', () => {
    expect(['weapons', 'weapon'].map(stem)).toEqual(['weapon', 'weapon']);
    expect(['whistleblowing', 'whistleblower'].map(stem)).toEqual(['whistleblow', 'whistleblow']);
    expect(['politically', 'political'].map(stem)).toEqual(['political', 'political']);
  });
  it('leaves short words whole, so "harm" and "itself" never meet', () => {
    expect(stem('harm')).toBe('harm');
    expect(stem('harmful')).toBe('harm');
    expect(stem('itself')).toBe('itself');
  });
});

describe('queryPhrases(query)', () => {
  it('takes quoted words and names joined by punctuation as phrases', () => expect(queryPhrases('"white lies" in AGENTS.md')).toEqual(['white lies', 'agents md']));
});
