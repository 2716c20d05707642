import type { Principle } from '../../schemas/principle.ts';
import type { TextOfRecord } from '../text/text-of-record.ts';
import { importOpenAIModelSpec, openAILevelAliases } from './openai-model-spec.ts';

export type Importer = (version: string, source: string) => { doc: TextOfRecord; principles: Principle[] };

/** The importer for each document format, by the name a document's `importer` field gives. */
export const importers: Readonly<Record<string, Importer>> = {
  'openai-model-spec': importOpenAIModelSpec,
};

/** Levels each importer's documents renamed without a change of meaning (compared as equal across versions). */
export const levelAliasesByImporter: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'openai-model-spec': openAILevelAliases,
};
