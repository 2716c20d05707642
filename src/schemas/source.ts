import { z } from 'astro/zod';
import { ownText, textLimits as L } from './text.ts';
import { documentId, isoDate, sha256Hex, versionId } from './ids.ts';
import { webUrl } from './url.ts';

/**
 * One pinned document version in content/sources/manifest.json: where its exact bytes come from and
 * how to check them. The project keeps these facts, never the text itself.
 */
export const sourceEntrySchema = z.strictObject({
  /** "<document>@<version>", e.g. "openai/model-spec@2025-12-18". */
  id: versionId,
  /** The document this is a version of. */
  document: documentId,
  /** The version label as the publisher or the archive gives it. */
  version: z.string().min(1),
  /** The date the version was published or captured. */
  date: isoDate,
  /** How the date was established. */
  datedBy: ownText(L.description),
  /** Order among versions of the same document with the same date (1, 2, …), from the commit times. */
  sequence: z.number().int().positive().optional(),
  /** "text-of-record": exact published bytes; "reconstructed-copy": rebuilt, so shown as unverified. */
  kind: z.enum(['text-of-record', 'reconstructed-copy']),
  /** Path of the file inside a sources mirror. */
  file: z
    .string()
    .regex(/^[a-z0-9][A-Za-z0-9._/-]*$/, 'must be a relative path inside the mirror')
    .refine((f) => !f.split('/').some((s) => s === '..' || s === '.' || s === ''), { message: 'must stay inside the mirror: no "..", "." or empty path segments' }),
  /** Exact size in bytes. */
  bytes: z.number().int().positive(),
  /** SHA-256 of the exact bytes. */
  sha256: sha256Hex,
  /** The licence as the source states it. */
  licence: z.string().min(1),
  /** The repository the bytes come from ("owner/name"), for a text kept in git. */
  repo: z.string().min(1).optional(),
  /** The commit that pins them. */
  commit: z
    .string()
    .regex(/^[0-9a-f]{40}$/, 'must be a 40-character commit hash')
    .optional(),
  /** The file's path in that repository. */
  path: z.string().min(1).optional(),
  /**
   * For a text that does not come from a git repository: the archived copy the bytes were taken from
   * and the day they were retrieved. Never invent a commit; give this instead of repo, commit and path.
   */
  archived: z.strictObject({ url: webUrl, retrieved: isoDate }).optional(),
  /** An immutable URL that serves the exact bytes. */
  rawUrl: webUrl,
  /** Caveats about how the copy was obtained, where there are any. */
  note: ownText(L.description).optional(),
});
export type SourceEntry = z.output<typeof sourceEntrySchema>;

/**
 * A version known to be published whose exact bytes could not be pinned (content/sources/known-versions.json):
 * shown on its document's page, so a reader never takes our latest for the lab's latest.
 */
export const knownVersionSchema = z.strictObject({
  /** The document it is a version of. */
  document: documentId,
  /** Its label, as the publisher gives it. */
  version: z.string().min(1),
  /** When it was published, as far as known. */
  date: isoDate,
  /** Where it can be read. */
  url: webUrl,
  /** Why it is not pinned, in our words. */
  note: ownText(600),
});
export type KnownVersion = z.output<typeof knownVersionSchema>;
