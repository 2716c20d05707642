import { summarizeCell } from '../lib/derive/topic-changes.ts';
import type { Atlas, AtlasVersion } from '../schemas/atlas.ts';
import type { Alignment, Cell, TopicChange, VersionLink } from '../schemas/derived.ts';
import type { Principle } from '../schemas/principle.ts';
import { getEntry } from 'astro:content';
import { contentRoot } from '../lib/pipeline/content-root.ts';
import { renderInlineMarkdown } from '../lib/render/inline-markdown.ts';
import { scopeLabel } from '../lib/derive/scope-label.ts';
import { isBehaviorKind } from '../lib/view/document-kinds.ts';
import { loadRedirectsFile, principleAliases } from '../lib/view/redirects.ts';
import { paths } from '../lib/view/paths.ts';
import { partOfPrinciple, versionParts, type VersionPart } from '../lib/view/version-parts.ts';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

type Doc = Atlas['documents'][number];
type Topic = Atlas['topics'][number];
type Lab = Atlas['labs'][number];

/** What pages read: the dataset plus lookups, computed once per build. */
export interface SiteData {
  atlas: Atlas;
  principle(key: string): Principle;
  version(id: string): AtlasVersion;
  document(id: string): Doc;
  lab(id: string): Lab;
  topic(id: string): Topic;
  cell(topic: string, version: string): Cell;
  alignment(i: number): Alignment;
  /** Principles of a version, in document order. */
  principlesOf(version: string): Principle[];
  /** A long version's parts (one page each), or undefined when it is shown on one page. */
  partsOf(version: string): VersionPart[] | undefined;
  /** Where a principle's card is: its version page, or the part of it that holds the card. */
  principleHref(version: string, principleId: string): string;
  /** Curated and suggested alignments of a principle ("<version>#<id>"). */
  alignmentsOf(principleKey: string): Alignment[];
  /** How a principle relates to the version before it. */
  linkOf(principleKey: string): VersionLink | undefined;
  /** The latest version id of a document. */
  latest(documentId: string): string;
  /** Documents of a lab, behavior documents first. */
  documentsOf(labId: string): Doc[];
  /** Topic changes of a document, oldest first. */
  changesOf(documentId: string): TopicChange[];
  /** Topic changes on a topic, across documents. */
  changesOn(topicId: string): TopicChange[];
  /** Old anchors of renamed principles of a document, by the principle id that replaced them (content/redirects.yaml). */
  aliasesOf(documentId: string): Map<string, string[]>;
  /** A quote's inline Markdown as safe HTML, with cross-references named by their section titles. */
  quoteHtml(version: string, text: string): string;
  /** The readable name of a scope (a declared mode, or a context) of a version's document. */
  scopeLabel(version: string, scope: string): string;
  /** A cell reduced to what a change compares: its default, adjustments, scopes and principles. */
  summary(cell: Cell): TopicChange['before'];
}

let memo: Promise<SiteData> | undefined;

function group<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

async function readDataset(): Promise<Atlas> {
  const entry = await getEntry('dataset', 'atlas');
  if (!entry) throw new Error('The dataset collection is empty: the content pipeline did not run');
  return entry.data;
}

export function getSiteData(): Promise<SiteData> {
  // The pipeline ran once, when the collections were loaded; pages read its result from there.
  memo ??= readDataset().then((atlas) => {
    const principles = new Map(atlas.principles.map((p) => [`${p.version}#${p.id}`, p]));
    const versions = new Map(atlas.versions.map((v) => [v.id, v]));
    const documents = new Map(atlas.documents.map((d) => [d.id, d]));
    const labs = new Map(atlas.labs.map((l) => [l.id, l]));
    const topics = new Map(atlas.topics.map((t) => [t.id, t]));
    const cells = new Map(atlas.cells.map((c) => [`${c.topic} ${c.version}`, c]));
    const byVersion = group(atlas.principles, (p) => p.version);
    const byPrinciple = group(atlas.alignments, (a) => a.principle);
    const links = new Map(atlas.versionLinks.map((l) => [`${l.version}#${l.id}`, l]));
    const changesByDoc = group(atlas.changes, (c) => c.document);
    const changesByTopic = group(atlas.changes, (c) => c.topic);
    const docsByLab = group(atlas.documents, (d) => d.lab);
    const redirects = loadRedirectsFile(pathToFileURL(join(contentRoot(), 'content/redirects.yaml')));
    const sortedOf = (v: string): Principle[] => [...(byVersion.get(v) ?? [])].sort((a, b) => a.order - b.order);
    const parts = new Map<string, { parts: VersionPart[] | undefined; of: Map<string, string> }>();
    const partsFor = (v: string) => {
      let entry = parts.get(v);
      if (!entry) {
        const list = versionParts(sortedOf(v));
        entry = { parts: list, of: list ? partOfPrinciple(list) : new Map() };
        parts.set(v, entry);
      }
      return entry;
    };
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
      lab: (id) => need(labs, id, 'lab'),
      topic: (id) => need(topics, id, 'topic'),
      cell: (t, v) => need(cells, `${t} ${v}`, 'cell'),
      alignment: (i) => atlas.alignments[i]!,
      principlesOf: sortedOf,
      partsOf: (v) => partsFor(v).parts,
      principleHref: (v, id) => {
        const part = partsFor(v).of.get(id);
        return part ? `${paths.versionPart(v, part)}#p-${id}` : paths.principle(v, id);
      },
      alignmentsOf: (k) => byPrinciple.get(k) ?? [],
      linkOf: (k) => links.get(k),
      latest: (d) => need(documents, d, 'document').versions.at(-1)!,
      documentsOf: (l) => [...(docsByLab.get(l) ?? [])].sort((a, b) => Number(isBehaviorKind(b.kind)) - Number(isBehaviorKind(a.kind)) || a.title.localeCompare(b.title)),
      changesOf: (d) => changesByDoc.get(d) ?? [],
      changesOn: (t) => changesByTopic.get(t) ?? [],
      aliasesOf: (d) => principleAliases(redirects, d),
      quoteHtml: (version, text) => renderInlineMarkdown(text, (anchor) => versions.get(version)?.anchors[anchor]),
      scopeLabel: (version, scope) => scopeLabel(documents.get(versions.get(version)?.document ?? '')?.scopes, scope),
      summary: (cell) => summarizeCell(cell, atlas.alignments),
    };
  });
  return memo;
}
