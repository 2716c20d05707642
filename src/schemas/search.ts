import { z } from 'astro/zod';

/** One searchable thing: a topic or a principle. Names of labs and documents sit in the payload's tables. */
export const searchRecordSchema = z.strictObject({
  /** "topic" or "principle". */
  kind: z.enum(['topic', 'principle']),
  /** The topic's id, or the principle's id within its version. */
  id: z.string(),
  /** The topic's title, or the principle's title. */
  title: z.string(),
  /** The topic's question, or our summary of the principle. */
  detail: z.string(),
  /** Search terms: a topic's keywords; a principle's topic titles. */
  keywords: z.array(z.string()),
  /** The start of the principle's first quote (verbatim), shortened. */
  excerpt: z.string(),
  lab: z.string().optional(),
  document: z.string().optional(),
  /** The version id. */
  version: z.string().optional(),
  position: z.string().optional(),
  override: z.string().optional(),
  /** Topic groups (a topic's own; a principle's topics' groups). */
  groups: z.array(z.string()),
});
export type SearchRecord = z.output<typeof searchRecordSchema>;

/** /data/search-*.json: the records, their vocabulary, and the Fuse index over that vocabulary, prebuilt. */
export const searchPayloadSchema = z.strictObject({
  dataVersion: z.string(),
  /** Lab names by id. */
  labs: z.record(z.string(), z.string()),
  /** Document titles by id. */
  documents: z.record(z.string(), z.string()),
  records: z.array(searchRecordSchema),
  /** Fuse.createIndex over the vocabulary (every word of the records, sorted, once each), serialized. */
  index: z.strictObject({ keys: z.array(z.unknown()), records: z.array(z.strictObject({ v: z.string(), i: z.number(), n: z.number() })) }),
});
export type SearchPayload = z.output<typeof searchPayloadSchema>;
