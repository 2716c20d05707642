import type { Principle } from '../../src/schemas/principle.ts';
import type { Topic } from '../../src/schemas/taxonomy.ts';

/** A principle with sensible defaults, for tests of pure functions. */
export function principle(over: Partial<Principle> & Pick<Principle, 'id' | 'version'>): Principle {
  return {
    order: 0,
    origin: 'imported',
    title: over.id,
    sectionPath: [],
    level: 'user',
    position: 'should',
    positionSource: 'curated',
    override: 'user',
    overrideBasis: 'test',
    context: ['all'],
    binds: 'model',
    text: '',
    examples: [],
    commentary: [],
    line: 1,
    quotes: [{ selector: { start: 0, end: 1, hash: '0000000000000000' }, text: 'x', start: 0, end: 1, line: 1, origin: 'imported' }],
    ...over,
  };
}

/** A topic with sensible defaults. */
export function topic(id: string, over: Partial<Topic> = {}): Topic {
  return {
    id,
    title: id,
    group: 'g',
    question: `${id}?`,
    description: id,
    keywords: [id],
    positions: { must: 'a', should: 'b', may: 'c', 'should-not': 'd', 'must-not': 'e' },
    ...over,
  };
}
