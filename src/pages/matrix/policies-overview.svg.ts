import type { APIRoute } from 'astro';
import { getSiteData } from '../../data/atlas.ts';
import { heatmapSvg } from '../../lib/charts/heatmap.ts';
import { isBehaviorKind } from '../../lib/view/document-kinds.ts';

/** The overview picture of the policies matrix, drawn at build time as its own file so the page stays light. */
export const GET: APIRoute = async () => {
  const data = await getSiteData();
  const { atlas } = data;
  const rows = atlas.groups.flatMap((g) => atlas.topics.filter((t) => t.group === g.id));
  const columns = atlas.labs.flatMap((l) => data.documentsOf(l.id)).filter((d) => !isBehaviorKind(d.kind)).map((d) => ({ d, v: data.latest(d.id) }));
  const svg = heatmapSvg({
    rows: rows.map((t) => ({ id: t.id, label: t.title })),
    columns: columns.map(({ d, v }) => ({ id: v, label: `${data.lab(d.lab).name}: ${d.title}` })),
    state: (t, v) => data.cell(t, v).state,
    title: 'Overview: stance of each usage or classifier policy (latest version) on each topic',
  });
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
