import Fuse from 'fuse.js';
import type { Atlas } from '../../schemas/atlas.ts';
import { searchPayloadSchema, type SearchRecord } from '../../schemas/search.ts';
import { searchWords } from './search-options.ts';
import { toSearchRecords } from './to-search-records.ts';

/** Every word of the records' searchable fields, sorted, once each. */
export function vocabularyOf(records: readonly SearchRecord[]): string[] {
  const words = new Set<string>();
  for (const r of records) for (const w of searchWords(`${r.title} ${r.keywords.join(' ')} ${r.detail} ${r.excerpt}`)) words.add(w);
  return [...words].sort();
}

/** The serialized search payload: records, vocabulary and the Fuse index over it, built now so the browser only parses. */
export function serializeSearchPayload(dataVersion: string, tables: { labs: Record<string, string>; documents: Record<string, string> }, records: SearchRecord[]): string {
  // The index holds each vocabulary word, so the vocabulary itself is not shipped twice.
  const index = Fuse.createIndex([], vocabularyOf(records)).toJSON();
  return JSON.stringify(searchPayloadSchema.parse({ dataVersion, ...tables, records, index }));
}

export function buildSearchPayload(atlas: Atlas, options: { allVersions: boolean }): string {
  const tables = {
    labs: Object.fromEntries(atlas.labs.map((l) => [l.id, l.name])),
    documents: Object.fromEntries(atlas.documents.map((d) => [d.id, d.title])),
  };
  return serializeSearchPayload(atlas.dataVersion, tables, toSearchRecords(atlas, options));
}
