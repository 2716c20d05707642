import { z } from 'astro/zod';

/** One searchable thing: a topic or a principle, with what the results list shows. */
export const searchRecordSchema = z.strictObject({
  /** "topic" or "principle". */
  kind: z.enum(['topic', 'principle']),
  /** Where the result links. */
  href: z.string(),
  /** The topic's title, or the principle's title. */
  title: z.string(),
  /** The topic's question, or our summary of the principle. */
  detail: z.string(),
  /** Search terms: a topic's keywords; a principle's topic titles. */
  keywords: z.array(z.string()),
  /** The start of the principle's first quote (verbatim), shortened so fuzzy matching stays fast. */
  excerpt: z.string(),
  lab: z.string().optional(),
  labName: z.string().optional(),
  document: z.string().optional(),
  documentTitle: z.string().optional(),
  version: z.string().optional(),
  versionLabel: z.string().optional(),
  latest: z.boolean().optional(),
  position: z.string().optional(),
  override: z.string().optional(),
  /** Topic groups (a topic's own; a principle's topics' groups). */
  groups: z.array(z.string()),
});
export type SearchRecord = z.output<typeof searchRecordSchema>;

/** /search/index*.json: the records and the prebuilt Fuse index over them. */
export const searchPayloadSchema = z.strictObject({
  dataVersion: z.string(),
  records: z.array(searchRecordSchema),
  index: z.unknown(),
});
