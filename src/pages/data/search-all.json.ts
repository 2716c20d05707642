import type { APIRoute } from 'astro';
import { getSiteData } from '../../data/atlas.ts';
import { buildSearchPayload } from '../../lib/search/build-search-payload.ts';

/** Search over every topic and every version of each document. */
export const GET: APIRoute = async () =>
  new Response(buildSearchPayload((await getSiteData()).atlas, { allVersions: true }), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
