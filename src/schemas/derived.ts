import { z } from 'astro/zod';
import { slug, versionId } from './ids.ts';
import { linkRole } from './alignment.ts';
import { adjuster, context, direction, override, position } from './stance.ts';

/** A principle's link to a topic, curated by an editor or suggested by the aligner. */
export const alignmentSchema = z.strictObject({
  /** "<version>#<principle id>". */
  principle: z.string(),
  version: versionId,
  topic: slug,
  /** "curated": an editor linked them; "suggested": the aligner proposed it, unreviewed. */
  origin: z.enum(['curated', 'suggested']),
  /** The answer to the topic's question; for suggestions, the principle's own position (unreviewed). */
  position,
  override,
  /** Whether the stance was set on the alignment, or carried over from the principle. */
  stanceFrom: z.enum(['alignment', 'principle']),
  /** What the passage does for the cell: sets the default, lets someone adjust it, answers for one scope, or informs. */
  role: linkRole,
  /** Whether an editor marked it the passage most on point (default and scope links). */
  decisive: z.boolean(),
  /** For an adjustment: who may make it, and how far (absent: the document does not say). */
  by: adjuster.optional(),
  to: position.optional(),
  /** For a scope link: the mode or context it answers for. */
  scope: z.string().optional(),
  /**
   * Which reading of the principle this link comes from: the label of the version from which it holds
   * (the principle's first version, or an editor's confirmation under `versions`).
   */
  readingOf: z.string(),
  /** The aligner's BM25 score for this principle and topic. */
  score: z.number().optional(),
  /** The editor's note, in our words. */
  note: z.string().optional(),
});
export type Alignment = z.output<typeof alignmentSchema>;

export const cellStateSchema = z.enum(['must', 'should', 'may', 'should-not', 'must-not', 'conflicting', 'silent']);
export type CellState = z.output<typeof cellStateSchema>;

/** Who may move a cell's default, which way and how far, and the passages that say so. */
export const adjustmentSchema = z.strictObject({
  by: adjuster,
  /** The position the default can be moved to; absent when the document does not say how far. */
  to: position.optional(),
  /** Which way the move goes on the topic's question. */
  direction,
  /**
   * "stated": a passage grants it (an adjustment link); "level": it follows from who may override the
   * passages the default rests on (e.g. OpenAI's guideline level, which developers and users can override).
   */
  basis: z.enum(['stated', 'level']),
  /** Indexes into `alignments`. */
  evidence: z.array(z.number().int().nonnegative()).min(1),
});
export type Adjustment = z.output<typeof adjustmentSchema>;

/** A named mode or context where the document gives its own answer, apart from the default. */
export const scopeAnswerSchema = z.strictObject({
  /** The scope's id: a context (under-18, voice, …) or a mode the document declares. */
  scope: z.string(),
  /** Its name for readers, e.g. "STRICT mode" or "with users under 18". */
  label: z.string(),
  /** The answer in that scope. */
  state: z.union([position, z.literal('conflicting')]),
  /** True when no passage of the scope is marked decisive or a position is the importer's proposal. */
  provisional: z.boolean(),
  evidence: z.array(z.number().int().nonnegative()).min(1),
});
export type ScopeAnswer = z.output<typeof scopeAnswerSchema>;

/** The second reading of a cell: whether one is needed, and its state (see reviewStatus). */
export const cellReviewSchema = z.strictObject({
  /** Whether this cell needs a second reading (latest versions, and cells that changed). */
  required: z.boolean(),
  /**
   * confirmed / corrected (changed by the second reader, and a third decided): done; inherited: the
   * previous version's cell reads the same from the same words and was reviewed; disputed: changed
   * without a third reader's decision; stale: reviewed before the cell last changed; none.
   */
  status: z.enum(['confirmed', 'corrected', 'inherited', 'disputed', 'stale', 'none']),
  reader: z.string().optional(),
  date: z.string().optional(),
  /** For an inherited review: the version whose review it is. */
  from: versionId.optional(),
  /** The reviewer's note, in our words. */
  note: z.string().optional(),
});
export type CellReview = z.output<typeof cellReviewSchema>;

/** Why a cell's answer is provisional: work an editor still has to do. */
export const provisionalReasons = ['no-decisive-passage', 'position-proposed-by-importer', 'reading-not-confirmed-for-version'] as const;

/**
 * One topic × document version, in three parts: the default (what the model does when nobody has
 * said otherwise), who may adjust it and how far, and what holds in named scopes. See-also passages
 * inform without answering. A passage that grants an adjustment or answers for a scope never changes
 * the default, and the default never erases them.
 */
