import { describe, expect, it } from 'vitest';
import { groupHits, textsPosition } from './group-hits.ts';
import type { SearchHit } from './search-engine.ts';

const hit = (title: string, extra: Partial<SearchHit> = {}): SearchHit =>
  ({ record: { kind: extra.labName ? 'principle' : 'topic' }, score: 1, href: `/${title}`, titleHtml: title, detailHtml: '', ...extra }) as SearchHit;

describe('groupHits', () => {
  it('puts named labs and documents first, then topics, then principles grouped by document in the order of their best hit, each with its count', () => {
    const groups = groupHits(
      [hit('lab')],
      [hit('t1'), hit('t2')],
      [
        hit('p1', { labName: 'OpenAI', documentTitle: 'Model Spec' }),
        hit('p2', { labName: 'Anthropic', documentTitle: 'Constitution' }),
        hit('p3', { labName: 'OpenAI', documentTitle: 'Model Spec' }),
      ],
    );
    expect(groups.map((g) => [g.label, g.count, g.hits.map((h) => h.titleHtml)])).toEqual([
      ['Labs and documents', 1, ['lab']],
      ['Topics', 2, ['t1', 't2']],
      ['OpenAI · Model Spec', 2, ['p1', 'p3']],
      ['Anthropic · Constitution', 1, ['p2']],
    ]);
  });

  it('keeps to the limits, counts what it leaves out, and leaves out empty groups', () => {
    const groups = groupHits([], [], [hit('a', { labName: 'L', documentTitle: 'D' }), hit('b', { labName: 'L', documentTitle: 'D' })], {
      places: 1,
      topics: 1,
      principles: 1,
      perDocument: 1,
    });
    expect(groups).toEqual([{ label: 'L · D', count: 2, hits: [expect.objectContaining({ titleHtml: 'a' })] }]);
  });
});

describe('textsPosition(query, complete, titles)', () => {
  it('puts passages first when nothing else matched every word', () => expect(textsPosition('AGENTS.md', false, [])).toBe('first'));
  it('puts them after the topics when a heading holds every query word', () => expect(textsPosition('chain of command', true, ['The chain of command'])).toBe('after-topics'));
  it('puts them last otherwise', () => expect(textsPosition('privacy', true, ['Respect creators'])).toBe('last'));
});
