import { z } from 'astro/zod';
import { principleId, slug } from './ids.ts';
import { override, position } from './stance.ts';

/** A principle's answer to a topic's question, when it differs from the principle's own position/override. */
export const stanceSchema = z.strictObject({
  position: position.optional(),
  override: override.optional(),
});

/** One curated link from a principle to a topic. */
export const topicLinkSchema = z.strictObject({
  topic: slug,
  /** The stance relative to the topic's question; defaults to the principle's position and override. */
  stance: stanceSchema.optional(),
  /** Why, in our own words. */
  note: z.string().min(1).optional(),
});

/** content/alignments/<lab>/<document>.yaml: curated principle → topic links, applying to every version with that id. */
export const alignmentEntrySchema = z.strictObject({
  principle: principleId,
  topics: z.array(topicLinkSchema).min(1),
});
export type AlignmentEntry = z.output<typeof alignmentEntrySchema>;
export type TopicLink = z.output<typeof topicLinkSchema>;
