import { z } from 'astro/zod';
import { alignmentSchema, cellSchema, disagreementSchema, topicChangeSchema, versionLinkSchema } from './derived.ts';
import { binds, documentKind, documentSchema, textFormats } from './document.ts';
import { documentId, slug, versionId } from './ids.ts';
import { labSchema } from './lab.ts';
import { principleSchema } from './principle.ts';
import { knownVersionSchema, sourceEntrySchema } from './source.ts';
import { auditSchema } from './audit.ts';
import { crosswalkEntrySchema, groupSchema, topicSchema } from './taxonomy.ts';

/** A document version as published in the dataset: the manifest facts plus what the build found. */
export const atlasVersionSchema = sourceEntrySchema.extend({
  /** False for reconstructed copies, whose bytes could not be checked against the publisher's. */
  verified: z.boolean(),
  /** The version before it, if any. */
  previous: versionId.optional(),
  /** Whether it is the latest version of its document. */
  latest: z.boolean(),
  /** Principle ids removed since the previous version. */
  removed: z.array(z.string()),
  /** Whether line numbers in quotes are the file's own (false for text decoded from JSON or notebooks). */
  linesMatchFile: z.boolean(),
  /**
   * Whether the text has lines too long for a line number to locate a quote (one line, or lines over
   * 2,000 characters): quotes then say where they are by character range, and links use text fragments.
   */
  longLines: z.boolean(),
  /** Section anchors of the text of record and their titles (verbatim), to name cross-references in quotes. */
  anchors: z.record(z.string(), z.string()),
  /** The sentences we track, against the version before. */
  sentences: z.strictObject({
    /** Sentences in the version. */
    count: z.number().int(),
    /** Sentences it adds (all of them, for a first version). */
    added: z.number().int(),
    /** Covered sentences of the version before that are gone (their words changed or were removed). */
    coveredRemoved: z.number().int(),
    /** "No change to what we track": no covered sentence changed and none was added. */
    nothingNew: z.boolean(),
    /** For a latest version: added sentences no principle covers and no editor decided to leave untracked (hashes). */
    undecided: z.array(z.string()),
  }),
});

/** Coverage of one version: how much of it is aligned, and how. */
export const coverageSchema = z.strictObject({
  version: versionId,
  principles: z.number().int(),
  /** Principles with at least one curated alignment. */
  curated: z.number().int(),
  /** Principles with only machine suggestions. */
  suggested: z.number().int(),
  /** Principles with neither. */
  unaligned: z.number().int(),
  /** Principles whose position an editor set (the rest are the importer's proposals). */
  positionsCurated: z.number().int(),
  cells: z.record(z.string(), z.number().int()),
  /** Silent cells that carry an editor's note on what was looked for. */
  silentExplained: z.number().int(),
  /** Cells whose answer is not yet an editor's decision. */
  provisional: z.number().int(),
  /** Principles whose words changed in this version while no editor confirmed their reading for it. */
  unconfirmed: z.array(z.string()),
  /** Second readings: cells that need one, and how many have it (confirmed, corrected or inherited). */
  reviews: z.strictObject({ required: z.number().int(), done: z.number().int() }),
});

/** /data/atlas.json: the normalized, aligned dataset the site is built from. */
export const atlasSchema = z.strictObject({
  /** What this file is. */
  about: z.string(),
  /** A short hash of the content; changes whenever the data does. */
  dataVersion: z.string().regex(/^[0-9a-f]{12}$/),
  labs: z.array(labSchema.extend({ id: slug })),
  documents: z.array(
    z.strictObject({
      id: documentId,
      lab: slug,
      title: z.string(),
      /** A short name for headings and pickers (the title where none is given). */
      short: z.string(),
      kind: documentKind,
      /** Whom its statements bind: the model, the people using it, or a safety classifier. */
      binds,
      /** Modes or product variants with rules of their own. */
      scopes: documentSchema.shape.scopes,
      /** Who can change defaults where it runs, where that is not operator and user. */
      parties: documentSchema.shape.parties,
      homepage: z.url(),
      versionPage: z.string().optional(),
      /** How the file becomes text, for documents read editorially. */
      format: z.enum(textFormats).optional(),
      description: z.string(),
      /** Version ids, oldest first. */
      versions: z.array(versionId),
      /** Versions known to be published after (or beside) the latest pinned one, whose bytes could not be pinned: nothing here reflects them. */
      knownUnpinned: z.array(knownVersionSchema.omit({ document: true })),
    }),
  ),
  versions: z.array(atlasVersionSchema),
  groups: z.array(groupSchema),
  topics: z.array(topicSchema.extend({ id: slug })),
  crosswalks: z.strictObject({ ailuminate: z.array(crosswalkEntrySchema), air2024: z.array(crosswalkEntrySchema) }),
  principles: z.array(principleSchema),
  alignments: z.array(alignmentSchema),
  cells: z.array(cellSchema),
  changes: z.array(topicChangeSchema),
  versionLinks: z.array(versionLinkSchema),
  disagreements: z.array(disagreementSchema),
  coverage: z.array(coverageSchema),
  /** Seeded random audits of our own accuracy, oldest first. */
  audits: z.array(auditSchema),
});
export type Atlas = z.output<typeof atlasSchema>;
export type AtlasVersion = z.output<typeof atlasVersionSchema>;
export type Coverage = z.output<typeof coverageSchema>;
