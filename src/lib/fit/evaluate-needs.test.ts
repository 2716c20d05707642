import { describe, expect, it } from 'vitest';
import { changeAnswer, formatNeeds, parseNeeds, rankFit, verdictFor } from './evaluate-needs.ts';

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
  it('ranks a fixed set of needs as expected: on a tied score, a document that firmly meets a need ranks above one silent on all', () => {
    const ranked = rankFit(needs, ['c@1', 'b@1', 'a@1'], stance);
    expect(ranked.map((r) => [r.version, r.score])).toEqual([
      ['a@1', 8],
      ['b@1', 0],
      ['c@1', 0],
    ]);
    expect(ranked[0]!.verdicts.map((v) => v.verdict)).toEqual(['operator', 'met', 'met']);
    expect(ranked[1]!.verdicts.map((v) => v.verdict)).toEqual(['unmet', 'met', 'silent']);
  });
  it('tells the operator, need by need, whether they can move the default', () => {
    const [a] = rankFit(needs, ['a@1'], stance);
    expect(a!.verdicts.map((v) => v.operatorCanChange)).toEqual([true, true, true]);
    const [b] = rankFit(needs, ['b@1'], stance);
    expect(b!.verdicts.map((v) => v.operatorCanChange)).toEqual([false, false, false]);
  });
});

describe('rankFit: ties', () => {
  const needs = [
    { topic: 'x', need: 'yes' as const },
    { topic: 'y', need: 'yes' as const },
  ];
  it('go to the firmer wording (must over should), then to fewer needs resting on silence', () => {
    const table: Record<string, [string, string][]> = {
      'should@1': [
        ['should', 'nobody'],
        ['silent', ''],
      ],
      'must@1': [
        ['must', 'nobody'],
        ['silent', ''],
      ],
      'quiet@1': [
        ['must', 'nobody'],
        ['conflicting', ''],
      ],
    };
    const ranked = rankFit(needs, ['should@1', 'must@1', 'quiet@1'], (t, v) => {
      const [state, adjustable] = table[v]![t === 'x' ? 0 : 1]!;
      return { state, adjustable };
    });
    expect(ranked.map((r) => [r.version, r.score, r.strength, r.silent])).toEqual([
      ['quiet@1', 3, 2, 0],
      ['must@1', 3, 2, 1],
      ['should@1', 3, 1, 1],
    ]);
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

describe('changeAnswer(need, state, adjustable)', () => {
  it('says whether you, as operator, can move an unmet default toward the need', () => {
    expect(changeAnswer('yes', 'should-not', 'operator:toward-yes')).toBe('yes, toward your need');
    expect(changeAnswer('yes', 'should-not', 'user:unstated')).toBe('only the user can, toward your need');
    expect(changeAnswer('yes', 'must-not', 'nobody')).toBe('no: fixed');
    expect(changeAnswer('yes', 'must-not', 'unstated')).toBe('not stated');
    expect(changeAnswer('yes', 'should-not', 'operator:toward-no')).toBe('not toward your need');
  });
  it('says of a met default whether someone could still move it', () => {
    expect(changeAnswer('no', 'must-not', 'nobody')).toBe('no: fixed');
    expect(changeAnswer('no', 'should-not', 'operator:unstated user:unstated')).toBe('it can be changed, by the operator or the user');
    expect(changeAnswer('no', 'silent', '')).toBe('—');
  });
});
