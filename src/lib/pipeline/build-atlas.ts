import { atlasSchema, type Atlas, type Coverage } from '../../schemas/atlas.ts';
import { bindsByKind } from '../../schemas/document.ts';
import type { VersionLink } from '../../schemas/derived.ts';
import type { Principle } from '../../schemas/principle.ts';
import { cellStateSchema } from '../../schemas/derived.ts';
import { alignPrinciples, defaultAlignOptions, principleKey } from '../align/align-principles.ts';
import { alignVersions } from '../align/align-versions.ts';
import { buildMatrix } from '../derive/build-matrix.ts';
import { deriveTopicChanges } from '../derive/topic-changes.ts';
import { levelAliasesByImporter } from '../importers/index.ts';
import { sha256 } from '../sources/hash.ts';
import { formatPath } from './content-error.ts';
import type { ImportedVersion } from './import-principles.ts';
import type { Content } from './load-content.ts';

/** The output failed its own schema: a bug in the pipeline, not in the content. */
export class OutputError extends Error {
  override name = 'OutputError';
}

/**
 * align → derive → validate output: from the loaded content and the imported versions, the complete
 * dataset. Pure: the same input gives the same output, byte for byte.
 */
export function buildAtlas(content: Content, imported: readonly ImportedVersion[]): Atlas {
  const documentOfVersion = new Map(content.sources.map((s) => [s.id, s.document]));
  const outOfScope = (p: Principle): string | undefined =>
    content.coverage.get(documentOfVersion.get(p.version)!)?.data.outOfScope?.find((o) => o.principle === p.id)?.reason;
  const principles: Principle[] = imported.flatMap((v) => v.principles).map((p) => {
    const reason = outOfScope(p);
    return reason ? { ...p, outOfScope: reason } : p;
  });
  const byKey = new Map(principles.map((p) => [principleKey(p), p]));

  // align: principles to topics.
  const curated = new Map([...content.alignments].map(([doc, { entries }]) => [doc, entries]));
  const { alignments, disagreements } = alignPrinciples(principles, content.topics, curated, (v) => documentOfVersion.get(v)!, defaultAlignOptions, (p) => Boolean(p.outOfScope));

  // align: each version to the one before it.
  const documents = content.documents.map((d) => {
    const versions = imported.filter((v) => v.source.document === d.id);
    return { ...d, versions };
  });
  const versionLinks: VersionLink[] = [];
  const removedBy = new Map<string, string[]>();
  for (const d of documents) {
    d.versions.forEach((v, i) => {
      const prev = d.versions[i - 1];
      if (!prev) {
        for (const p of v.principles) versionLinks.push({ version: v.source.id, id: p.id, status: 'added' });
        return;
      }
      const { links, removed } = alignVersions(prev.principles, v.principles, { levelAliases: levelAliasesByImporter[d.importer] ?? {} });
      versionLinks.push(...links);
      removedBy.set(v.source.id, removed);
    });
  }
  const linkByKey = new Map(versionLinks.map((l) => [`${l.version}#${l.id}`, l]));

  // derive: the matrix, the per-topic changes, coverage.
  const versionIds = documents.flatMap((d) => d.versions.map((v) => v.source.id));
  const noteFor = (topic: { id: string; group: string }, version: string): string | undefined =>
    content.coverage.get(documentOfVersion.get(version)!)?.data.silent?.find((n) => n.topics?.includes(topic.id) || n.groups?.includes(topic.group))?.note;
  const cells = buildMatrix(content.topics, versionIds, alignments, byKey, noteFor);
  const changes = deriveTopicChanges(documents.map((d) => ({ id: d.id, versions: d.versions.map((v) => v.source.id) })), cells, alignments, linkByKey);
  const coverage: Coverage[] = imported.map((v) => {
    const mine = alignments.filter((a) => a.version === v.source.id);
    const curatedKeys = new Set(mine.filter((a) => a.origin === 'curated').map((a) => a.principle));
    const suggestedKeys = new Set(mine.filter((a) => a.origin === 'suggested').map((a) => a.principle));
    const cellCounts: Record<string, number> = Object.fromEntries(cellStateSchema.options.map((s) => [s, 0]));
    for (const c of cells) if (c.version === v.source.id) cellCounts[c.state] = (cellCounts[c.state] ?? 0) + 1;
    return {
      version: v.source.id,
      principles: v.principles.length,
      curated: curatedKeys.size,
      suggested: [...suggestedKeys].filter((k) => !curatedKeys.has(k)).length,
      unaligned: v.principles.filter((p) => !curatedKeys.has(principleKey(p)) && !suggestedKeys.has(principleKey(p))).length,
      positionsCurated: v.principles.filter((p) => p.positionSource === 'curated').length,
      cells: cellCounts,
      silentExplained: cells.filter((c) => c.version === v.source.id && c.state === 'silent' && c.note).length,
    };
  });

  const body = {
    labs: content.labs,
    documents: documents.map(({ versions, importer: _importer, ...d }) => ({ ...d, binds: bindsByKind[d.kind], versions: versions.map((v) => v.source.id) })),
    versions: documents.flatMap((d) =>
      d.versions.map((v, i) => ({
        ...v.source,
        verified: v.source.kind === 'text-of-record',
        ...(i > 0 ? { previous: d.versions[i - 1]!.source.id } : {}),
        latest: i === d.versions.length - 1,
        removed: removedBy.get(v.source.id) ?? [],
        linesMatchFile: v.doc.linesMatchFile,
        anchors: Object.fromEntries(v.doc.sections.filter((s) => s.title).map((s) => [s.id, s.title])),
      })),
    ),
    groups: content.groups,
    topics: content.topics,
    crosswalks: content.crosswalks,
    principles,
    alignments,
    cells,
    changes,
    versionLinks,
    disagreements: disagreements.map((d) => {
      const note = content.coverage.get(documentOfVersion.get(d.version)!)?.data.reviewed?.find((r) => d.principle.endsWith(`#${r.principle}`))?.note;
      return note ? { ...d, reviewed: note } : d;
    }),
    coverage,
  };
  const atlas = {
    about: 'Spec Atlas dataset: AI labs’ behavior documents, normalized into principles with verbatim quotes from pinned texts of record, aligned to one taxonomy of topics. Quotes are the publishers’ words under their licences (see versions[].licence); everything else is Spec Atlas’s.',
    dataVersion: sha256(JSON.stringify(body)).slice(0, 12),
    ...body,
  };
  // validate output: the dataset must satisfy its own published schema before anything is written.
  const checked = atlasSchema.safeParse(atlas);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    throw new OutputError(`The built dataset fails its schema at ${formatPath(issue.path)}: ${issue.message}`);
  }
  return checked.data;
}

