import type { SiteData } from '../../data/atlas.ts';
import { summaryText } from './cell-text.ts';

/** What the browser needs to compare a version with any other of its document. */
export interface VersionDiffData {
  id: string;
  label: string;
  date: string;
  /** Section anchors and their titles, to name cross-references. */
  anchors: Record<string, string>;
  principles: { id: string; title: string; text: string }[];
  /** Each topic's cell in words, and its fingerprint (a change of either is a change). */
  cells: { topic: string; title: string; text: string; fingerprint: string }[];
}

export function versionDiffData(data: SiteData, versionId: string): VersionDiffData {
  const v = data.version(versionId);
  return {
    id: v.id,
    label: v.version,
    date: v.date,
    anchors: v.anchors,
    principles: data.principlesOf(v.id).map((p) => ({ id: p.id, title: p.title, text: p.text })),
    cells: data.atlas.topics.map((t) => {
      const c = data.cell(t.id, v.id);
      return { topic: t.id, title: t.title, text: summaryText(data.summary(c), (s) => data.scopeLabel(v.id, s)), fingerprint: c.fingerprint };
    }),
  };
}
