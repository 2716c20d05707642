import { describe, expect, it } from 'vitest';
import { diffTexts, renderDiffHtml, renderSide, sentencesOf, textOf } from './text-diff.ts';

describe('sentencesOf', () => {
  it('splits lines into sentences and marks list items, without their bullets', () => {
    expect(sentencesOf('Intro here. Second one.\n- First item.\n2. Numbered item.')).toEqual([
      { text: 'Intro here.', item: false },
      { text: 'Second one.', item: false },
      { text: 'First item.', item: true },
      { text: 'Numbered item.', item: true },
    ]);
  });
});

describe('diffTexts', () => {
  const before = 'Keep this sentence. The assistant should refuse to reply to that. Gone entirely here.';
  const after = 'Keep this sentence. The assistant should truthfully answer that. A wholly new closing remark!';
  const rows = diffTexts(before, after);

  it('keeps unchanged sentences as they are, and pairs a reworded sentence with its new form', () => {
    expect(rows.map((r) => r.kind)).toEqual(['same', 'changed', 'removed', 'added']);
  });

  it('shows each side of a changed sentence whole: old words only on the left, new only on the right', () => {
    const changed = rows[1]!;
    if (changed.kind !== 'changed') throw new Error('expected a changed row');
    expect(textOf(renderSide(changed.words, 'before'))).toBe('The assistant should refuse to reply to that.');
    expect(textOf(renderSide(changed.words, 'after'))).toBe('The assistant should truthfully answer that.');
    expect(renderSide(changed.words, 'before')).not.toContain('<ins>');
    expect(renderSide(changed.words, 'after')).not.toContain('<del>');
    expect(renderSide(changed.words, 'after')).toContain('<ins>truthfully answer</ins>');
  });

  it('renders Markdown and drops footnote markers, with marks that nest inside emphasis', () => {
    const [row] = diffTexts('Never act *covertly* here.[^91ld]', 'Never act *openly* here.');
    if (row?.kind !== 'changed') throw new Error('expected a changed row');
    const left = renderSide(row.words, 'before');
    expect(left).toContain('<em><del>covertly</del></em>');
    expect(left).not.toContain('[^');
    expect(textOf(left)).toBe('Never act covertly here.');
  });

  it('closes a mark around Markdown tags, so the HTML always nests', () => {
    const html = renderSide(
      [
        { kind: 'removed', text: 'plain *emph' },
        { kind: 'same', text: 'asis* tail' },
      ],
      'before',
    );
    const stack: string[] = [];
    for (const [, close, name] of html.matchAll(/<(\/?)([a-z]+)[^>]*>/g)) {
      if (close) expect(stack.pop()).toBe(name);
      else stack.push(name!);
    }
    expect(stack).toEqual([]);
  });

  it('shows a spaced triple dash as a dash on both sides, marks or not', () => {
    const [row] = diffTexts('Never mislead the user --- by lying.', 'Never mislead the user unless told --- by lying.');
    if (row?.kind !== 'changed') throw new Error('expected a changed row');
    expect(renderSide(row.words, 'after')).not.toContain('---');
    expect(renderSide(row.words, 'before')).not.toContain('---');
  });

  it('escapes the words of both sides', () => {
    const html = renderDiffHtml(diffTexts('Use <b> tags.', 'Use <script> tags.'));
    expect(html).not.toMatch(/<script>|<b>/);
    expect(textOf(html)).toContain('Use <script> tags.');
  });

  it('keeps list items as items on both sides', () => {
    const html = renderDiffHtml(diffTexts('- One item.\n- Two item.', '- One item.\n- Two items now.'));
    expect(html.match(/d-item/g)?.length).toBe(4);
  });
});
