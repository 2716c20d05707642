import type { SiteData } from '../../data/atlas.ts';
import { heatmapLayout, heatmapMap, heatmapSvg } from '../charts/heatmap.ts';
import { docAnchor } from './anchors.ts';
import { matrixColumns } from './matrix-columns.ts';
import { paths } from './paths.ts';

export type OverviewView = 'behavior' | 'policies';

/** What the overview picture of one matrix view draws: its rows (topics by group) and columns (as the matrix orders them). */
export function overviewInput(data: SiteData, view: OverviewView, every = true) {
  const { atlas } = data;
  const rows = atlas.groups.flatMap((g) => atlas.topics.filter((t) => t.group === g.id));
  const columns = matrixColumns(atlas, view, every).flatMap((g) => g.columns);
  return {
    rows: rows.map((t) => ({ id: t.id, label: t.title })),
    columns: columns.map((c) => ({ id: c.version, label: `${data.lab(data.document(c.doc).lab).name}: ${data.document(c.doc).short}` })),
    state: (t: string, v: string) => data.cell(t, v).state,
    href: (t: string, v: string) => `${paths.topic(t)}#${docAnchor(data.version(v).document)}`,
    title: `Overview: stance of each ${view === 'behavior' ? 'behavior document' : 'usage or classifier policy'} (latest version) on each topic`,
  };
}

/** The overview picture of one matrix view, as a file of its own. */
export function overviewSvg(data: SiteData, view: OverviewView): string {
  return heatmapSvg(overviewInput(data, view));
}

/** The picture as a page shows it: the file's address, its size, its title, and the image map of its links. */
export function overviewImage(data: SiteData, view: OverviewView) {
  const input = overviewInput(data, view);
  const { width, height } = heatmapLayout(input);
  const name = `overview-${view}`;
  return { src: view === 'behavior' ? paths.overviewSvg() : paths.policiesOverviewSvg(), width, height, alt: input.title, name, map: heatmapMap(input, name) };
}
