import { describe, expect, it } from 'vitest';
import { paths, splitVersionId } from './paths.ts';

describe('splitVersionId(id)', () => {
  it('splits at the @', () => expect(splitVersionId('openai/model-spec@2025-12-18')).toEqual({ document: 'openai/model-spec', label: '2025-12-18' }));
  it('keeps dots and dashes in the label', () => expect(splitVersionId('ibm/x@3.2-lora')).toEqual({ document: 'ibm/x', label: '3.2-lora' }));
});

describe('paths', () => {
  it('puts a version under its document', () => expect(paths.version('openai/model-spec@2025-12-18')).toBe('/documents/openai/model-spec/2025-12-18/'));
  it('anchors a principle on its version page', () => expect(paths.principle('a/b@1', 'do_not_lie')).toBe('/documents/a/b/1/#p-do_not_lie'));
  it('puts a part of a long version under the version', () => expect(paths.versionPart('a/b@1', 'stay-in-bounds')).toBe('/documents/a/b/1/principles/stay-in-bounds/'));
  it('names a diff by its two labels', () => expect(paths.diff('a/b@1', 'a/b@2')).toBe('/documents/a/b/diff/1...2/'));
  it('keeps compare state in ?specs=', () => expect(paths.compare(['a/b@1', 'c/d@2'])).toBe('/compare/?specs=a%2Fb%401,c%2Fd%402'));
});
