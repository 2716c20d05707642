import type { APIRoute } from 'astro';
import { getSiteData } from '../../data/atlas.ts';
import { toCompareData } from '../../lib/view/compare-data.ts';

/** What the compare page needs in the browser, and nothing more. */
export const GET: APIRoute = async () => {
  const { atlas } = await getSiteData();
  return new Response(JSON.stringify(toCompareData(atlas)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
