import type { Principle } from '../../schemas/principle.ts';
import type { Quote } from '../../schemas/selector.ts';
import type { SourceEntry } from '../../schemas/source.ts';
import { buildEditorialPrinciples } from '../importers/editorial.ts';
import { importers } from '../importers/index.ts';
import { segmentBlocks } from '../importers/segment-blocks.ts';
import { textView } from '../importers/text-view.ts';
import { resolveSelector } from '../quotes/resolve-selector.ts';
import { resolveSource, SourceErrors, type SourceLocations } from '../sources/resolve-source.ts';
import { lineOf, type TextOfRecord } from '../text/text-of-record.ts';
import { bindsByKind } from '../../schemas/document.ts';
import { ContentError, formatPath, throwCollected } from './content-error.ts';
import type { Content } from './load-content.ts';

/** One document version with its principles, read from its verified text of record. */
export interface ImportedVersion {
  source: SourceEntry;
  /** Where the bytes came from this time. */
  readFrom: 'mirror' | 'cache' | 'download';
  doc: TextOfRecord;
  principles: Principle[];
}

/**
 * Applies an editor's curation to the importer's principles: curated position, context and summary,
 * and curated quote selectors, each resolved against this version's text and checked against its hash.
 */
export function applyCuration(version: ImportedVersion, content: Content): Principle[] {
  const cur = content.curation.get(version.source.document);
  if (!cur) return version.principles;
  return version.principles.map((p) => {
    const c = cur.data.principles[p.id];
    if (!c) return p;
    let quotes = p.quotes;
    const selectors = c.quotes?.[version.source.version];
    if (selectors) {
      quotes = selectors.map((selector, i): Quote => {
        const r = resolveSelector(version.doc, selector);
        if (!r.ok) throw new ContentError(cur.file, p.id, formatPath(['quotes', version.source.version, i]), `selector does not match: ${r.reason}`);
        return { selector, text: r.value.text, start: r.value.start, end: r.value.end, line: lineOf(version.doc.text, r.value.start), origin: 'curated' };
      });
    }
    return {
      ...p,
      position: c.position ?? p.position,
      positionSource: c.position ? 'curated' : p.positionSource,
      context: c.context ?? p.context,
      ...(c.summary ? { summary: c.summary } : {}),
      quotes,
    };
  });
}

