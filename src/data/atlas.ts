import type { Atlas } from '../schemas/atlas.ts';
import type { Alignment, Cell } from '../schemas/derived.ts';
import type { Principle } from '../schemas/principle.ts';
import { getPipeline } from '../lib/pipeline/run-pipeline.ts';
import { renderInlineMarkdown } from '../lib/render/inline-markdown.ts';

/** What pages read: the dataset plus lookups, computed once per build. */
export interface SiteData {
  atlas: Atlas;
  principle(key: string): Principle;
  version(id: string): Atlas['versions'][number];
  document(id: string): Atlas['documents'][number];
  topic(id: string): Atlas['topics'][number];
  cell(topic: string, version: string): Cell;
  alignment(i: number): Alignment;
  /** A quote's inline Markdown as safe HTML, with cross-references named by the version's principle titles. */
  quoteHtml(version: string, text: string): string;
}

let memo: Promise<SiteData> | undefined;

export function getSiteData(): Promise<SiteData> {
  memo ??= getPipeline(process.cwd()).then(({ atlas }) => {
    const principles = new Map(atlas.principles.map((p) => [`${p.version}#${p.id}`, p]));
    const versions = new Map(atlas.versions.map((v) => [v.id, v]));
    const documents = new Map(atlas.documents.map((d) => [d.id, d]));
    const topics = new Map(atlas.topics.map((t) => [t.id, t]));
    const cells = new Map(atlas.cells.map((c) => [`${c.topic} ${c.version}`, c]));
    const need = <T>(m: Map<string, T>, k: string, what: string): T => {
      const v = m.get(k);
      if (!v) throw new Error(`No ${what} "${k}" in the dataset`);
      return v;
    };
    return {
      atlas,
      principle: (k) => need(principles, k, 'principle'),
      version: (id) => need(versions, id, 'version'),
      document: (id) => need(documents, id, 'document'),
      topic: (id) => need(topics, id, 'topic'),
      cell: (t, v) => need(cells, `${t} ${v}`, 'cell'),
      alignment: (i) => atlas.alignments[i]!,
      quoteHtml: (version, text) => renderInlineMarkdown(text, (anchor) => versions.get(version)?.anchors[anchor]),
    };
  });
  return memo;
}
