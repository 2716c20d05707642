import { existsSync, realpathSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import type { SourceEntry } from '../../schemas/source.ts';
import { sha256 } from './hash.ts';

/** Where a version's bytes may come from, tried in this order. */
export interface SourceLocations {
  /** A local mirror laid out as the manifest's `file` paths say (the SPEC_ATLAS_SOURCES variable). */
  mirrorDir?: string | undefined;
  /** A git-ignored cache of verified downloads, one file per SHA-256. */
  cacheDir?: string | undefined;
  /** How to download; absent means offline. */
  download?: ((url: string) => Promise<Uint8Array>) | undefined;
}

export interface ResolvedSource {
  bytes: Uint8Array;
  /** Where the bytes were read from: "mirror", "cache" or "download". */
  from: 'mirror' | 'cache' | 'download';
}

/** The path of a version's file in the mirror, refused if it (or a link on the way) leads outside it. */
function insideMirror(mirrorDir: string, entry: SourceEntry): string {
  const root = resolve(mirrorDir);
  const path = resolve(root, entry.file);
  const real = existsSync(path) ? realpathSync(path) : path;
  const realRoot = existsSync(root) ? realpathSync(root) : root;
  if (!path.startsWith(root + sep) || !real.startsWith(realRoot + sep)) {
    throw new SourceError(`Source ${entry.id}: its file "${entry.file}" leads outside the mirror (${root}); a file must be a path inside it.`);
  }
  return path;
}

/** A text of record that is missing or whose bytes are not the pinned ones. */
export class SourceError extends Error {
  override name = 'SourceError';
}

/** Several texts of record that could not be read, named together. */
export class SourceErrors extends Error {
  override name = 'SourceError';
  constructor(errors: readonly Error[]) {
    super(`${errors.map((e) => e.message).join('\n')}\n${errors.length} texts of record could not be read`);
  }
}

function check(entry: SourceEntry, bytes: Uint8Array, where: string): void {
  const got = sha256(bytes);
  if (got === entry.sha256 && bytes.byteLength !== entry.bytes) {
    throw new SourceError(
      `Source ${entry.id}: the manifest says ${entry.bytes} bytes, but the text of record (SHA-256 ${got}) has ${bytes.byteLength}.\n  Fix: correct "bytes" in content/sources/manifest.json.`,
    );
  }
  if (got !== entry.sha256) {
    throw new SourceError(
      `Source ${entry.id}: the bytes at ${where} are not the pinned text of record.\n` +
        `  expected sha256 ${entry.sha256} (${entry.bytes} bytes)\n` +
        `  got      sha256 ${got} (${bytes.byteLength} bytes)\n` +
        `  Fix: restore the exact file (${entry.rawUrl}), or, if the publisher's text really changed, add it as a new version in content/sources/manifest.json.`,
    );
  }
}

/**
 * Reads the exact bytes of one version: from the mirror, else the cache, else the immutable download
 * URL (which then fills the cache). The SHA-256 is checked every time, whichever way the bytes came.
 */
export async function resolveSource(entry: SourceEntry, where: SourceLocations): Promise<ResolvedSource> {
  if (where.mirrorDir) {
    const path = insideMirror(where.mirrorDir, entry);
    if (existsSync(path)) {
      const bytes = new Uint8Array(await readFile(path));
      check(entry, bytes, `the mirror (${entry.file})`);
      return { bytes, from: 'mirror' };
    }
  }
  const cached = where.cacheDir ? join(where.cacheDir, entry.sha256) : undefined;
  if (cached && existsSync(cached)) {
    const bytes = new Uint8Array(await readFile(cached));
    check(entry, bytes, `the cache (${entry.sha256})`);
    return { bytes, from: 'cache' };
  }
  const inMirror = where.mirrorDir ? resolve(where.mirrorDir, entry.file) : undefined;
  const missing = inMirror ? `the file is missing from the mirror: there is no ${inMirror}` : 'no mirror is set (SPEC_ATLAS_SOURCES)';
  if (!where.download) {
    throw new SourceError(
      `Source ${entry.id}: ${missing}, no cached copy, and downloading is off.\n` +
        `  Fix: ${inMirror ? `put the exact bytes at ${inMirror}` : `set SPEC_ATLAS_SOURCES to a mirror that holds ${entry.file}`}, or allow downloads so ${entry.rawUrl} can be fetched.`,
    );
  }
  let bytes: Uint8Array;
  try {
    bytes = await where.download(entry.rawUrl);
  } catch (cause) {
    throw new SourceError(
      `Source ${entry.id}: ${missing}, no cached copy, and the download of ${entry.rawUrl} failed (${(cause as Error).message}).\n` +
        `  Fix: ${inMirror ? `put the exact bytes at ${inMirror}` : `set SPEC_ATLAS_SOURCES to a mirror that holds ${entry.file}`}, or retry when the URL is reachable.`,
    );
  }
  check(entry, bytes, `the download (${entry.rawUrl})`);
  if (cached) {
    // Write beside, then rename: a cache file either holds verified bytes or does not exist.
    await mkdir(dirname(cached), { recursive: true });
    const partial = `${cached}.${process.pid}.partial`;
    await writeFile(partial, bytes);
    await rename(partial, cached);
  }
  return { bytes, from: 'download' };
}

/** Downloads with the platform's fetch; a non-2xx answer is an error. */
export async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** The locations the environment sets: SPEC_ATLAS_SOURCES, SPEC_ATLAS_CACHE (default .cache/sources), SPEC_ATLAS_OFFLINE=1. */
export function locationsFromEnv(env: NodeJS.ProcessEnv, projectRoot: string): SourceLocations {
  return {
    mirrorDir: env['SPEC_ATLAS_SOURCES'] || undefined,
    cacheDir: env['SPEC_ATLAS_CACHE'] || join(projectRoot, '.cache', 'sources'),
    download: env['SPEC_ATLAS_OFFLINE'] === '1' ? undefined : fetchBytes,
  };
}