/** Whether a quote's words include template syntax (Jinja tags, expressions or comments). */
export function hasTemplateSyntax(text: string): boolean {
  return /\{%|%\}|\{\{|\}\}|\{#-?\s|\s-?#\}/.test(text);
}

/** A quote is the document's words, never its template syntax: a selector selects the words between the tags. */
function checkTemplateFree(v: ImportedVersion, content: Content): void {
  for (const p of v.principles) {
    p.quotes.forEach((q, i) => {
      if (!hasTemplateSyntax(q.text)) return;
      const file =
        p.origin === 'editorial' ? (content.editorial.get(v.source.document)?.fileOf.get(p.id) ?? v.source.id) : (content.curation.get(v.source.document)?.file ?? v.source.id);
      throw new ContentError(
        file,
        p.id,
        `quotes[${i}] (in version ${v.source.version})`,
        'the quote includes template syntax ({% %}, {{ }} or {# #}): select the words between the tags',
      );
    });
  }
}

/** Checks that every principle id named in curation and alignment files exists in some version of its document. */
export function checkPrincipleRefs(content: Content, versions: ImportedVersion[]): void {
  const known = new Map<string, Set<string>>();
  for (const v of versions) {
    const set = known.get(v.source.document) ?? new Set<string>();
    for (const p of v.principles) set.add(p.id);
    known.set(v.source.document, set);
  }
  for (const [docId, { file, data }] of content.curation) {
    for (const [id, c] of Object.entries(data.principles)) {
      if (!known.get(docId)?.has(id)) throw new ContentError(file, id, '(principle id)', `unknown principle "${id}": no version of ${docId} has it`);
      for (const label of Object.keys(c.quotes ?? {})) {
        if (!versions.some((v) => v.source.document === docId && v.source.version === label)) {
          throw new ContentError(file, id, `quotes.${label}`, `unknown version "${label}" of ${docId} (not in content/sources/manifest.json)`);
        }
        if (!versions.some((v) => v.source.document === docId && v.source.version === label && v.principles.some((p) => p.id === id))) {
          throw new ContentError(file, id, `quotes.${label}`, `version ${label} of ${docId} has no principle "${id}"`);
        }
      }
    }
  }
  for (const [docId, { fileOf, entries }] of content.editorial) {
    const labels = new Set(versions.filter((v) => v.source.document === docId).map((v) => v.source.version));
    for (const e of entries) {
      for (const label of [
        ...(e.versions ?? []),
        ...Object.keys(e.quotesByVersion ?? {}),
        ...Object.keys(e.quotesFrom ?? {}),
        ...(e.since ? [e.since] : []),
        ...(e.until ? [e.until] : []),
        ...(e.except ?? []),
      ]) {
        if (!labels.has(label)) throw new ContentError(fileOf.get(e.id)!, e.id, 'versions', `unknown version "${label}" of ${docId} (known: ${[...labels].join(', ')})`);
      }
    }
  }
  for (const [docId, { file, data }] of content.coverage) {
    for (const [i, o] of (data.outOfScope ?? []).entries()) {
      if (!known.get(docId)?.has(o.principle))
        throw new ContentError(file, o.principle, `outOfScope[${i}].principle`, `unknown principle "${o.principle}": no version of ${docId} has it`);
    }
  }
  for (const [docId, { fileOf, entries }] of content.alignments) {
    for (const e of entries) {
      const file = fileOf.get(e.principle)!;
      if (!known.get(docId)?.has(e.principle)) throw new ContentError(file, e.principle, 'principle', `unknown principle "${e.principle}": no version of ${docId} has it`);
      for (const label of Object.keys(e.versions ?? {})) {
        const v = versions.find((x) => x.source.document === docId && x.source.version === label);
        if (!v) throw new ContentError(file, e.principle, `versions.${label}`, `unknown version "${label}" of ${docId} (not in content/sources/manifest.json)`);
        if (!v.principles.some((p) => p.id === e.principle))
          throw new ContentError(file, e.principle, `versions.${label}`, `version ${label} of ${docId} has no principle "${e.principle}"`);
      }
    }
  }
}

/**
 * Reads every version's text of record (verified by SHA-256), runs its document's importer, and
 * applies curation. Versions are returned per document in date order.
 */
export async function importVersions(content: Content, where: SourceLocations, options: { curate?: boolean } = {}): Promise<ImportedVersion[]> {
  const docs = new Map(content.documents.map((d) => [d.id, d]));
  const sorted = [...content.sources].sort(
    (a, b) => a.document.localeCompare(b.document) || a.date.localeCompare(b.date) || (a.sequence ?? 0) - (b.sequence ?? 0) || a.version.localeCompare(b.version),
  );
  const labelsOf = (doc: string): string[] => sorted.filter((s) => s.document === doc).map((s) => s.version);
  // Every selector that does not match, in every version, is reported at once.
  const failed: ContentError[] = [];
  // Every text of record is tried; all that cannot be read are named together.
  const read = await Promise.allSettled(sorted.map((source) => resolveSource(source, where)));
  const unreadable = read.flatMap((r) => (r.status === 'rejected' ? [r.reason as Error] : []));
  if (unreadable.length === 1) throw unreadable[0]!;
  if (unreadable.length > 1) throw new SourceErrors(unreadable);
  const raw = await Promise.all(
    sorted.map(async (source, i) => {
      const { bytes, from } = (read[i] as PromiseFulfilledResult<Awaited<ReturnType<typeof resolveSource>>>).value;
      const spec = docs.get(source.document)!;
      const decoded = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      const edited = options.curate === false ? undefined : content.editorial.get(source.document);
      let doc: TextOfRecord;
      let found: Principle[] = [];
      if (spec.importer === 'editorial') {
        const view = textView(spec.format ?? 'text', decoded);
        doc = segmentBlocks(source.id, view.text, view.linesMatchFile);
      } else {
        ({ doc, principles: found } = importers[spec.importer]!(source.id, decoded));
      }
      if (!edited) return { source, readFrom: from, doc, principles: found };
      // Principles an editor identified: the whole document for prose, or rules the importer cannot see
      // (lists of binding rules that are not headings) beside an imported document's own.
      const { principles, failures } = buildEditorialPrinciples(doc, source.version, edited.entries, bindsByKind[spec.kind], labelsOf(source.document));
      for (const f of failures) failed.push(new ContentError(edited.fileOf.get(f.principle) ?? edited.file, f.principle, f.field, `selector does not match: ${f.reason}`));
      for (const p of principles) {
        if (found.some((q) => q.id === p.id))
          throw new ContentError(edited.fileOf.get(p.id) ?? edited.file, p.id, 'id', `the importer already finds a principle "${p.id}" in ${source.id}: choose another id`);
      }
      const all = [...found, ...principles].sort((a, b) => a.line - b.line || a.order - b.order);
      all.forEach((p, i) => (p.order = i));
      return { source, readFrom: from, doc, principles: all };
    }),
  );
  throwCollected(failed);
  if (options.curate === false) return raw;
  checkPrincipleRefs(content, raw);
  const curated = raw.map((v) => ({ ...v, principles: applyCuration(v, content) }));
  for (const v of curated) checkTemplateFree(v, content);
  return curated;
}
