import { z } from 'astro/zod';
import { ownText, textLimits as L } from './text.ts';
import { slug } from './ids.ts';
import { webUrl, webUrlTemplate } from './url.ts';
import { adjuster } from './stance.ts';

/** How a file's bytes become the text that selectors address (see src/lib/importers/text-view.ts). */
export const textFormats = ['text', 'first-copy', 'json-strings', 'notebook'] as const;
export type TextFormat = (typeof textFormats)[number];

/**
 * What kind of document it is. A usage policy binds the people who use a model, not the model; a
 * classifier policy defines what a safety filter flags. The matrix shows behavior documents by default.
 */
export const documentKinds = ['model-spec', 'constitution', 'system-prompt', 'usage-policy', 'classifier-policy'] as const;
export const documentKind = z.enum(documentKinds);
export type DocumentKind = z.output<typeof documentKind>;

/**
 * Whom a statement binds: the model itself, the deployer building on it (guidance for operators),
 * the people using it (a usage policy), or a safety classifier (categories a filter flags).
 */
export const bindsValues = ['model', 'deployer', 'users', 'classifier'] as const;
export const binds = z.enum(bindsValues);
export type Binds = z.output<typeof binds>;

/** Who a document's statements bind, by kind (a principle may say otherwise where a document mixes kinds). */
export const bindsByKind: Record<DocumentKind, Binds> = {
  'model-spec': 'model',
  constitution: 'model',
  'system-prompt': 'model',
  'usage-policy': 'users',
  'classifier-policy': 'classifier',
};

/** Importers that turn a text of record into principles. */
export const importerNames = ['openai-model-spec', 'editorial'] as const;

/** A behavior document. The file path content/documents/<lab>/<document>.yaml gives its id "<lab>/<document>". */
export const documentSchema = z.strictObject({
  /** The lab id that publishes it (content/labs/<lab>.yaml). Must match the folder. */
  lab: slug,
  /** The document's title as we name it, e.g. "Model Spec". */
  title: ownText(L.name),
  /**
   * A short name for table headings, timelines and pickers: the product or mode the document drives
   * (e.g. "Grok 4.1 thinking"), where the title is long or a file name. Defaults to the title.
   */
  short: ownText(36).optional(),
  /** Its kind; decides whom its statements bind. */
  kind: documentKind,
  /** The importer that reads its text of record. */
  importer: z.enum(importerNames),
  /** How the file's bytes become text (editorial documents): as is, the first of two copies, JSON strings, notebook cells. */
  format: z.enum(textFormats).optional(),
  /** The page where people read the document. */
  homepage: webUrl,
  /**
   * Where a dated version can be read, with {version} and {anchor} placeholders; used to link a quote
   * to its exact place. Omit when the publisher keeps no dated copies.
   */
  versionPage: webUrlTemplate.optional(),
  /** One or two sentences of our own about what the document is. */
  description: ownText(L.description),
  /**
   * Named modes or product variants for which the document gives rules of their own (Cohere's STRICT
   * mode, say). Contexts such as under-18 or voice need no declaration. Alignment links name them as `scope`.
   */
  scopes: z
    .array(
      z.strictObject({
        /** Kebab-case id, used by alignment links. */
        id: slug,
        /** The name readers see, e.g. "STRICT mode". */
        label: ownText(L.name),
        /** One sentence of our own: when the scope applies and who chooses it. */
        description: ownText(L.description),
      }),
    )
    .optional(),
  /**
   * Who, besides the lab, can change the model's defaults where this document runs. Left out: an
   * operator (the deployer) and the user, and a rule the user may change is shown as changeable by the
   * operator too. A tool people run for themselves (a coding agent in their own terminal) has no
   * operator: `[user]`. Adjustments and overrides may then name only the parties listed.
   */
  parties: z.array(adjuster).min(1).optional(),
});
export type SpecDocument = z.output<typeof documentSchema> & { id: string };
