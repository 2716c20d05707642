import type { APIRoute } from 'astro';
import { getSiteData } from '../../data/atlas.ts';
import { toMatrixCsv } from '../../lib/export/matrix-csv.ts';

/** Every cell of the matrix, one row per topic × document version. */
export const GET: APIRoute = async () => new Response(toMatrixCsv((await getSiteData()).atlas), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
