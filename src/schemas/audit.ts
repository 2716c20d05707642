import { z } from 'astro/zod';
import { ownText, textLimits as L } from './text.ts';
import { isoDate, slug, versionId } from './ids.ts';
import { cellFingerprint, readerId } from './review.ts';

const verdict = z.enum(['correct', 'debatable', 'wrong']);

/** A second auditor's verdict on the same cell, given without seeing the first: how far two auditors agree. */
export const auditCheckSchema = z.strictObject({
  verdict,
  /** One line of our own: why. */
  reason: ownText(600),
  reader: readerId,
});

/** One audited cell: a reader who took no part in its readings judged it against the text of record. */
export const auditCellSchema = z
  .strictObject({
    topic: slug,
    version: versionId,
    /** The cell as it read when drawn. */
    fingerprint: cellFingerprint,
    /** Whether it was drawn from a latest version or an earlier one, and silent or not (its stratum). */
    stratum: z.string().min(1),
    verdict,
    /** One line of our own: why; for "debatable", why it can be read either way. */
    reason: ownText(600),
    reader: readerId,
    /** What was corrected in the data because of this verdict, if anything. */
    correction: ownText(600).optional(),
    /** The agreement check, where a second auditor judged this cell too. */
    check: auditCheckSchema.optional(),
  })
  .superRefine((c, ctx) => {
    if (c.verdict === 'wrong' && !c.correction) ctx.addIssue({ code: 'custom', path: ['correction'], message: 'a cell judged wrong says what was corrected' });
    if (c.check?.reader === c.reader) ctx.addIssue({ code: 'custom', path: ['check', 'reader'], message: 'the check is by a second auditor, not the one who judged the cell' });
  });

/** content/audits/<date>.yaml: a seeded random audit of the cells, kept whole once done (never re-drawn). */
export const auditSchema = z
  .strictObject({
    /** The day the sample was drawn. */
    date: isoDate,
    /** The time (UTC, HH:MM) it was drawn: orders the audits of one day. */
    drawnAt: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time of day, HH:MM (UTC)')
      .optional(),
    /** The seed of the draw: `npm run audit -- --sample <n> --seed <seed>` draws the same cells from the same data. */
    seed: z.number().int().nonnegative(),
    /** The dataset version the sample was drawn from. */
    dataVersion: z.string().regex(/^[0-9a-f]{12}$/),
    /** How the sample was drawn, in our words. */
    method: ownText(L.description),
    cells: z.array(auditCellSchema).min(1),
    /** How the agreement check was done (which cells, what the second auditor saw), in our words; required with any `check`. */
    checkMethod: ownText(L.description).optional(),
  })
  .superRefine((a, ctx) => {
    if (a.cells.some((c) => c.check) && !a.checkMethod) ctx.addIssue({ code: 'custom', path: ['checkMethod'], message: 'an audit with an agreement check says how it was done' });
  });
export type Audit = z.output<typeof auditSchema>;
export type AuditCell = z.output<typeof auditCellSchema>;
