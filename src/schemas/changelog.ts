import { z } from 'astro/zod';
import { ownText, textLimits as L } from './text.ts';
import { isoDate } from './ids.ts';

/** One entry of the data changelog (content/changelog.yaml), newest first, in our own words. */
export const changelogEntrySchema = z.strictObject({
  /** A stable id, e.g. "2026-11-27-all-labs". */
  id: z.string().regex(/^\d{4}-\d{2}-\d{2}-[a-z0-9-]+$/, 'must be "<date>-<slug>"'),
  date: isoDate,
  title: ownText(L.name),
  /** What changed in the data, in one or two sentences. */
  summary: ownText(L.summary),
});
export type ChangelogEntry = z.output<typeof changelogEntrySchema>;
