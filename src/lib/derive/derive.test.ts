import { describe, expect, it } from 'vitest';
import { principle, topic } from '../../../tests/helpers/make.ts';
import type { Alignment } from '../../schemas/derived.ts';
import { buildMatrix } from './build-matrix.ts';
import { combineStances } from './combine-stances.ts';
import { deriveTopicChanges } from './topic-changes.ts';

describe('combineStances(stances)', () => {
  it('is silent without evidence', () => expect(combineStances([])).toEqual({ state: 'silent' }));
  it('is conflicting when stances point both ways', () => {
    expect(combineStances([{ position: 'should', override: 'user' }, { position: 'must-not', override: 'none' }])).toEqual({ state: 'conflicting' });
  });
  it('takes the most binding position, and the most restrictive override among those holding it', () => {
    expect(combineStances([
      { position: 'should', override: 'user' },
      { position: 'must', override: 'user' },
      { position: 'must', override: 'operator' },
    ])).toEqual({ state: 'must', override: 'operator' });
  });
  it('lets "may" join either side without conflict', () => {
    expect(combineStances([{ position: 'may', override: 'user' }, { position: 'should-not', override: 'user' }])).toEqual({ state: 'should-not', override: 'user' });
  });
});

const link = (over: Partial<Alignment> & Pick<Alignment, 'principle' | 'version' | 'topic'>): Alignment => ({
  origin: 'curated', position: 'must', override: 'none', stanceFrom: 'principle', ...over,
});

describe('buildMatrix(topics, versions, alignments, principles)', () => {
  const p = principle({ id: 'x', version: 'd@1', positionSource: 'proposed' });
  const alignments = [
    link({ principle: 'd@1#x', version: 'd@1', topic: 'a' }),
    link({ principle: 'd@1#x', version: 'd@1', topic: 'b', origin: 'suggested' }),
  ];
  const cells = buildMatrix([topic('a'), topic('b')], ['d@1'], alignments, new Map([['d@1#x', p]]));

  it('makes one cell per topic and version', () => expect(cells).toHaveLength(2));
  it('bases the stance on curated links, flagging a position the importer proposed', () => {
    expect(cells[0]).toEqual({ topic: 'a', version: 'd@1', state: 'must', override: 'none', provisional: true, evidence: [0], contextual: [], suggested: [] });
  });
  it('never lets a machine suggestion make a cell non-silent', () => {
    expect(cells[1]).toMatchObject({ state: 'silent', evidence: [], suggested: [1] });
  });
});

describe('buildMatrix with context-limited principles', () => {
  const general = principle({ id: 'g', version: 'd@1', context: ['all'] });
  const teen = principle({ id: 't', version: 'd@1', context: ['under-18'] });
  const ps = new Map([['d@1#g', general], ['d@1#t', teen]]);
  it('bases the stance on principles that apply everywhere, showing narrower ones beside it', () => {
    const alignments = [link({ principle: 'd@1#g', version: 'd@1', topic: 'a', position: 'should-not' }), link({ principle: 'd@1#t', version: 'd@1', topic: 'a', position: 'must-not' })];
    const [cell] = buildMatrix([topic('a')], ['d@1'], alignments, ps);
    expect(cell).toMatchObject({ state: 'should-not', evidence: [0], contextual: [1] });
    expect(cell!.contexts).toBeUndefined();
  });
  it('rests on context-limited principles when there is nothing else, naming the contexts', () => {
    const alignments = [link({ principle: 'd@1#t', version: 'd@1', topic: 'a', position: 'must-not' })];
    const [cell] = buildMatrix([topic('a')], ['d@1'], alignments, ps);
    expect(cell).toMatchObject({ state: 'must-not', evidence: [0], contextual: [], contexts: ['under-18'] });
  });
});

describe('deriveTopicChanges(documents, cells, alignments, links)', () => {
  const alignments = [link({ principle: 'd@1#x', version: 'd@1', topic: 'a', position: 'should' }), link({ principle: 'd@2#x', version: 'd@2', topic: 'a', position: 'must' })];
  const ps = new Map([['d@1#x', principle({ id: 'x', version: 'd@1' })], ['d@2#x', principle({ id: 'x', version: 'd@2' })]]);
  const cells = buildMatrix([topic('a'), topic('b')], ['d@1', 'd@2'], alignments, ps);
  const changes = deriveTopicChanges([{ id: 'd', versions: ['d@1', 'd@2'] }], cells, alignments, new Map([['d@2#x', { version: 'd@2', id: 'x', status: 'changed', changes: ['text'] }]]));

  it('reports a stance change with the states before and after, and the wording change behind it', () => {
    expect(changes).toEqual([
      { topic: 'a', document: 'd', from: 'd@1', to: 'd@2', kinds: ['stance', 'wording'], before: { state: 'should', override: 'none', principles: ['x'] }, after: { state: 'must', override: 'none', principles: ['x'] } },
    ]);
  });
  it('reports nothing for a topic that stayed silent', () => expect(changes.some((c) => c.topic === 'b')).toBe(false));
});
