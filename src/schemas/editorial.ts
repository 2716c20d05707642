import { z } from 'astro/zod';
import { ownText, textLimits as L } from './text.ts';
import { principleIdPattern } from './ids.ts';
import { binds } from './document.ts';
import { readerId } from './review.ts';
import { quoteHash, selectorSchema } from './selector.ts';
import { context, override, position } from './stance.ts';

/**
 * A principle that an editor identified in a prose document (a constitution, a system prompt, a
 * policy): our title and summary, the document's words as quote selectors, and the versions it is in.
 */
export const editorialPrincipleSchema = z
  .strictObject({
    /** Stable id, kebab-case, unique within the document. */
    id: z.string().regex(principleIdPattern, 'must be lowercase letters, digits, "_", "-" or "."'),
    /** A short title in our own words. */
    title: ownText(L.name),
    /** Where it sits in the document, in our words (e.g. "Hard constraints"). */
    section: ownText(L.name).optional(),
    /** RFC 2119 position of the principle's own requirement. */
    position,
    /** Who may change it, as the document says. */
    override,
    /** Why the override is what it is, in our words. */
    overrideBasis: ownText(L.summary).optional(),
    /** Where it applies, when the document says. */
    context: z.array(context).min(1).optional(),
    /** Whom it binds, where that differs from the document's kind (a page mixing deployer guidance and classifier categories). */
    binds: binds.optional(),
    /** One sentence in our own words. */
    summary: ownText(L.summary),
    /** The document's words, as selectors; made with `npm run quote`. Hash selectors work across versions. */
    quotes: z.array(selectorSchema).min(1),
    /** The version labels it is in; default every version of the document (or those from `since` to `until`). */
    versions: z.array(z.string().min(1)).min(1).optional(),
    /** The first version it is in, for documents with many versions (instead of listing `versions`). */
    since: z.string().min(1).optional(),
    /** The last version it is in (inclusive). */
    until: z.string().min(1).optional(),
    /** Versions within that range it is not in (the passage was dropped and later restored). */
    except: z.array(z.string().min(1)).min(1).optional(),
    /** Selectors for versions whose wording differs from `quotes`, by version label. */
    quotesByVersion: z.record(z.string(), z.array(selectorSchema).min(1)).optional(),
    /** Selectors from a version on, until the next key (or a `quotesByVersion` entry for one version): wording that changed and stayed. */
    quotesFrom: z.record(z.string(), z.array(selectorSchema).min(1)).optional(),
  })
  .superRefine((e, ctx) => {
    if (e.versions && (e.since || e.until)) ctx.addIssue({ code: 'custom', path: ['versions'], message: 'give either `versions` or `since`/`until`, not both' });
  });
export type EditorialPrinciple = z.output<typeof editorialPrincipleSchema>;

/** content/coverage/<lab>/<document>.yaml: what was read and found absent, so a silent cell says so. */
export const coverageNotesSchema = z.strictObject({
  /** Who wrote this document's readings (reader ids): their records in content/reviews are refused, as a second reading is by someone else. */
  readBy: z.array(readerId).optional(),
  /**
   * Sentences decided not to track, by the hash of their words (`npm run align -- --doc` lists the new
   * sentences still undecided), grouped under one reason of our own: boilerplate, code, navigation,
   * examples a principle already covers…
   */
  untracked: z.array(z.strictObject({ reason: ownText(L.note), sentences: z.array(quoteHash).min(1) })).optional(),
  /**
   * Principles read through their rules: a section that states several testable rules, each recorded
   * as a principle of its own with the id "<section id>.<rule>". The section itself is aligned to no topic.
   */
  readAsRules: z.array(z.string().min(1)).optional(),
  /** Principles of the latest version deliberately aligned to no topic, each with the reason. */
  outOfScope: z.array(z.strictObject({ principle: z.string().min(1), reason: ownText(L.note) })).optional(),
  /** Aligner disagreements an editor reviewed and kept: the principle id and why its curated topics stand. */
  reviewed: z.array(z.strictObject({ principle: z.string().min(1), note: ownText(L.note) })).optional(),
  /**
   * Topics on which the document really contradicts itself: its decisive passages point different ways.
   * Only a declared conflict makes a cell "conflicting"; undeclared disagreement stops the build.
   */
  conflicts: z
    .array(
      z.strictObject({
        topic: z.string().min(1),
        /** Why the passages cannot be reconciled, in our words. */
        note: ownText(L.note),
        /** The version labels where it holds; default every version. */
        versions: z.array(z.string().min(1)).min(1).optional(),
      }),
    )
    .optional(),
  /** Notes for silent cells: which topics (or whole groups) the document does not address, and what was looked for. */
  silent: z
    .array(
      z.strictObject({
        topics: z.array(z.string().min(1)).min(1).optional(),
        groups: z.array(z.string().min(1)).min(1).optional(),
        note: ownText(L.note),
      }),
    )
    .optional(),
});
export type CoverageNotes = z.output<typeof coverageNotesSchema>;