export const cellSchema = z.strictObject({
  topic: slug,
  version: versionId,
  /** The default: a position, "conflicting" (the editor says the document contradicts itself) or "silent". */
  state: cellStateSchema,
  /** Who may move the default (empty: nobody, unstated, or silent). Derived from `adjustments`. */
  adjustableBy: z.array(adjuster),
  /**
   * True when nobody is said to be able to move the default and the text does not say it is fixed
   * either (a passage it rests on has override "unstated"): the cell claims neither.
   */
  changeUnstated: z.literal(true).optional(),
  /** True when the answer is not yet an editor's decision; `pending` says why. */
  provisional: z.boolean(),
  pending: z.array(z.enum(provisionalReasons)),
  /** Indexes into `alignments` of the default passages, decisive ones first. */
  evidence: z.array(z.number().int().nonnegative()),
  /** The subset of `evidence` an editor marked decisive. */
  decisive: z.array(z.number().int().nonnegative()),
  /** When every default passage applies only in some contexts, those contexts: the default holds there. */
  contexts: z.array(context).optional(),
  adjustments: z.array(adjustmentSchema),
  scopes: z.array(scopeAnswerSchema),
  /** Passages a reader of this topic must know that do not answer its question. */
  seeAlso: z.array(z.number().int().nonnegative()),
  /** Indexes into `alignments` of machine suggestions: shown as such, never part of the answer. */
  suggested: z.array(z.number().int().nonnegative()),
  /** For a silent cell: the editor's note on what was looked for; for a conflicting one: why it conflicts. */
  note: z.string().optional(),
  /** What a reader checks, hashed (see cellFingerprint): a review record names it. */
  fingerprint: z.string(),
  /** Its second reading. */
  review: cellReviewSchema,
});
export type Cell = z.output<typeof cellSchema>;
/** A cell as read from its passages, before its fingerprint and review are added. */
export type CellReading = Omit<Cell, 'fingerprint' | 'review'>;

/** A cell reduced to what a change compares: the default, who may adjust it, and each scope's answer. */
export const cellSummarySchema = z.strictObject({
  state: cellStateSchema,
  adjustableBy: z.array(adjuster),
  /** Whether the text leaves unsaid who may change the default (see the cell's changeUnstated). */
  changeUnstated: z.literal(true).optional(),
  /** Each adjustment as "by→to" (or "by" when how far is not stated). */
  adjustments: z.array(z.string()),
  /** Each scope as "scope: state". */
  scopes: z.array(z.string()),
  /** Ids of the principles the answer rests on. */
  principles: z.array(z.string()),
});

/**
 * How a change reads: "stance" (the default, an adjustment or a scope changed), "wording" (the words
 * behind it changed, or other principles carry it, and the stance did not), or "formatting" (only
 * punctuation, dashes, whitespace or markup changed).
 */
export const changeClasses = ['stance', 'wording', 'formatting'] as const;
export const changeClass = z.enum(changeClasses);
export type ChangeClass = z.output<typeof changeClass>;

/** What changed on one topic between two consecutive versions of a document. */
export const topicChangeSchema = z.strictObject({
  topic: slug,
  document: z.string(),
  from: versionId,
  to: versionId,
  class: changeClass,
  /** In detail: stance (the answer), evidence (principles joined or left), wording (their words), formatting (only their formatting). */
  kinds: z.array(z.enum(['stance', 'evidence', 'wording', 'formatting'])).min(1),
  /** For a stance change: the editor's reason, from the confirmation of the version's reading, where there is one. */
  reasons: z.array(z.string()),
  before: cellSummarySchema,
  after: cellSummarySchema,
});
export type TopicChange = z.output<typeof topicChangeSchema>;

/** How one principle of a version relates to the version before it. */
export const versionLinkSchema = z.strictObject({
  version: versionId,
  id: z.string(),
  status: z.enum(['added', 'changed', 'unchanged']),
  /** The predecessor, when there is one. */
  previous: z.strictObject({ version: versionId, id: z.string() }).optional(),
  /** How the predecessor was found: the same stable id, or similar text under another id. */
  matchedBy: z.enum(['id', 'text']).optional(),
  /** Which parts changed. */
  changes: z.array(z.enum(['text', 'title', 'level', 'position', 'override'])).optional(),
  /** For a changed principle: stance (its reading changed), wording, or formatting only. */
  class: changeClass.optional(),
  /** Whether an editor confirmed the principle's reading for this version's words (absent: nothing to confirm). */
  confirmed: z.boolean().optional(),
});
export type VersionLink = z.output<typeof versionLinkSchema>;
export type VersionStatus = VersionLink['status'];

/** A curated link the aligner disagrees with strongly. */
export const disagreementSchema = z.strictObject({
  principle: z.string(),
  version: versionId,
  curated: z.array(slug),
  proposed: z.strictObject({ topic: slug, score: z.number() }),
  bestCuratedScore: z.number(),
  /** The editor's reason for keeping the curated topics, once reviewed. */
  reviewed: z.string().optional(),
});
export type Disagreement = z.output<typeof disagreementSchema>;
