import { describe, expect, it } from 'vitest';
import type { SourceEntry } from '../../schemas/source.ts';
import { mirrorToEntries, type MirrorEntry } from './sync-manifest.ts';

const m = (file: string, version: string, commit: string, sha = commit.padEnd(64, '0')): MirrorEntry => ({
  version,
  dated_by: 'commit date',
  kind: 'text-of-record',
  file,
  bytes: 10,
  sha256: sha,
  licence: 'MIT',
  repo: 'o/r',
  commit: commit.padEnd(40, '0'),
  path: 'p.md',
  raw_url: 'https://example.invalid/x',
});
const pinned: SourceEntry[] = [
  {
    id: 'lab/doc@2025-01-01',
    document: 'lab/doc',
    version: '2025-01-01',
    date: '2025-01-01',
    datedBy: 'd',
    kind: 'text-of-record',
    file: 'lab/doc/2025-01-01.md',
    bytes: 10,
    sha256: 'a'.repeat(64),
    licence: 'MIT',
    repo: 'o/r',
    commit: 'a'.repeat(40),
    path: 'p.md',
    rawUrl: 'https://example.invalid/y',
  },
];

describe('mirrorToEntries(mirror, pinned, maps)', () => {
  it('adds the files not yet pinned, under the document that pins their folder', () => {
    const { added } = mirrorToEntries([m('lab/doc/2025-01-01.md', '2025-01-01', 'a'), m('lab/doc/2025-02-01.md', '2025-02-01', 'b')], pinned);
    expect(added.map((e) => e.id)).toEqual(['lab/doc@2025-02-01']);
  });
  it("labels a file by its name, and numbers files of one date in the mirror's order", () => {
    const { added } = mirrorToEntries([m('lab/doc/2025-03-01-c1.md', '2025-03-01', 'c1'), m('lab/doc/2025-03-01-c2.md', '2025-03-01', 'c2')], pinned);
    expect(added.map((e) => [e.version, e.date, e.sequence])).toEqual([
      ['2025-03-01-c1', '2025-03-01', 1],
      ['2025-03-01-c2', '2025-03-01', 2],
    ]);
  });
  it('sends one file to another document when mapped by its path', () => {
    const { added } = mirrorToEntries([m('lab/doc/2025-04-01-v1.md', '2025-04-01', 'f')], pinned, new Map([['lab/doc/2025-04-01-v1.md', 'lab/doc-v1']]));
    expect(added[0]!.id).toBe('lab/doc-v1@2025-04-01-v1');
  });
  it('lists folders no document pins, unless mapped', () => {
    const fresh = [m('lab/other/2025-01-01.md', '2025-01-01', 'd')];
    expect(mirrorToEntries(fresh, pinned).unmapped).toEqual([{ folder: 'lab/other', count: 1 }]);
    expect(mirrorToEntries(fresh, pinned, new Map([['lab/other', 'lab/other-doc']])).added[0]!.id).toBe('lab/other-doc@2025-01-01');
  });
  it('says when a new file has the same bytes as one pinned already (a re-release)', () => {
    expect(mirrorToEntries([m('lab/doc/2025-05-01.md', '2025-05-01', 'e', 'a'.repeat(64))], pinned).same).toEqual([{ file: 'lab/doc/2025-05-01.md', as: 'lab/doc@2025-01-01' }]);
  });
});
