import Fuse from 'fuse.js';
import type { Atlas } from '../../schemas/atlas.ts';
import { searchPayloadSchema } from '../../schemas/search.ts';
import { fuseOptions } from './search-options.ts';
import { toSearchRecords } from './to-search-records.ts';

/** The serialized search payload: records plus the Fuse index built now, so the browser only parses it. */
export function buildSearchPayload(atlas: Atlas, options: { allVersions: boolean }): string {
  const records = toSearchRecords(atlas, options);
  const index = Fuse.createIndex(fuseOptions.keys!, records).toJSON();
  const payload = searchPayloadSchema.parse({ dataVersion: atlas.dataVersion, records, index });
  return JSON.stringify(payload);
}
