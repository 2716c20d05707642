import { describe, expect, it } from 'vitest';
import { adjustableText, adjustmentText, cellText, contextsText } from './cell-text.ts';

describe('cellText(cell)', () => {
  it('says the default, who can change it and each scope', () => {
    expect(
      cellText({
        state: 'may',
        adjustableBy: ['operator'],
        adjustments: [{ by: 'operator', direction: 'unstated', basis: 'level', evidence: [0] }],
        scopes: [{ scope: 'strict', label: 'STRICT mode', state: 'must-not', provisional: false, evidence: [1] }],
      }),
    ).toBe('default: may; the operator can change it; STRICT mode: must not');
  });
  it('says nobody can change a fixed default', () => {
    expect(cellText({ state: 'must-not', adjustableBy: [], adjustments: [], scopes: [] })).toBe('default: must not; nobody can change it');
  });
  it('says only "silent" for a silent cell with nothing else', () => expect(cellText({ state: 'silent', adjustableBy: [], adjustments: [], scopes: [] })).toBe('default: silent'));
});

describe('adjustmentText(a) and adjustableText(cell)', () => {
  it('names the direction and how far', () => expect(adjustmentText({ by: 'operator', to: 'may', direction: 'toward-yes' })).toBe('the operator can turn it toward yes (to may)'));
  it('says nobody, or who', () => {
    expect(adjustableText({ state: 'must', adjustableBy: [] })).toBe('nobody');
    expect(adjustableText({ state: 'should', adjustableBy: ['operator', 'user'] })).toBe('operator or user');
    expect(adjustableText({ state: 'silent', adjustableBy: [] })).toBe('');
  });
});

describe('contextsText(contexts)', () => {
  it('names the contexts in words, never by their ids', () => {
    expect(contextsText(['consumer-app'])).toBe('only in the consumer app');
    expect(contextsText(['api', 'under-18'])).toBe('only through the API, with users under 18');
  });
});
