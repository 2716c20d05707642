import { z } from 'astro/zod';
import { principleId, versionId } from './ids.ts';
import { quoteSchema } from './selector.ts';
import { binds } from './document.ts';
import { context, override, position, positionSource } from './stance.ts';

/** A span of the text of record that an importer kept as a document's example or commentary. */
export const exampleSchema = z.strictObject({
  /** What the example is called in the source (its "Example:" line), as verbatim text. */
  label: z.string(),
  /** The conversation set up before the responses (verbatim, markup included). */
  setup: z.string(),
  /** The responses compared, each with the verdict the document gives it. */
  responses: z.array(z.strictObject({ verdict: z.enum(['good', 'bad', 'neutral']), note: z.string(), text: z.string() })),
  /** 1-based line of the example in the text of record. */
  line: z.number().int().positive(),
});

/** A normalized statement of one document version. */
export const principleSchema = z.strictObject({
  /** Stable id: the document's own anchor where it has one. Unique within a version. */
  id: principleId,
  /** The version it belongs to. */
  version: versionId,
  /** Its position in document order, from 0. */
  order: z.number().int().nonnegative(),
  /** "imported": read from the document's own structure (title verbatim); "editorial": identified by an editor (title in our words). */
  origin: z.enum(['imported', 'editorial']),
  /** The heading as the document gives it (imported), or our short title (editorial). */
  title: z.string().min(1),
  /** Titles of the enclosing sections, outermost first (verbatim). */
  sectionPath: z.array(z.string()),
  /** The anchor of the principle's own section in the source, for links. */
  anchor: z.string().optional(),
  /** The document's own level for it (e.g. OpenAI's "root", "platform", "guideline"). */
  level: z.string().optional(),
  /** RFC 2119 position of the principle's own requirement. */
  position,
  /** Whether the position is an editor's judgment or the importer's proposal from the wording. */
  positionSource,
  /** Who may change it. */
  override,
  /** Why the override is what it is, in our words (e.g. "guideline level: implicitly overridable"). */
  overrideBasis: z.string(),
  /** Where it applies, as far as the document says. */
  context: z.array(context).min(1),
  /** Whom it binds: the model, the deployer, the people using it, or a classifier. */
  binds,
  /** One sentence in our own words; absent until an editor writes one. */
  summary: z.string().optional(),
  /**
   * The version whose words the summary describes. When it is not this principle's own version, the
   * words changed since and no editor has confirmed the summary for them: it is shown as of that version.
   */
  summaryOf: versionId.optional(),
  /** Verbatim quotes: the first is the lead quote shown in cells. */
  quotes: z.array(quoteSchema).min(1),
  /** The section's prose (verbatim), used for alignment and version diffs. */
  text: z.string(),
  /** Examples the document gives (OpenAI's GOOD / BAD comparisons). */
  examples: z.array(exampleSchema),
  /** Commentary blocks the document marks as such (verbatim). */
  commentary: z.array(z.string()),
  /** Why an editor aligned it to no topic on purpose, if so. */
  outOfScope: z.string().optional(),
  /** For a section read through its rules: the ids of the principles holding its rules, in document order. */
  rules: z.array(z.string()).optional(),
  /** 1-based line of the heading in the text of record. */
  line: z.number().int().positive(),
});
export type Principle = z.output<typeof principleSchema>;
export type Example = z.output<typeof exampleSchema>;
