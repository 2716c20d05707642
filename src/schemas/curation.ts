import { z } from 'astro/zod';
import { ownText, textLimits as L } from './text.ts';
import { principleId } from './ids.ts';
import { selectorSchema } from './selector.ts';
import { context, position } from './stance.ts';

/** An editor's judgment on one principle, as of its first version; later versions are confirmed in the alignment file. */
export const principleCurationSchema = z.strictObject({
  /** RFC 2119 position of the principle's own requirement; overrides the importer's proposal. */
  position: position.optional(),
  /** Where the document says it applies. */
  context: z.array(context).min(1).optional(),
  /**
   * One sentence in our own words, describing the principle's words in its first version. Where the
   * words change later, the alignment file's `versions` entries confirm or replace it.
   */
  summary: ownText(L.summary).optional(),
  /**
   * Quote selectors chosen by an editor, per version label (e.g. "2025-12-18"). They replace the
   * importer's default lead quote for that version. Make them with `npm run quote`.
   */
  quotes: z.record(z.string(), z.array(selectorSchema).min(1)).optional(),
});

/** content/curation/<lab>/<document>.yaml: editorial judgments on a document's principles, keyed by id. */
export const curationFileSchema = z.strictObject({
  principles: z.record(principleId, principleCurationSchema),
});
/** The file's outer shape, its entries still unchecked (they are validated one by one, for messages that name them). */
export const curationShapeSchema = z.strictObject({
  principles: z.record(principleId, z.unknown()),
});

export type PrincipleCuration = z.output<typeof principleCurationSchema>;
export type CurationFile = z.output<typeof curationFileSchema>;