/** The build summary: what was loaded, verified and derived. */
export function summarize(atlas: Atlas, imported: readonly ImportedVersion[]): string {
  const states = cellStateSchema.options.map((s) => `${s} ${atlas.cells.filter((c) => c.state === s).length}`).join(', ');
  const quotes = atlas.principles.reduce((n, p) => n + p.quotes.length, 0);
  const curatedQuotes = atlas.principles.reduce((n, p) => n + p.quotes.filter((q) => q.origin === 'curated').length, 0);
  const from = ['mirror', 'cache', 'download'].map((w) => `${w} ${imported.filter((v) => v.readFrom === w).length}`).join(', ');
  return [
    `Spec Atlas data ${atlas.dataVersion}`,
    `  labs ${atlas.labs.length}, documents ${atlas.documents.length}, versions ${atlas.versions.length} (texts of record read from: ${from}; all SHA-256 verified)`,
    `  principles ${atlas.principles.length}, quotes verified ${quotes} (${curatedQuotes} curated selectors)`,
    `  topics ${atlas.topics.length} in ${atlas.groups.length} groups; alignments ${atlas.alignments.filter((a) => a.origin === 'curated').length} curated, ${atlas.alignments.filter((a) => a.origin === 'suggested').length} machine-suggested; ${atlas.disagreements.length} aligner disagreements (${atlas.disagreements.filter((d) => !d.reviewed).length} not yet reviewed)`,
    `  cells ${atlas.cells.length}: ${states}; silent cells with a note on what was looked for: ${atlas.cells.filter((c) => c.state === 'silent' && c.note).length}`,
    `  topic changes between versions ${atlas.changes.length}`,
  ].join('\n');
}
