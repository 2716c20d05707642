import { describe, expect, it } from 'vitest';
import { compareVersionsHtml } from './compare-versions.ts';
import type { VersionDiffData } from './version-diff-data.ts';

const version = (label: string, principles: VersionDiffData['principles'], cells: VersionDiffData['cells'] = []): VersionDiffData => ({
  id: `d@${label}`,
  label,
  date: label,
  anchors: {},
  principles,
  cells,
});

describe('compareVersionsHtml', () => {
  const a = version(
    '1',
    [
      { id: 'keep', title: 'Keep', text: 'Same words.' },
      { id: 'lie', title: 'Do not lie', text: 'Never lie to the user.' },
      { id: 'gone', title: 'Gone', text: 'Old rule.' },
    ],
    [{ topic: 't', title: 'Topic <t>', text: 'should, fixed', fingerprint: 'a' }],
  );
  const b = version(
    '2',
    [
      { id: 'keep', title: 'Keep', text: 'Same words.' },
      { id: 'lie', title: 'Do not deceive', text: 'Never lie to the user or developer.' },
      { id: 'new', title: 'New', text: 'New rule.' },
    ],
    [{ topic: 't', title: 'Topic <t>', text: 'must, fixed', fingerprint: 'b' }],
  );
  const html = compareVersionsHtml(a, b, { topic: (t) => `/topics/${t}/`, principle: (v, id) => `/${v}#${id}` });

  it('counts what was added, removed, changed and kept, matching principles by id', () => expect(html).toContain('1 principles added, 1 removed, 1 changed, 1 unchanged.'));
  it('shows a renamed title as old → new, and the changed words by sentence', () => {
    expect(html).toContain('Do not lie → Do not deceive');
    expect(html).toMatch(/<ins>\s?or developer<\/ins>/);
  });
  it('lists the topics whose cell changed, escaped', () => {
    expect(html).toContain('Topic &lt;t&gt;');
    expect(html).toContain('<td>should, fixed</td><td>must, fixed</td>');
  });
});
