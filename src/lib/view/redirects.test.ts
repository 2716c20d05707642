import { describe, expect, it } from 'vitest';
import { principleAliases, toAstroRedirects, redirectProblems } from './redirects.ts';

describe('toAstroRedirects(file, base)', () => {
  it('redirects old topic pages to new ones under the base path', () => {
    expect(toAstroRedirects({ topics: { 'old-id': 'new-id' } }, '/atlas')).toEqual({ '/atlas/topics/old-id/': '/atlas/topics/new-id/' });
  });
  it('is empty without topic renames', () => expect(toAstroRedirects({}, '/')).toEqual({}));
});

describe('principleAliases(file, documentId)', () => {
  it('lists the old anchors of each new principle id', () => {
    expect(principleAliases({ principles: { 'a/b': { old_one: 'new_one' } } }, 'a/b')).toEqual(new Map([['new_one', ['old_one']]]));
  });
});

describe('redirectProblems(file, liveTopics)', () => {
  const live = new Set(['privacy', 'lying-and-deception']);
  it('accepts a redirect from a retired id to a live one, also through a chain', () => {
    expect(redirectProblems({ topics: { secrets: 'old-privacy', 'old-privacy': 'privacy' } }, live)).toEqual([]);
  });
  it('refuses a redirect from a live topic, one that leads nowhere, and a loop', () => {
    const out = redirectProblems({ topics: { privacy: 'lying-and-deception', gone: 'nowhere', a: 'b', b: 'a' } }, live);
    expect(out.map((o) => o.from)).toEqual(['privacy', 'gone', 'a', 'b']);
    expect(out[0]!.problem).toMatch(/live topic/);
    expect(out[1]!.problem).toMatch(/no topic and redirects nowhere/);
    expect(out[2]!.problem).toMatch(/loop: a → b → a/);
  });
});
