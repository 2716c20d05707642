import { describe, expect, it } from 'vitest';
import { principle } from '../../../tests/helpers/make.ts';
import { groupBySection } from './group-by-section.ts';

describe('groupBySection(principles)', () => {
  it('groups consecutive principles with the same path and keeps document order', () => {
    const ps = [
      principle({ id: 'a', version: 'd@1', sectionPath: ['X'] }),
      principle({ id: 'b', version: 'd@1', sectionPath: ['X'] }),
      principle({ id: 'c', version: 'd@1', sectionPath: ['Y'] }),
      principle({ id: 'd', version: 'd@1', sectionPath: ['X'] }),
    ];
    expect(groupBySection(ps).map((g) => [g.path.join(), g.principles.map((p) => p.id).join()])).toEqual([
      ['X', 'a,b'],
      ['Y', 'c'],
      ['X', 'd'],
    ]);
  });
});
