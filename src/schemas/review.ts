import { z } from 'astro/zod';
import { ownText } from './text.ts';
import { isoDate, slug } from './ids.ts';

/** An id for a reader, the same in every record they make (e.g. "reader-openai-b"). */
export const readerId = z.string().regex(/^[a-z][a-z0-9-]{1,40}$/, 'must be a short kebab-case reader id, e.g. "reader-b"');

/** A cell's fingerprint: 12 hex characters over its default, adjustments, scopes, decisive quotes and see-also. */
export const cellFingerprint = z
  .string({ error: (issue) => (typeof issue.input === 'number' ? "write it in quotes ('…'): YAML read it as a number" : 'must be text') })
  .regex(/^[0-9a-f]{12}$/, 'must be the 12-character fingerprint `npm run review` prints for the cell');

/**
 * One second reading of one cell (content/reviews/<lab>/<document>.yaml), in our own words: a reader
 * who did not write the reading checked it against the text of record. Quotes stay selectors; a record
 * never holds the source's words.
 */
export const reviewRecordSchema = z
  .strictObject({
    /** The topic of the cell. */
    topic: slug,
    /** The version label of the cell (e.g. "2025-12-18"). */
    version: z.string().min(1),
    /** The cell as it was read: a later change to the cell makes this review stale. */
    fingerprint: cellFingerprint,
    /** Who checked it. */
    reader: readerId,
    /** "confirmed": the reading holds; "changed": the checker corrected it (say what and why in `note`). */
    verdict: z.enum(['confirmed', 'changed']),
    /** What was checked or changed, and why, in one or two sentences of our own. */
    note: ownText(600).optional(),
    date: isoDate,
    /**
     * Where the second reading changed the first (verdict "changed"), a third reader decides: which
     * reading stands and why. The fingerprint then is of the cell as decided.
     */
    decision: z
      .strictObject({
        reader: readerId,
        /** "second": the corrected reading stands; "first": the first stands (and the cell was put back); "other": a third reading. */
        stands: z.enum(['first', 'second', 'other']),
        note: ownText(600),
        date: isoDate,
      })
      .optional(),
  })
  .superRefine((r, ctx) => {
    if (r.verdict === 'changed' && !r.note) ctx.addIssue({ code: 'custom', path: ['note'], message: 'a "changed" verdict says what changed and why' });
    if (r.decision && r.decision.reader === r.reader) ctx.addIssue({ code: 'custom', path: ['decision', 'reader'], message: 'the third reader is someone other than the second' });
  });
export type ReviewRecord = z.output<typeof reviewRecordSchema>;
