import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentFile } from './load-files.ts';
import { cellFingerprint } from '../../schemas/review.ts';

describe('readContentFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'load-files-'));
  const path = join(dir, 'r.yaml');
  writeFileSync(path, '- { fingerprint: 1234e5678901, other: 081234567890 }\n');

  it('keeps number-like scalars as written when asked to (fingerprints of review records)', () => {
    expect(readContentFile(dir, path, { strings: true }).data).toEqual([{ fingerprint: '1234e5678901', other: '081234567890' }]);
  });

  it('otherwise reads YAML as YAML, and the fingerprint schema then says to quote it', () => {
    const [row] = readContentFile(dir, path).data as { fingerprint: unknown }[];
    expect(row!.fingerprint).toBe(Infinity);
    expect(cellFingerprint.safeParse(row!.fingerprint).error?.issues[0]?.message).toMatch(/in quotes/);
  });
});
