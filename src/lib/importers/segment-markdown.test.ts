import { describe, expect, it } from 'vitest';
import { segmentMarkdown } from './segment-markdown.ts';

const text = [
  '# Top {#top}',
  '',
  'Intro sentence. Second one.',
  '',
  '## Child {#child authority=user tags=under_18}',
  '',
  'Body text here.',
  '',
  '```',
  '# not a heading',
  '```',
  '',
  '**Example**: labelled',
  '',
  '~~~xml',
  '<user>hi</user>',
  '~~~',
  '',
  '!!! meta "Commentary"',
  '    Indented commentary.',
  '',
  '- item one',
  '- item two.',
].join('\n');

describe('segmentMarkdown(version, text)', () => {
  const doc = segmentMarkdown('x/y@1', text);
  const child = doc.sections.find((s) => s.id === 'child')!;

  it('finds headings with their anchors, attributes and enclosing path, ignoring "#" inside code fences', () => {
    expect(doc.sections.map((s) => s.id)).toEqual(['top', 'child']);
    expect(child.attrs).toEqual({ authority: 'user', tags: 'under_18' });
    expect(child.path).toEqual(['Top']);
    expect(child.line).toBe(5);
  });
  it('keeps prose sentences of the section body only, each list item on its own', () => {
    expect(child.sentences.map((s) => text.slice(s.start, s.end))).toEqual(['Body text here.', 'item one', 'item two.']);
  });
  it('keeps fenced blocks as examples, with the Example label when there is one', () => {
    expect(child.examples).toHaveLength(2);
    expect(child.examples[0]!.label).toBeNull();
    expect(text.slice(child.examples[1]!.label!.start, child.examples[1]!.label!.end)).toBe('**Example**: labelled');
  });
  it('keeps !!! meta blocks as commentary, not prose', () => {
    expect(child.commentary.map((c) => text.slice(c.start, c.end))).toEqual(['    Indented commentary.']);
  });
  it('gives the title span of the heading text', () => {
    expect(text.slice(child.titleSpan.start, child.titleSpan.end)).toBe('Child');
  });
});
