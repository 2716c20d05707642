import { z } from 'astro/zod';

/** One searchable thing: a lab, a document, a topic or a principle. Names of labs and documents also sit in the payload's tables. */
export const searchRecordSchema = z.strictObject({
  /** What it is; labs and documents rank first when a query names them. */
  kind: z.enum(['lab', 'document', 'topic', 'principle']),
  /** The lab's, document's or topic's id, or the principle's id within its version. */
  id: z.string(),
  /** The name or title (a principle's heading as the document gives it, or our short title). */
  title: z.string(),
  /** A topic's question, a document's description, or our summary of the principle. */
  detail: z.string(),
  /** A topic's keywords (a principle's come from its topics). */
  keywords: z.array(z.string()).optional(),
  /** A principle's topics (ids): their titles weigh like keywords, their keywords like a quote. */
  topics: z.array(z.string()).optional(),
  /** A principle's section titles in its document, outermost first (verbatim). */
  section: z.string().optional(),
  lab: z.string().optional(),
  document: z.string().optional(),
  /** The version label (after the "@"), for principles. */
  version: z.string().optional(),
  /** How many earlier versions of the document hold the same principle (one record stands for all). */
  earlier: z.number().int().nonnegative().optional(),
  position: z.string().optional(),
  override: z.string().optional(),
  /** A topic's group (a principle's are its topics' groups). */
  group: z.string().optional(),
});
export type SearchRecord = z.output<typeof searchRecordSchema>;

/** /data/search-*.json: the records, with lab and document names; the browser builds its index from them. */
export const searchPayloadSchema = z.strictObject({
  dataVersion: z.string(),
  /** Lab names by id. */
  labs: z.record(z.string(), z.string()),
  /** Document titles by id. */
  documents: z.record(z.string(), z.string()),
  records: z.array(searchRecordSchema),
});
export type SearchPayload = z.output<typeof searchPayloadSchema>;
