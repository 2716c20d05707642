import type { APIRoute } from 'astro';
import { getSiteData } from '../../data/atlas.ts';
import { overviewSvg } from '../../lib/view/overview-svg.ts';

/** The overview picture of the matrix, drawn at build time as its own file so the page stays light. */
export const GET: APIRoute = async () => new Response(overviewSvg(await getSiteData(), 'policies'), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
