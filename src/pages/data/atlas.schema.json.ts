import type { APIRoute } from 'astro';
import { z } from 'astro/zod';
import { atlasSchema } from '../../schemas/atlas.ts';

/** The JSON Schema of /data/atlas.json, generated from the same zod schema the build validates with. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify({ ...z.toJSONSchema(atlasSchema, { io: 'output' }), $id: 'atlas.schema.json', title: 'Spec Atlas dataset' }, null, 1), {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
