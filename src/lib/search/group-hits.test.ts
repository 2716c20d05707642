import { describe, expect, it } from 'vitest';
import { groupHits } from './group-hits.ts';
import type { SearchHit } from './search-engine.ts';

const hit = (title: string, extra: Partial<SearchHit> = {}): SearchHit =>
  ({ record: { kind: extra.labName ? 'principle' : 'topic' }, score: 1, href: `/${title}`, titleHtml: title, detailHtml: '', excerptHtml: '', ...extra }) as SearchHit;

describe('groupHits', () => {
  it('puts topics first, then principles grouped by document in the order of their best hit', () => {
    const groups = groupHits(
      [hit('t1'), hit('t2')],
      [
        hit('p1', { labName: 'OpenAI', documentTitle: 'Model Spec' }),
        hit('p2', { labName: 'Anthropic', documentTitle: 'Constitution' }),
        hit('p3', { labName: 'OpenAI', documentTitle: 'Model Spec' }),
      ],
    );
    expect(groups.map((g) => [g.label, g.hits.map((h) => h.titleHtml)])).toEqual([
      ['Topics', ['t1', 't2']],
      ['OpenAI · Model Spec', ['p1', 'p3']],
      ['Anthropic · Constitution', ['p2']],
    ]);
  });

  it('keeps to the limits and leaves out empty groups', () => {
    const groups = groupHits([], [hit('a', { labName: 'L', documentTitle: 'D' }), hit('b', { labName: 'L', documentTitle: 'D' })], { topics: 4, principles: 1 });
    expect(groups).toEqual([{ label: 'L · D', hits: [expect.objectContaining({ titleHtml: 'a' })] }]);
  });
});
