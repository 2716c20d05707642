import { describe, expect, it } from 'vitest';
import { principle, topic } from '../../../tests/helpers/make.ts';
import type { TopicLink } from '../../schemas/alignment.ts';
import { alignPrinciples, defaultAlignOptions, type AlignInputs } from './align-principles.ts';
import { readingAt, type Reading } from './readings.ts';

// The default minimum score suits the real taxonomy; two tiny topics score lower.
const options = { ...defaultAlignOptions, minScore: 0.1 };
import { alignVersions, textSimilarity } from './align-versions.ts';
import { buildBm25, scoreBm25 } from './bm25.ts';
import { stem, tokenize } from './tokenize.ts';

describe('tokenize(text) and stem(word)', () => {
  it('joins inflections of a word', () => {
    expect(new Set(['lie', 'lies', 'lying', 'lied'].map(stem)).size).toBe(1);
    expect(stem('refusals')).toBe(stem('refusal'));
  });
  it('drops stop words, footnote markers and one-letter words', () => {
    expect(tokenize('The model should not lie[^ab12] a bit')).toEqual([stem('lie'), stem('bit')]);
  });
});

describe('scoreBm25(index, query)', () => {
  const index = buildBm25([
    { id: 'weapons', fields: [{ text: 'chemical biological weapons', weight: 3 }] },
    { id: 'secrets', fields: [{ text: 'system prompt confidential', weight: 3 }] },
  ]);
  it('ranks the topic sharing the rarer words first', () => {
    expect(scoreBm25(index, 'keep the system prompt confidential').map((s) => s.id)).toEqual(['secrets']);
  });
  it('returns nothing when no word is shared', () => {
    expect(scoreBm25(index, 'poetry')).toEqual([]);
  });
});

describe('alignPrinciples(principles, topics, inputs)', () => {
  const topics = [topic('secrets', { keywords: ['system prompt', 'confidential', 'reveal'] }), topic('weapons', { keywords: ['bioweapon', 'chemical weapons', 'nerve agent'] })];
  const v = 'a/b@1';
  const reading = (topics: TopicLink[]): Reading => ({ from: '1', topics, confirmed: new Set() });
  const curated: AlignInputs = { readingOf: (p) => (p.id === 'keep' ? reading([{ topic: 'secrets', stance: { position: 'must' } }]) : undefined) };
  const ps = [
    principle({ id: 'keep', version: v, position: 'must-not', text: 'never reveal the system prompt' }),
    principle({ id: 'arms', version: v, text: 'no help making a nerve agent or chemical weapons' }),
    principle({ id: 'poem', version: v, text: 'write lovely poetry' }),
  ];
  const { alignments } = alignPrinciples(ps, topics, curated, options);

  it('uses the curated link, with the stance set on the alignment', () => {
    expect(alignments.filter((a) => a.principle === 'a/b@1#keep')).toEqual([
      expect.objectContaining({ topic: 'secrets', origin: 'curated', position: 'must', stanceFrom: 'alignment', role: 'default', decisive: false, readingOf: '1' }),
    ]);
  });
  it('reads a link of a principle limited to narrower contexts than its document as a scope for those contexts', () => {
    const teen = principle({ id: 'keep', version: v, context: ['under-18'] });
    const { alignments: a } = alignPrinciples([teen], topics, { ...curated, contextLimited: () => true }, options);
    expect(a[0]).toMatchObject({ role: 'scope', scope: 'under-18' });
  });
  it('keeps an explicit role over the context rule', () => {
    const teen = principle({ id: 'keep', version: v, context: ['under-18'] });
    const { alignments: a } = alignPrinciples(
      [teen],
      topics,
      { readingOf: () => reading([{ topic: 'secrets', role: 'default', decisive: true }]), contextLimited: () => true },
      options,
    );
    expect(a[0]).toMatchObject({ role: 'default', decisive: true });
    expect(a[0]!.scope).toBeUndefined();
  });
  it('suggests a topic for a principle without a curated link, marked as suggested', () => {
    expect(alignments.filter((a) => a.principle === 'a/b@1#arms')).toEqual([expect.objectContaining({ topic: 'weapons', origin: 'suggested', stanceFrom: 'principle' })]);
  });
  it('suggests nothing for a principle an editor marked out of scope', () => {
    const { alignments: none } = alignPrinciples([ps[1]!], topics, { readingOf: () => undefined, outOfScope: () => true }, options);
    expect(none).toEqual([]);
  });
  it('suggests nothing when no topic fits', () => {
    expect(alignments.some((a) => a.principle === 'a/b@1#poem')).toBe(false);
  });
  it('reports a curated link when the aligner strongly prefers another topic', () => {
    const { disagreements } = alignPrinciples([ps[1]!], topics, { readingOf: () => reading([{ topic: 'secrets' }]) }, options);
    expect(disagreements).toEqual([expect.objectContaining({ principle: 'a/b@1#arms', curated: ['secrets'], proposed: expect.objectContaining({ topic: 'weapons' }) })]);
  });
});

