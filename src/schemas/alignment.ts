import { z } from 'astro/zod';
import { ownText, textLimits as L } from './text.ts';
import { principleId, slug } from './ids.ts';
import { adjuster, override, position } from './stance.ts';

/** A principle's answer to a topic's question, when it differs from the principle's own position/override. */
export const stanceSchema = z.strictObject({
  position: position.optional(),
  override: override.optional(),
});

/**
 * What a passage does for a cell (one topic × one document version):
 * - `default`: says what the model does when nobody has said otherwise;
 * - `adjustment`: lets an operator or a user move that default;
 * - `scope`: answers for one named mode or context only (a strict mode, under-18 users, voice);
 * - `see-also`: something a reader of the topic must know that does not answer its question.
 */
export const linkRoles = ['default', 'adjustment', 'scope', 'see-also'] as const;
export const linkRole = z.enum(linkRoles);
export type LinkRole = z.output<typeof linkRole>;

/** One curated link from a principle to a topic. */
export const topicLinkSchema = z
  .strictObject({
    topic: slug,
    /**
     * What the passage does for the cell. When absent: `scope` for a principle limited to some
     * contexts in a document whose other principles apply everywhere, else `default`.
     */
    role: linkRole.optional(),
    /** A default or scope passage most on point: only decisive passages set the answer; the rest support it. */
    decisive: z.boolean().optional(),
    /** The stance relative to the topic's question; defaults to the principle's position and override. */
    stance: stanceSchema.optional(),
    /** For an adjustment: who may move the default. */
    by: adjuster.optional(),
    /** For an adjustment: the position the default can be moved to; absent when the document does not say how far. */
    to: position.optional(),
    /** For a scope: the mode or context it answers for (a context, or a scope declared in the document's file). */
    scope: slug.optional(),
    /** Why, in our own words. */
    note: ownText(L.note).optional(),
  })
  .superRefine((link, ctx) => {
    const role = link.role ?? 'default';
    const only = (field: 'by' | 'to' | 'scope' | 'decisive', roles: readonly LinkRole[]): void => {
      if (link[field] !== undefined && !roles.includes(role))
        ctx.addIssue({ code: 'custom', path: [field], message: `only a link with role ${roles.join(' or ')} has "${field}" (this one is ${role})` });
    };
    only('by', ['adjustment']);
    only('to', ['adjustment']);
    only('scope', ['scope']);
    only('decisive', ['default', 'scope']);
    if (role === 'adjustment' && !link.by) ctx.addIssue({ code: 'custom', path: ['by'], message: 'an adjustment says who may make it: by: operator or by: user' });
    if (role === 'adjustment' && link.stance) ctx.addIssue({ code: 'custom', path: ['stance'], message: 'an adjustment gives where the default can go with "to", not a stance' });
    if (role === 'see-also' && link.stance) ctx.addIssue({ code: 'custom', path: ['stance'], message: 'a see-also passage does not answer the question, so it has no stance' });
  });

/**
 * The reading of a principle from one version on, where its words changed: either the editor carries
 * the reading over to the new words ("same"), or the reading changes ("changed") from that version until
 * the next entry.
 */
export const versionReadingSchema = z
  .strictObject({
    /** "same": the reading (stance, topics, summary) still fits this version's words; "changed": it changes from here. */
    reading: z.enum(['same', 'changed']),
    /** Why, in one line of our own (never the source's words). */
    reason: ownText(600),
    /** From this version on: the topic links, replacing the ones before. */
    topics: z.array(topicLinkSchema).optional(),
    /** From this version on: the principle's own position, when it changed. */
    position: position.optional(),
    /** From this version on: our summary, describing this version's words. */
    summary: ownText(L.summary).optional(),
  })
  .superRefine((r, ctx) => {
    if (r.reading === 'same' && (r.topics || r.position))
      ctx.addIssue({ code: 'custom', path: ['reading'], message: '"same" carries the reading over: give no topics or position (use "changed")' });
    if (r.reading === 'changed' && !r.topics && !r.position && !r.summary)
      ctx.addIssue({ code: 'custom', path: ['reading'], message: '"changed" needs what changed: topics, position or summary' });
  });
export type VersionReading = z.output<typeof versionReadingSchema>;

/** content/alignments/<lab>/<document>.yaml: curated principle → topic links, as read in the principle's first version. */
export const alignmentEntrySchema = z.strictObject({
  principle: principleId,
  /** The reading of the principle's first version (and of later ones until an entry under `versions`). */
  topics: z.array(topicLinkSchema).min(1),
  /**
   * By version label: where the principle's words changed, the editor's confirmation of its reading
   * for that version. `npm run align -- --check` names every change of words left unconfirmed.
   */
  versions: z.record(z.string(), versionReadingSchema).optional(),
});
export type AlignmentEntry = z.output<typeof alignmentEntrySchema>;
export type TopicLink = z.output<typeof topicLinkSchema>;
