import type { APIRoute } from 'astro';
import { getSiteData } from '../../data/atlas.ts';
import { buildSearchPayload } from '../../lib/search/build-search-payload.ts';

/** Search over every topic and the latest version of each document. */
export const GET: APIRoute = async () =>
  new Response(buildSearchPayload((await getSiteData()).atlas, { allVersions: false }), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
