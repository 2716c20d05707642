import { atlasSchema, type Atlas, type Coverage } from '../../schemas/atlas.ts';
import { bindsByKind } from '../../schemas/document.ts';
import type { VersionLink } from '../../schemas/derived.ts';
import type { Principle } from '../../schemas/principle.ts';
import { cellStateSchema } from '../../schemas/derived.ts';
import type { AlignmentEntry } from '../../schemas/alignment.ts';
import { scopeLabel } from '../derive/scope-label.ts';
import { alignPrinciples, principleKey } from '../align/align-principles.ts';
import { readingAt, type Reading } from '../align/readings.ts';
import { ContentError } from './content-error.ts';
import { alignVersions } from '../align/align-versions.ts';
import { buildMatrix } from '../derive/build-matrix.ts';
import { cellFingerprint } from '../derive/cell-fingerprint.ts';
import { coveredSentences, hashedSentences, sentenceDelta } from '../derive/sentence-changes.ts';
import { reviewStatus, satisfied } from '../derive/review-status.ts';
import { isBehaviorKind } from '../view/document-kinds.ts';
import type { Cell } from '../../schemas/derived.ts';
import type { ReviewRecord } from '../../schemas/review.ts';
import { deriveTopicChanges } from '../derive/topic-changes.ts';
import { levelAliasesByImporter } from '../importers/index.ts';
import { sha256 } from '../sources/hash.ts';
import { formatPath } from './content-error.ts';
import type { ImportedVersion } from './import-principles.ts';
import type { Content } from './load-content.ts';
import { auditAgreement } from '../audit/agreement.ts';
import { verdictCounts } from '../audit/verdict-counts.ts';

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
  const labelOf = (versionId: string): string => versionId.slice(versionId.indexOf('@') + 1);
  const outOfScope = (p: Principle): string | undefined => content.coverage.get(documentOfVersion.get(p.version)!)?.data.outOfScope?.find((o) => o.principle === p.id)?.reason;

  // Each principle's reading in its version: the alignment entry's base, changed by confirmations.
  const labelsOf = new Map<string, string[]>();
  for (const v of imported) labelsOf.set(v.source.document, [...(labelsOf.get(v.source.document) ?? []), v.source.version]);
  const firstWith = new Map<string, string>();
  for (const v of imported) for (const p of v.principles) if (!firstWith.has(`${v.source.document}#${p.id}`)) firstWith.set(`${v.source.document}#${p.id}`, v.source.version);
  const entries = new Map<string, { file: string; entry: AlignmentEntry }>();
  for (const [doc, { fileOf, entries: list }] of content.alignments) for (const e of list) entries.set(`${doc}#${e.principle}`, { file: fileOf.get(e.principle)!, entry: e });
  const entryOf = (p: Pick<Principle, 'version' | 'id'>) => entries.get(`${documentOfVersion.get(p.version)!}#${p.id}`);
  const readingOf = (p: Pick<Principle, 'version' | 'id'>): Reading | undefined => {
    const found = entryOf(p);
    if (!found) return undefined;
    const doc = documentOfVersion.get(p.version)!;
    return readingAt(found.entry, labelsOf.get(doc)!, firstWith.get(`${doc}#${p.id}`)!, labelOf(p.version));
  };

  const readAsRules = (p: Principle): boolean => Boolean(content.coverage.get(documentOfVersion.get(p.version)!)?.data.readAsRules?.includes(p.id));
  const rulesOf = new Map<string, string[]>();
  for (const v of imported) {
    for (const p of v.principles) {
      if (!readAsRules(p)) continue;
      rulesOf.set(
        `${v.source.id}#${p.id}`,
        v.principles.filter((r) => r.id.startsWith(`${p.id}.`)).map((r) => r.id),
      );
    }
  }
  const principles: Principle[] = imported
    .flatMap((v) => v.principles)
    .map((p) => {
      const rules = rulesOf.get(principleKey(p));
      const reason = outOfScope(p) ?? (rules ? `Read as its ${rules.length} rules, each a principle of its own (${p.id}.…).` : undefined);
      const r = readingOf(p);
      return {
        ...p,
        ...(reason ? { outOfScope: reason } : {}),
        ...(rules ? { rules } : {}),
        ...(r?.position ? { position: r.position, positionSource: 'curated' as const } : {}),
        ...(r?.summary ? { summary: r.summary } : {}),
      };
    });

  // align: each version to the one before it.
  const documents = content.documents.map((d) => ({ ...d, versions: imported.filter((v) => v.source.document === d.id) }));
  const byVersion = new Map<string, Principle[]>();
  for (const p of principles) byVersion.set(p.version, [...(byVersion.get(p.version) ?? []), p]);
  const versionLinks: VersionLink[] = [];
  const removedBy = new Map<string, string[]>();
  for (const d of documents) {
    d.versions.forEach((v, i) => {
      const prev = d.versions[i - 1];
      const mine = byVersion.get(v.source.id) ?? [];
      if (!prev) {
        for (const p of mine) versionLinks.push({ version: v.source.id, id: p.id, status: 'added' });
        return;
      }
      const { links, removed } = alignVersions(byVersion.get(prev.source.id) ?? [], mine, { levelAliases: levelAliasesByImporter[d.importer] ?? {} });
      versionLinks.push(...links);
      removedBy.set(v.source.id, removed);
    });
  }

  // Confirmations: where a principle's words changed (beyond formatting), its reading must be confirmed
  // for the new version; a reading an editor changed there is a stance change.
  const reasons = new Map<string, string>();
  const unconfirmed = new Set<string>();
  for (const l of versionLinks) {
    if (l.status !== 'changed' || l.matchedBy !== 'id') continue;
    const key = `${l.version}#${l.id}`;
    const found = entryOf({ version: l.version, id: l.id });
    const r = readingOf({ version: l.version, id: l.id });
    if (r?.changedHere) {
      reasons.set(key, r.changedHere);
      l.class = 'stance';
    }
    const words = l.class !== 'formatting' && (l.changes ?? []).some((c) => c === 'text' || c === 'title');
    if (!found || !words) continue;
    l.confirmed = Boolean(found.entry.versions?.[labelOf(l.version)]);
    if (!l.confirmed) unconfirmed.add(key);
  }
  const linkByKey = new Map(versionLinks.map((l) => [`${l.version}#${l.id}`, l]));

  // Summaries: one describes the words of the version it was written or last confirmed for; where the
  // words changed since without a confirmation, it stays tied to the older version.
  const summaryOf = new Map<string, string>();
  for (const d of documents) {
    for (const v of d.versions) {
      for (const p of byVersion.get(v.source.id) ?? []) {
        const key = principleKey(p);
        const link = linkByKey.get(key);
        const prevKey = link?.previous && link.matchedBy === 'id' ? `${link.previous.version}#${link.previous.id}` : undefined;
        const changedWords = link?.status === 'changed' && link.class !== 'formatting' && (link.changes ?? []).some((c) => c === 'text' || c === 'title');
        const current = !prevKey || Boolean(link?.confirmed) || (!changedWords && summaryOf.get(prevKey) === link!.previous!.version);
        summaryOf.set(key, current || !prevKey ? v.source.id : summaryOf.get(prevKey)!);
      }
    }
  }
  for (const p of principles) if (p.summary) p.summaryOf = summaryOf.get(principleKey(p))!;
  const byKey = new Map(principles.map((p) => [principleKey(p), p]));

  // align: principles to topics, by their reading in each version.
  const topicContext = new Map(content.topics.map((t) => [t.id, t.context]));
  const generalIn = new Set(principles.filter((p) => p.context.includes('all')).map((p) => p.version));
  const { alignments, disagreements } = alignPrinciples(principles, content.topics, {
    readingOf,
    contextLimited: (p, topic) => generalIn.has(p.version) && !p.context.includes('all') && !p.context.includes(topicContext.get(topic)!),
    outOfScope: (p) => Boolean(p.outOfScope),
  });

  // derive: the matrix, the per-topic changes, coverage.
  const versionIds = documents.flatMap((d) => d.versions.map((v) => v.source.id));
  const docById = new Map(content.documents.map((d) => [d.id, d]));
  const coverageOf = (version: string) => content.coverage.get(documentOfVersion.get(version)!)?.data;
  const readings = buildMatrix(content.topics, versionIds, alignments, byKey, {
    silent: (topic, version) => coverageOf(version)?.silent?.find((n) => n.topics?.includes(topic.id) || n.groups?.includes(topic.group))?.note,
    conflict: (topic, version) => coverageOf(version)?.conflicts?.find((c) => c.topic === topic.id && (!c.versions || c.versions.includes(labelOf(version))))?.note,
    scopeLabel: (scope, version) => scopeLabel(docById.get(documentOfVersion.get(version)!)?.scopes, scope),
    parties: (version) => docById.get(documentOfVersion.get(version)!)?.parties,
    unconfirmed: (key) => unconfirmed.has(key),
    undecided: (topic, version, error) => {
      const file = content.alignments.get(documentOfVersion.get(version)!)?.file ?? version;
      throw new ContentError(file, `${topic.id} in ${labelOf(version)}`, 'decisive', error.message);
    },
  });
  const changes = deriveTopicChanges(
    documents.map((d) => ({ id: d.id, versions: d.versions.map((v) => v.source.id) })),
    readings,
    alignments,
    linkByKey,
    reasons,
  );

  // derive: fingerprints and second readings.
  const fingerprinted = readings.map((c) => ({ ...c, fingerprint: cellFingerprint(c, alignments, (k) => byKey.get(k)) }));
  const recordIndex = new Map<string, ReviewRecord>();
  for (const [doc, { records }] of content.reviews) for (const r of records) recordIndex.set(`${r.topic} ${doc}@${r.version}`, r);
  const review = reviewStatus(
    documents.map((d) => ({ id: d.id, versions: d.versions.map((v) => v.source.id), behavior: isBehaviorKind(d.kind) })),
    fingerprinted.map((c) => ({ ...c, review: { required: false, status: 'none' as const } })),
    (topic, version) => recordIndex.get(`${topic} ${version}`),
  );
  const cells: Cell[] = fingerprinted.map((c) => ({ ...c, review: review.get(`${c.topic} ${c.version}`)! }));
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
      provisional: cells.filter((c) => c.version === v.source.id && c.provisional).length,
      reviews: {
        required: cells.filter((c) => c.version === v.source.id && c.review.required).length,
        done: cells.filter((c) => c.version === v.source.id && c.review.required && satisfied(c.review)).length,
      },
      unconfirmed: v.principles.filter((p) => unconfirmed.has(principleKey(p))).map((p) => p.id),
    };
  });

  // derive: per version, the sentences it adds, and those of a latest version nobody has decided on.
  const sentencesOf = new Map<string, Atlas['versions'][number]['sentences']>();
  for (const d of documents) {
    const untracked = new Set((content.coverage.get(d.id)?.data.untracked ?? []).flatMap((u) => u.sentences));
    let coveredBefore = new Set<string>();
    d.versions.forEach((v, i) => {
      const mine = byVersion.get(v.source.id) ?? [];
      const covered = coveredSentences(v.doc, mine);
      const delta = sentenceDelta(d.versions[i - 1]?.doc, v.doc, coveredBefore);
      const latest = i === d.versions.length - 1;
      const undecided = latest ? delta.added.filter((s) => !covered.has(s.hash) && !untracked.has(s.hash)).map((s) => s.hash) : [];
      sentencesOf.set(v.source.id, {
        count: hashedSentences(v.doc).length,
        added: delta.added.length,
        coveredRemoved: delta.coveredRemoved.length,
        nothingNew: delta.nothingNew,
        undecided: [...new Set(undecided)],
      });
      coveredBefore = covered;
    });
  }

  const body = {
    labs: content.labs,
    documents: documents.map(({ versions, importer: _importer, ...d }) => ({
      ...d,
      short: d.short ?? d.title,
      binds: bindsByKind[d.kind],
      versions: versions.map((v) => v.source.id),
      knownUnpinned: content.known
        .filter((k) => k.document === d.id)
        .map(({ document: _d, ...k }) => k)
        .sort((a, b) => a.date.localeCompare(b.date)),
    })),
    versions: documents.flatMap((d) =>
      d.versions.map((v, i) => ({
        ...v.source,
        verified: v.source.kind === 'text-of-record',
        ...(i > 0 ? { previous: d.versions[i - 1]!.source.id } : {}),
        latest: i === d.versions.length - 1,
        removed: removedBy.get(v.source.id) ?? [],
        linesMatchFile: v.doc.linesMatchFile,
        longLines: hasLongLines(v.doc.text),
        anchors: Object.fromEntries(v.doc.sections.filter((s) => s.title).map((s) => [s.id, s.title])),
        sentences: sentencesOf.get(v.source.id)!,
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
    audits: content.audits.map((a) => a.audit).sort((a, b) => a.date.localeCompare(b.date)),
  };
  const atlas = {
    about:
      'Spec Atlas dataset: AI labs’ behavior documents, normalized into principles with verbatim quotes from pinned texts of record, aligned to one taxonomy of topics. Quotes are the publishers’ words under their licences (see versions[].licence); everything else is Spec Atlas’s.',
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

/** Per document's latest version: principles that state a rule with quotes of their own, of all its principles (sections read through their rules are not rules). */
export function ruleLine(atlas: Atlas): string {
  return atlas.documents
    .filter((d) => ['model-spec', 'constitution'].includes(d.kind))
    .map((d) => {
      const mine = atlas.principles.filter((p) => p.version === d.versions.at(-1));
      return `${d.id} ${mine.filter((p) => !p.rules).length} of ${mine.length} principles`;
    })
    .join('; ');
}

/** The latest audit in one line: how many cells were judged correct, debatable and wrong. */
export function auditLine(atlas: Atlas): string {
  const a = atlas.audits.at(-1);
  if (!a) return 'audit of our accuracy: none yet';
  const n = verdictCounts(a.cells);
  const agreement = auditAgreement(a.cells);
  const check = agreement ? `; a second auditor gave the same verdict on ${agreement.same} of ${agreement.checked}` : '';
  return `audit of our accuracy ${a.date} (seed ${a.seed}): ${n.correct} of ${n.total} correct (${n.correctShare.toFixed(1)} %), ${n.debatable} debatable, ${n.wrong} wrong${check}`;
}

/** Review coverage in one line: done of required, as a percentage, and what is outstanding. */
export function reviewLine(atlas: Atlas): string {
  const required = atlas.coverage.reduce((n, c) => n + c.reviews.required, 0);
  const done = atlas.coverage.reduce((n, c) => n + c.reviews.done, 0);
  const count = (s: string): number => atlas.cells.filter((c) => c.review.required && c.review.status === s).length;
  const pct = required ? ((100 * done) / required).toFixed(1) : '100.0';
  return `${done} of ${required} cells that need one (${pct} %); disputed ${count('disputed')}, stale ${count('stale')}, not yet read ${count('none')}`;
}

/** The build summary: what was loaded, verified and derived. */
export function summarize(atlas: Atlas, imported: readonly ImportedVersion[]): string {
  const states = cellStateSchema.options.map((s) => `${s} ${atlas.cells.filter((c) => c.state === s).length}`).join(', ');
  const quotes = atlas.principles.reduce((n, p) => n + p.quotes.length, 0);
  const curatedQuotes = atlas.principles.reduce((n, p) => n + p.quotes.filter((q) => q.origin === 'curated').length, 0);
  const changeCount = (k: string): number => atlas.changes.filter((c) => c.class === k).length;
  const from = ['mirror', 'cache', 'download'].map((w) => `${w} ${imported.filter((v) => v.readFrom === w).length}`).join(', ');
  return [
    `Spec Atlas data ${atlas.dataVersion}`,
    `  labs ${atlas.labs.length}, documents ${atlas.documents.length}, versions ${atlas.versions.length} (texts of record read from: ${from}; all SHA-256 verified)`,
    `  principles ${atlas.principles.length}, quotes verified ${quotes} (${curatedQuotes} curated selectors)`,
    `  topics ${atlas.topics.length} in ${atlas.groups.length} groups; alignments ${atlas.alignments.filter((a) => a.origin === 'curated').length} curated, ${atlas.alignments.filter((a) => a.origin === 'suggested').length} machine-suggested; ${atlas.disagreements.length} aligner disagreements (${atlas.disagreements.filter((d) => !d.reviewed).length} not yet reviewed)`,
    `  cells ${atlas.cells.length}: ${states}; silent cells with a note on what was looked for: ${atlas.cells.filter((c) => c.state === 'silent' && c.note).length}`,
    `  cells with adjustments ${atlas.cells.filter((c) => c.adjustments.length).length} (stated by a passage ${atlas.cells.filter((c) => c.adjustments.some((a) => a.basis === 'stated')).length}), with scopes ${atlas.cells.filter((c) => c.scopes.length).length}, with see-also ${atlas.cells.filter((c) => c.seeAlso.length).length}; provisional ${atlas.cells.filter((c) => c.provisional).length} (no decisive passage ${atlas.cells.filter((c) => c.pending.includes('no-decisive-passage')).length}, reading not confirmed for its version ${atlas.cells.filter((c) => c.pending.includes('reading-not-confirmed-for-version')).length})`,
    `  rules with their own quotes, latest versions: ${ruleLine(atlas)}`,
    `  sentences: latest versions with new sentences still undecided ${atlas.versions.filter((v) => v.sentences.undecided.length).length} (${atlas.versions.reduce((n, v) => n + v.sentences.undecided.length, 0)} sentences); versions with nothing new to read ${atlas.versions.filter((v) => v.sentences.nothingNew).length}`,
    `  second readings: ${reviewLine(atlas)}`,
    `  ${auditLine(atlas)}`,
    `  changes between versions ${atlas.changes.length}: stance ${changeCount('stance')}, wording ${changeCount('wording')}, formatting only ${changeCount('formatting')}; principles whose words changed without a confirmed reading ${atlas.coverage.reduce((n, c) => n + c.unconfirmed.length, 0)}`,
  ].join('\n');
}

/** One line only, or any line over 2,000 characters: a line number would not say where a quote is. */
export function hasLongLines(text: string): boolean {
  const lines = text.split('\n');
  return lines.filter((l) => l.trim()).length <= 1 || lines.some((l) => l.length > 2000);
}
