import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SourceEntry } from '../../schemas/source.ts';
import { sha256 } from './hash.ts';
import { locationsFromEnv, resolveSource } from './resolve-source.ts';

const bytes = new TextEncoder().encode('exact bytes of a text of record\n');
const entry: SourceEntry = {
  id: 'acme/spec@v1',
  document: 'acme/spec',
  version: 'v1',
  date: '2026-01-01',
  datedBy: 'test',
  kind: 'text-of-record',
  file: 'acme/spec.md',
  bytes: bytes.byteLength,
  sha256: sha256(bytes),
  licence: 'CC0-1.0',
  repo: 'acme/spec',
  commit: '0'.repeat(40),
  path: 'spec.md',
  rawUrl: 'https://example.invalid/spec.md',
};

const dirs: string[] = [];
function tmp(): string {
  const d = mkdtempSync(join(tmpdir(), 'spec-atlas-src-'));
  dirs.push(d);
  return d;
}
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function mirrorWith(content: Uint8Array): string {
  const m = tmp();
  mkdirSync(join(m, 'acme'));
  writeFileSync(join(m, 'acme/spec.md'), content);
  return m;
}

describe('resolveSource(entry, locations)', () => {
  it('reads the mirror first and checks the hash', async () => {
    const r = await resolveSource(entry, { mirrorDir: mirrorWith(bytes) });
    expect(r.from).toBe('mirror');
    expect(new TextDecoder().decode(r.bytes)).toBe('exact bytes of a text of record\n');
  });
  it('refuses changed bytes in the mirror, naming the version and both hashes', async () => {
    await expect(resolveSource(entry, { mirrorDir: mirrorWith(new TextEncoder().encode('changed')) })).rejects.toThrow(
      new RegExp(`Source acme/spec@v1: the bytes at the mirror \\(acme/spec.md\\) are not the pinned text of record.\\n  expected sha256 ${entry.sha256}`),
    );
  });
  it('downloads when neither mirror nor cache has it, then fills the cache with verified bytes only', async () => {
    const cacheDir = tmp();
    const download = vi.fn(async () => bytes);
    const first = await resolveSource(entry, { mirrorDir: tmp(), cacheDir, download });
    expect(first.from).toBe('download');
    expect(download).toHaveBeenCalledWith('https://example.invalid/spec.md');
    const second = await resolveSource(entry, { cacheDir, download });
    expect(second.from).toBe('cache');
    expect(download).toHaveBeenCalledTimes(1);
  });
  it('does not cache a download whose hash is wrong', async () => {
    const cacheDir = tmp();
    await expect(resolveSource(entry, { cacheDir, download: async () => new TextEncoder().encode('tampered') })).rejects.toThrow(/the download .* not the pinned text of record/);
    expect(readdirSync(cacheDir)).toEqual([]);
  });
  it('says how to fix a missing source when offline', async () => {
    await expect(resolveSource(entry, { cacheDir: tmp() })).rejects.toThrow(
      /no mirror is set \(SPEC_ATLAS_SOURCES\), no cached copy, and downloading is off\.\s+Fix: set SPEC_ATLAS_SOURCES/,
    );
  });
  it('reports a failed download with the URL', async () => {
    await expect(
      resolveSource(entry, {
        download: async () => {
          throw new Error('HTTP 404');
        },
      }),
    ).rejects.toThrow(/the download of https:\/\/example.invalid\/spec.md failed \(HTTP 404\)/);
  });
});

describe('locationsFromEnv(env, root)', () => {
  it('takes the mirror from SPEC_ATLAS_SOURCES and turns downloads off with SPEC_ATLAS_OFFLINE=1', () => {
    const l = locationsFromEnv({ SPEC_ATLAS_SOURCES: '/m', SPEC_ATLAS_OFFLINE: '1' }, '/p');
    expect(l.mirrorDir).toBe('/m');
    expect(l.download).toBeUndefined();
    expect(l.cacheDir).toBe(join('/p', '.cache', 'sources'));
  });
  it('downloads by default and has no mirror when the variable is unset', () => {
    const l = locationsFromEnv({}, '/p');
    expect(l.mirrorDir).toBeUndefined();
    expect(typeof l.download).toBe('function');
    expect(existsSync(l.cacheDir!)).toBe(false);
  });
});
