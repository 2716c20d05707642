import type { Atlas } from '../../schemas/atlas.ts';
import { searchPayloadSchema, type SearchRecord } from '../../schemas/search.ts';
import { toSearchRecords } from './to-search-records.ts';

/**
 * The serialized search payload: records and the name tables, validated. No prebuilt index is shipped:
 * the worker's postings take a few milliseconds to build from the records, and a serialized fuse.js
 * index cost 30 KB gzip of the first query's bytes.
 */
export function serializeSearchPayload(dataVersion: string, tables: { labs: Record<string, string>; documents: Record<string, string> }, records: SearchRecord[]): string {
  return JSON.stringify(searchPayloadSchema.parse({ dataVersion, ...tables, records }));
}

export function buildSearchPayload(atlas: Atlas, options: { allVersions: boolean }): string {
  const tables = {
    labs: Object.fromEntries(atlas.labs.map((l) => [l.id, l.name])),
    documents: Object.fromEntries(atlas.documents.map((d) => [d.id, d.title])),
  };
  return serializeSearchPayload(atlas.dataVersion, tables, toSearchRecords(atlas, options));
}
