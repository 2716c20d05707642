import type { APIRoute } from 'astro';
import { getSiteData } from '../../data/atlas.ts';
import { toPublicAtlas } from '../../lib/export/public-atlas.ts';

/** The normalized, aligned dataset, validated against its schema before it is written. */
export const GET: APIRoute = async () => {
  const { atlas } = await getSiteData();
  return new Response(JSON.stringify(toPublicAtlas(atlas)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
