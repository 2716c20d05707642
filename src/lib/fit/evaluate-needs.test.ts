import { describe, expect, it } from 'vitest';
import { formatNeeds, parseNeeds, rankFit, verdictFor } from './evaluate-needs.ts';

describe('verdictFor(need, state, adjustable)', () => {
  it('meets a need with a default on its side', () => {
    expect(verdictFor('yes', 'must', 'nobody')).toBe('met');
    expect(verdictFor('no', 'should-not', 'operator:unstated user:unstated')).toBe('met');
  });
  it('says who can move a default on the other side toward the need', () => {
    expect(verdictFor('yes', 'should-not', 'operator:toward-yes')).toBe('operator');
    expect(verdictFor('no', 'should', 'user:unstated')).toBe('user');
  });
  it('is unmet when the only adjustment goes the other way', () => expect(verdictFor('yes', 'should-not', 'operator:toward-no')).toBe('unmet'));
  it('is unmet when nobody may change a default on the other side', () => expect(verdictFor('yes', 'must-not', 'nobody')).toBe('unmet'));
  it('passes silent and conflicting through, and reads "may" as allowed', () => {
    expect(verdictFor('yes', 'silent', '')).toBe('silent');
    expect(verdictFor('no', 'conflicting', '')).toBe('conflicting');
    expect(verdictFor('no', 'may', 'user:unstated')).toBe('allowed');
  });
});

describe('rankFit(needs, versions, stance)', () => {
  const table: Record<string, Record<string, [string, string]>> = {
    'a@1': { adult: ['should-not', 'operator:toward-yes'], secret: ['must', 'operator:unstated'], politics: ['should-not', 'operator:unstated user:unstated'] },
    'b@1': { adult: ['must-not', 'nobody'], secret: ['must', 'nobody'], politics: ['silent', ''] },
    'c@1': { adult: ['silent', ''], secret: ['silent', ''], politics: ['silent', ''] },
  };
  const stance = (t: string, v: string) => ({ state: table[v]![t]![0], adjustable: table[v]![t]![1] });
  const needs = [
    { topic: 'adult', need: 'yes' as const },
    { topic: 'secret', need: 'yes' as const },
    { topic: 'politics', need: 'no' as const },
  ];
  it('ranks a fixed set of needs as expected: a document that contradicts a need ranks below a silent one on ties', () => {
    const ranked = rankFit(needs, ['c@1', 'b@1', 'a@1'], stance);
    expect(ranked.map((r) => [r.version, r.score])).toEqual([
      ['a@1', 8],
      ['c@1', 0],
      ['b@1', 0],
    ]);
    expect(ranked[0]!.verdicts.map((v) => v.verdict)).toEqual(['operator', 'met', 'met']);
    expect(ranked[2]!.verdicts.map((v) => v.verdict)).toEqual(['unmet', 'met', 'silent']);
  });
  it('tells the operator, need by need, whether they can move the default', () => {
    const [a] = rankFit(needs, ['a@1'], stance);
    expect(a!.verdicts.map((v) => v.operatorCanChange)).toEqual([true, true, true]);
    const [b] = rankFit(needs, ['b@1'], stance);
    expect(b!.verdicts.map((v) => v.operatorCanChange)).toEqual([false, false, false]);
  });
});

describe('parseNeeds(param) and formatNeeds(needs)', () => {
  it('round-trip, dropping malformed pairs', () => {
    expect(parseNeeds('privacy:no,x:maybe,bad,,sycophancy:no')).toEqual([
      { topic: 'privacy', need: 'no' },
      { topic: 'sycophancy', need: 'no' },
    ]);
    expect(formatNeeds(parseNeeds('a:yes,b:no'))).toBe('a:yes,b:no');
  });
});
