import { z } from 'astro/zod';
import { ownText, textLimits as L } from './text.ts';
import { slug } from './ids.ts';
import { context, positions } from './stance.ts';

/** A group of topics (content/taxonomy/groups.yaml), listed in display order. */
export const groupSchema = z.strictObject({
  id: slug,
  /** Short title, e.g. "Honesty and transparency". */
  title: ownText(L.name),
  /** One or two sentences of our own on what the group covers. */
  description: ownText(L.description),
});
export type Group = z.output<typeof groupSchema>;

/** What each position means for one topic's question, in our own words. */
export const positionMeaningsSchema = z.strictObject(Object.fromEntries(positions.map((p) => [p, ownText(L.meaning)])) as Record<(typeof positions)[number], z.ZodString>);

/** A behavior topic (content/taxonomy/topics/<id>.yaml); the file name is its stable id. */
export const topicSchema = z.strictObject({
  /** Short title, e.g. "System prompt confidentiality". */
  title: ownText(L.name),
  /** The group it belongs to. */
  group: slug,
  /** The plain yes/no question the topic answers; "must" reads as a strong yes, "must-not" as a strong no. */
  question: ownText(L.question).regex(/\?$/, 'must be a question ending with "?"'),
  /** What the topic covers and where its edges are, in our own words. */
  description: ownText(L.description),
  /** Words people search for; also feed the aligner. */
  keywords: z.array(ownText(L.name)).min(1),
  /** What each position means for this topic. */
  positions: positionMeaningsSchema,
  /** Related categories of public hazard taxonomies, where one fits. */
  crosswalk: z
    .strictObject({
      /** MLCommons AILuminate v1.0 hazard uids (content/crosswalks/ailuminate.yaml). */
      ailuminate: z.array(z.string()).optional(),
      /** AIR 2024 level-2 or level-3 category ids (content/crosswalks/air-2024.yaml). */
      air2024: z.array(z.string()).optional(),
    })
    .optional(),
  /** Related topic ids. */
  related: z.array(slug).optional(),
  /**
   * The context the topic is about (users under 18, voice): there, principles limited to that context
   * answer the topic's default, where elsewhere they would answer for a scope.
   */
  context: context.optional(),
});
export type Topic = z.output<typeof topicSchema> & { id: string };

/** An entry of a crosswalk list (content/crosswalks/*.yaml). */
export const crosswalkEntrySchema = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  group: z.string().optional(),
  level: z.number().int().optional(),
  parent: z.string().optional(),
});
export type CrosswalkEntry = z.output<typeof crosswalkEntrySchema>;
