import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteData } from '../../../data/atlas.ts';
import { topicExport } from '../../../lib/export/topic-export.ts';

export const getStaticPaths: GetStaticPaths = async () => (await getSiteData()).atlas.topics.map((t) => ({ params: { id: t.id } }));

/** One topic with every document version's stance and the words behind it. */
export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify(topicExport((await getSiteData()).atlas, params['id']!)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
