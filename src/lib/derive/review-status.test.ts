import { describe, expect, it } from 'vitest';
import type { Cell } from '../../schemas/derived.ts';
import type { ReviewRecord } from '../../schemas/review.ts';
import { needsReview, reviewStatus, satisfied } from './review-status.ts';

const cell = (version: string, fingerprint: string, state: Cell['state'] = 'must'): Cell => ({
  topic: 't',
  version,
  state,
  adjustableBy: [],
  provisional: false,
  pending: [],
  evidence: state === 'silent' ? [] : [0],
  decisive: [],
  adjustments: [],
  scopes: [],
  seeAlso: [],
  suggested: [],
  fingerprint,
  review: { required: false, status: 'none' },
});
const record = (version: string, fingerprint: string, over: Partial<ReviewRecord> = {}): ReviewRecord => ({
  topic: 't',
  version,
  fingerprint,
  reader: 'reader-b',
  verdict: 'confirmed',
  date: '2026-12-01',
  ...over,
});
const doc = { id: 'd', versions: ['d@1', 'd@2', 'd@3'], behavior: true };

describe('needsReview(cell, previous, latest, behavior)', () => {
  it('needs every latest cell of a behavior document, silent ones included', () =>
    expect(needsReview(cell('d@3', 'a', 'silent'), cell('d@2', 'a', 'silent'), true, true)).toBe(true));
  it('does not need a silent latest cell of a usage policy', () => expect(needsReview(cell('d@3', 'a', 'silent'), undefined, true, false)).toBe(false));
  it('needs an earlier cell only when it reads differently from the one before', () => {
    expect(needsReview(cell('d@2', 'a'), cell('d@1', 'a'), false, true)).toBe(false);
    expect(needsReview(cell('d@2', 'b'), cell('d@1', 'a'), false, true)).toBe(true);
  });
});

describe('reviewStatus(documents, cells, recordOf)', () => {
  it('passes a review on to later versions whose cell reads the same from the same words, and says so', () => {
    const cells = [cell('d@1', 'a'), cell('d@2', 'a'), cell('d@3', 'a')];
    const out = reviewStatus([doc], cells, (_t, v) => (v === 'd@1' ? record('1', 'a') : undefined));
    expect(out.get('t d@3')).toMatchObject({ required: true, status: 'inherited', from: 'd@1', reader: 'reader-b' });
  });
  it('stops the inheritance where the cell changes, and calls a record for an older reading stale', () => {
    const cells = [cell('d@1', 'a'), cell('d@2', 'b'), cell('d@3', 'b')];
    const out = reviewStatus([doc], cells, (_t, v) => (v === 'd@1' ? record('1', 'a') : v === 'd@3' ? record('3', 'a') : undefined));
    expect(out.get('t d@2')).toMatchObject({ required: true, status: 'none' });
    expect(out.get('t d@3')).toMatchObject({ status: 'stale' });
  });
  it('counts a changed reading only once a third reader decided it', () => {
    const changed = record('3', 'c', { verdict: 'changed', note: 'the strict mode is a scope' });
    const cells = [cell('d@1', 'a'), cell('d@2', 'a'), cell('d@3', 'c')];
    expect(reviewStatus([doc], cells, (_t, v) => (v === 'd@3' ? changed : undefined)).get('t d@3')!.status).toBe('disputed');
    const decided = { ...changed, decision: { reader: 'reader-c', stands: 'second' as const, note: 'agreed', date: '2026-12-01' } };
    const done = reviewStatus([doc], cells, (_t, v) => (v === 'd@3' ? decided : undefined)).get('t d@3')!;
    expect([done.status, satisfied(done)]).toEqual(['corrected', true]);
  });
});
