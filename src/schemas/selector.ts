import { z } from 'astro/zod';

/** The first 16 hex characters of the SHA-256 of the selected text (UTF-8), enough to notice any change. */
export const quoteHash = z.string().regex(/^[0-9a-f]{16}$/, 'must be 16 lowercase hex characters (the start of the SHA-256 of the quoted text)');

/**
 * A pointer to verbatim words in a text of record, with a hash of those words. Content files hold
 * selectors, never the words; the build extracts the words and fails when the hash no longer matches.
 */
export const sentenceSelectorSchema = z.strictObject({
  /** The section's anchor in the text of record, e.g. "do_not_lie". */
  section: z.string().min(1),
  /** Index of the first prose sentence of the section, counting from 0. */
  from: z.number().int().nonnegative(),
  /** Index of the last prose sentence (inclusive); defaults to `from`. */
  to: z.number().int().nonnegative().optional(),
  /** Hash of the selected text. */
  hash: quoteHash,
});

/** A character range [start, end) in the whole text of record, for texts without sections. */
export const rangeSelectorSchema = z.strictObject({
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  hash: quoteHash,
});

/**
 * A sentence found by the hash of its own words, wherever it sits: the same selector resolves in every
 * version that keeps the sentence unchanged. With `count`, it selects that many consecutive sentences
 * starting at the sentence whose hash is `first`, and `hash` covers them all.
 */
export const hashSelectorSchema = z.strictObject({
  hash: quoteHash,
  /** Hash of the first sentence, when more than one is selected. */
  first: quoteHash.optional(),
  /** How many consecutive sentences (default 1). */
  count: z.number().int().min(1).optional(),
  /** Which occurrence, from 0, when the same first sentence occurs more than once. */
  nth: z.number().int().min(0).optional(),
});

/**
 * One clause of a sentence: the sentence found by the hash of its words (`in`, with `nth` for a repeated
 * one), split after each colon, and the `clause`-th part taken. For a list whose lead-in and first item
 * run together ("X would not want it to: do A"), so a quote can hold the lead-in without the item.
 */
export const clauseSelectorSchema = z.strictObject({
  hash: quoteHash,
  /** Hash of the whole sentence the clause sits in. */
  in: quoteHash,
  /** Which clause, from 0: the sentence is cut after each ":" followed by a space. */
  clause: z.number().int().min(0),
  nth: z.number().int().min(0).optional(),
});

/**
 * Part of a sentence by character offsets within it: the sentence found by the hash of its words (`in`,
 * with `nth` for a repeated one), then [from, to) of its text. The offsets hold in every version that
 * keeps the sentence, unlike a range in the whole text. For a list heading run into its first item
 * without punctuation, so a quote can hold the item alone.
 */
export const partSelectorSchema = z.strictObject({
  hash: quoteHash,
  in: quoteHash,
  from: z.number().int().nonnegative(),
  to: z.number().int().positive(),
  nth: z.number().int().min(0).optional(),
});

export const selectorSchema = z.union([sentenceSelectorSchema, rangeSelectorSchema, clauseSelectorSchema, partSelectorSchema, hashSelectorSchema], {
  error:
    'is not a quote selector: use { hash }, { hash, first, count }, { hash, in, clause }, { hash, in, from, to }, { section, from, to, hash } or { start, end, hash } (npm run quote prints one)',
});
export type SentenceSelector = z.output<typeof sentenceSelectorSchema>;
export type RangeSelector = z.output<typeof rangeSelectorSchema>;
export type HashSelector = z.output<typeof hashSelectorSchema>;
export type ClauseSelector = z.output<typeof clauseSelectorSchema>;
export type Selector = z.output<typeof selectorSchema>;

/** A selector resolved against its text of record: the verbatim words and where they sit. */
export const quoteSchema = z.strictObject({
  selector: selectorSchema,
  /** The exact characters of the text of record, markup included. */
  text: z.string().min(1),
  /** Character offsets [start, end) in the text of record. */
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  /** 1-based line of the start in the text of record. */
  line: z.number().int().positive(),
  /** Whether the selector came from an editor (curated) or was derived by the importer. */
  origin: z.enum(['curated', 'imported']),
  /** In published data: the text is cut to its first words because the source's licence does not allow republishing it whole. */
  shortened: z.boolean().optional(),
});
export type Quote = z.output<typeof quoteSchema>;
