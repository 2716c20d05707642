import { describe, expect, it } from 'vitest';
import { principleAliases, toAstroRedirects } from './redirects.ts';

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
