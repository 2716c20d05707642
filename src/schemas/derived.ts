import { z } from 'astro/zod';
import { slug, versionId } from './ids.ts';
import { context, override, position } from './stance.ts';

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
  /** The aligner's BM25 score for this principle and topic. */
  score: z.number().optional(),
  /** The editor's note, in our words. */
  note: z.string().optional(),
});
export type Alignment = z.output<typeof alignmentSchema>;

export const cellStateSchema = z.enum(['must', 'should', 'may', 'should-not', 'must-not', 'conflicting', 'silent']);
export type CellState = z.output<typeof cellStateSchema>;

/** One topic × document version: the combined stance and everything it rests on. */
export const cellSchema = z.strictObject({
  topic: slug,
  version: versionId,
  state: cellStateSchema,
  /** Who may change the combined stance (absent when silent or conflicting). */
  override: override.optional(),
  /** True when some evidence's position is the importer's proposal, not yet an editor's judgment. */
  provisional: z.boolean(),
  /** Indexes into `alignments` of the curated links the stance rests on. */
  evidence: z.array(z.number().int().nonnegative()),
  /** When every piece of evidence applies only in some contexts (e.g. under-18), those contexts: the stance holds there only. */
  contexts: z.array(context).optional(),
  /** Curated links that apply only in narrower contexts than the stance's evidence: shown beside it, not combined into it. */
  contextual: z.array(z.number().int().nonnegative()),
  /** Indexes into `alignments` of machine suggestions: shown as such, never part of the stance. */
  suggested: z.array(z.number().int().nonnegative()),
  /** For a silent cell: the editor's note on what was looked for and not found. Absent: not yet reviewed. */
  note: z.string().optional(),
});
export type Cell = z.output<typeof cellSchema>;

const cellSummary = z.strictObject({ state: cellStateSchema, override: override.optional(), principles: z.array(z.string()) });

/** What changed on one topic between two consecutive versions of a document. */
export const topicChangeSchema = z.strictObject({
  topic: slug,
  document: z.string(),
  from: versionId,
  to: versionId,
  /** stance: the combined state or override changed; evidence: principles joined or left; wording: an evidence principle's text changed. */
  kinds: z.array(z.enum(['stance', 'evidence', 'wording'])).min(1),
  before: cellSummary,
  after: cellSummary,
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

