import type { SiteData } from '../../data/atlas.ts';
import { heatmapSvg } from '../charts/heatmap.ts';
import { isBehaviorKind } from './document-kinds.ts';

/** The overview picture of one matrix view: behavior documents, or usage and classifier policies. */
export function overviewSvg(data: SiteData, view: 'behavior' | 'policies'): string {
  const { atlas } = data;
  const rows = atlas.groups.flatMap((g) => atlas.topics.filter((t) => t.group === g.id));
  const columns = atlas.labs
    .flatMap((l) => data.documentsOf(l.id))
    .filter((d) => isBehaviorKind(d.kind) === (view === 'behavior'))
    .map((d) => ({ d, v: data.latest(d.id) }));
  return heatmapSvg({
    rows: rows.map((t) => ({ id: t.id, label: t.title })),
    columns: columns.map(({ d, v }) => ({ id: v, label: `${data.lab(d.lab).name}: ${d.title}` })),
    state: (t, v) => data.cell(t, v).state,
    title: `Overview: stance of each ${view === 'behavior' ? 'behavior document' : 'usage or classifier policy'} (latest version) on each topic`,
  });
}
