import type { APIRoute } from 'astro';
import { getSiteData } from '../../data/atlas.ts';
import { toFitData } from '../../lib/view/fit-data.ts';

/** What the fit finder needs in the browser: latest versions only, each default with the words it rests on. */
export const GET: APIRoute = async () => {
  const { atlas } = await getSiteData();
  return new Response(JSON.stringify(toFitData(atlas)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
