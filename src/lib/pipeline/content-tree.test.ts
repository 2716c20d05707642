import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { unreadContentFiles } from './content-tree.ts';

const root = mkdtempSync(join(tmpdir(), 'spec-atlas-tree-'));
const put = (rel: string): void => {
  mkdirSync(join(root, 'content', rel, '..'), { recursive: true });
  writeFileSync(join(root, 'content', rel), 'x: 1\n');
};
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('unreadContentFiles(root)', () => {
  it('finds nothing to say about files in their places, parts of long documents included', () => {
    put('labs/acme.yaml');
    put('alignments/acme/spec.yaml');
    put('alignments/acme/spec/part-2.yaml');
    expect(unreadContentFiles(root)).toEqual([]);
  });
  it('names a file whose extension is in capitals, and the name it should have', () => {
    put('alignments/acme/other.YAML');
    expect(unreadContentFiles(root)).toEqual([{ file: 'content/alignments/acme/other.YAML', problem: expect.stringMatching(/rename it to other\.yaml/) }]);
    rmSync(join(root, 'content/alignments/acme/other.YAML'));
  });
  it('names a file in a folder the build does not know', () => {
    put('alignment/acme/spec.yaml');
    expect(unreadContentFiles(root)).toEqual([{ file: 'content/alignment/acme/spec.yaml', problem: expect.stringMatching(/does not read this file/) }]);
  });
});
