import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteData } from '../../../../../data/atlas.ts';
import { splitVersionId } from '../../../../../lib/view/paths.ts';
import { versionDiffData } from '../../../../../lib/view/version-diff-data.ts';

export const getStaticPaths: GetStaticPaths = async () =>
  (await getSiteData()).atlas.versions.map((v) => {
    const { document, label } = splitVersionId(v.id);
    const [lab, doc] = document.split('/');
    return { params: { lab, doc, label } };
  });

/** One version's principles (ids, titles, words) and stances, for comparing any two versions in the browser. */
export const GET: APIRoute = async ({ params }) => {
  const data = await getSiteData();
  return new Response(JSON.stringify(versionDiffData(data, `${params['lab']}/${params['doc']}@${params['label']}`)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