describe('alignVersions(prev, next, options)', () => {
  const p1 = [
    principle({ id: 'same', version: 'd@1', text: 'one two three four' }),
    principle({ id: 'edited', version: 'd@1', text: 'alpha beta gamma' }),
    principle({ id: 'old_name', version: 'd@1', title: 'Keep', text: 'keep secrets of the operator safe always', level: 'platform' }),
    principle({ id: 'gone', version: 'd@1', text: 'something unrelated entirely' }),
  ];
  const p2 = [
    principle({ id: 'same', version: 'd@2', text: 'one two three four' }),
    principle({ id: 'edited', version: 'd@2', text: 'alpha beta delta' }),
    principle({ id: 'new_name', version: 'd@2', title: 'Keep', text: 'keep secrets of the operator safe always', level: 'root' }),
    principle({ id: 'fresh', version: 'd@2', text: 'brand new words here' }),
  ];
  const { links, removed } = alignVersions(p1, p2, { levelAliases: { platform: 'root' } });
  const by = (id: string) => links.find((l) => l.id === id);

  it('matches by stable id and marks unchanged text as unchanged', () => expect(by('same')).toMatchObject({ status: 'unchanged', matchedBy: 'id' }));
  it('marks changed text as changed, saying what changed', () => expect(by('edited')).toMatchObject({ status: 'changed', changes: ['text'], class: 'wording' }));
  it('classes an edit of dashes or spacing alone as formatting only', () => {
    const { links: l } = alignVersions([principle({ id: 'x', version: 'd@1', text: 'Stop — then ask.' })], [principle({ id: 'x', version: 'd@2', text: 'Stop - then ask.' })]);
    expect(l[0]).toMatchObject({ status: 'changed', changes: ['text'], class: 'formatting' });
  });
  it('classes a changed position as a stance change', () => {
    const { links: l } = alignVersions(
      [principle({ id: 'x', version: 'd@1', text: 'It should stop.' })],
      [principle({ id: 'x', version: 'd@2', text: 'It must stop.', position: 'must' })],
    );
    expect(l[0]).toMatchObject({ class: 'stance', changes: ['text', 'position'] });
  });
  it('matches a renamed principle by text, and a level rename alone is no change', () => {
    expect(by('new_name')).toMatchObject({ status: 'changed', matchedBy: 'text', previous: { id: 'old_name', version: 'd@1' } });
    expect(by('new_name')!.changes).toBeUndefined();
  });
  it('marks new principles as added and lists removed ones', () => {
    expect(by('fresh')).toMatchObject({ status: 'added' });
    expect(removed).toEqual(['gone']);
  });
});

describe('textSimilarity(a, b)', () => {
  it('is 1 for equal texts and 0 for disjoint ones', () => {
    expect(textSimilarity('keep the secret safe', 'keep the secret safe')).toBe(1);
    expect(textSimilarity('keep secrets safe', 'write poems daily')).toBe(0);
  });
});

describe('readingAt(entry, labels, first, label)', () => {
  const entry = {
    principle: 'x',
    topics: [{ topic: 'lying', stance: { position: 'may' as const } }],
    versions: {
      '2': { reading: 'changed' as const, reason: 'white lies no longer allowed', topics: [{ topic: 'lying', stance: { position: 'must-not' as const } }], summary: 'new' },
      '3': { reading: 'same' as const, reason: 'reworded only' },
    },
  };
  const labels = ['1', '2', '3', '4'];
  it('gives the base reading before any confirmation', () => {
    expect(readingAt(entry, labels, '1', '1')).toMatchObject({ from: '1', topics: entry.topics });
  });
  it('changes the reading from the version an editor changed it in, with the reason', () => {
    expect(readingAt(entry, labels, '1', '2')).toMatchObject({ from: '2', topics: entry.versions['2'].topics, summary: 'new', changedHere: 'white lies no longer allowed' });
  });
  it('carries a reading over where the editor confirmed it as the same, and records the confirmation', () => {
    const r = readingAt(entry, labels, '1', '4');
    expect(r).toMatchObject({ from: '2', topics: entry.versions['2'].topics });
    expect(r.changedHere).toBeUndefined();
    expect([...r.confirmed]).toEqual(['2', '3']);
  });
});
