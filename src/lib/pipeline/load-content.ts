import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { loadRedirectsFile, redirectProblems } from '../view/redirects.ts';
import { join } from 'node:path';
import { alignmentEntrySchema, type AlignmentEntry, type TopicLink } from '../../schemas/alignment.ts';
import { contexts } from '../../schemas/stance.ts';
import { curationShapeSchema, principleCurationSchema, type CurationFile } from '../../schemas/curation.ts';
import { documentSchema, type SpecDocument } from '../../schemas/document.ts';
import { coverageNotesSchema, editorialPrincipleSchema, type CoverageNotes, type EditorialPrinciple } from '../../schemas/editorial.ts';
import { documentIdPattern, slugPattern } from '../../schemas/ids.ts';
import { labSchema, type Lab } from '../../schemas/lab.ts';
import { reviewRecordSchema, type ReviewRecord } from '../../schemas/review.ts';
import { auditSchema, type Audit } from '../../schemas/audit.ts';
import { knownVersionSchema, sourceEntrySchema, type KnownVersion, type SourceEntry } from '../../schemas/source.ts';
import { crosswalkEntrySchema, groupSchema, topicSchema, type CrosswalkEntry, type Group, type Topic } from '../../schemas/taxonomy.ts';
import { ContentError, throwCollected } from './content-error.ts';
import { unreadContentFiles } from './content-tree.ts';
import { listYaml, readContentFile } from './load-files.ts';
import { validateEntry, validateList } from './validate-entry.ts';

/** The authored content, parsed and validated, before any text of record is read. */
export interface Content {
  labs: Lab[];
  documents: SpecDocument[];
  sources: SourceEntry[];
  groups: Group[];
  topics: Topic[];
  crosswalks: { ailuminate: CrosswalkEntry[]; air2024: CrosswalkEntry[] };
  /** Curation per document id, with the file it came from. */
  curation: Map<string, { file: string; data: CurationFile }>;
  /** Curated alignments per document id, with the files they came from. */
  alignments: Map<string, Readings<AlignmentEntry>>;
  /** Editorial principles per document id, with the files they came from. */
  editorial: Map<string, Readings<EditorialPrinciple>>;
  /** Coverage notes per document id: principles out of scope, and why cells are silent. */
  coverage: Map<string, { file: string; data: CoverageNotes }>;
  /** Second readings per document id, with the file they came from. */
  reviews: Map<string, { file: string; records: ReviewRecord[] }>;
  /** Finished audits (content/audits/<date>.yaml, or <date>-seed<n>.yaml for a second one that day), oldest first. */
  audits: { file: string; audit: Audit }[];
  /** Versions known to be published but not pinned. */
  known: KnownVersion[];
}

/** A document's readings, gathered from its file and the files of its folder, with the file each entry came from. */
export interface Readings<T> {
  /** The document's main file (content/<kind>/<lab>/<document>.yaml), else its first part. */
  file: string;
  entries: T[];
  /** The file each entry came from, by its id. */
  fileOf: Map<string, string>;
}

/**
 * The reading files of a folder (principles, alignments, coverage): a document's file
 * <lab>/<document>.yaml and, for a long document read in parts, the files of <lab>/<document>/. Each
 * carries the document id it belongs to.
 */
function readingFiles(dir: string): { path: string; name: string; part: boolean }[] {
  return listYaml(dir).map(({ path, name }) => {
    const segments = name.split('/');
    return { path, name: segments.slice(0, 2).join('/'), part: segments.length > 2 };
  });
}

/** Two coverage files of one document, as one: their lists joined. */
function mergeCoverage(a: CoverageNotes, b: CoverageNotes): CoverageNotes {
  const out: Record<string, unknown> = { ...a };
  for (const [k, v] of Object.entries(b)) out[k] = Array.isArray(v) ? [...((a as Record<string, unknown[] | undefined>)[k] ?? []), ...v] : v;
  return out as CoverageNotes;
}

function checkUnique<T>(items: T[], idOf: (t: T) => string, file: (t: T) => string, what: string): void {
  const seen = new Map<string, T>();
  for (const item of items) {
    const id = idOf(item);
    const before = seen.get(id);
    if (before) throw new ContentError(file(item), id, 'id', `duplicate ${what} id "${id}" (also in ${file(before)})`);
    seen.set(id, item);
  }
}

/** The document prefixes an editor restricted the build to with SPEC_ATLAS_ONLY=xai/,meta/ (none: everything). */
export function onlyFromEnv(env: NodeJS.ProcessEnv): string[] | undefined {
  return env['SPEC_ATLAS_ONLY'] ? env['SPEC_ATLAS_ONLY'].split(',').filter(Boolean) : undefined;
}

/**
 * load + validate: reads every authored file under `content/`, checks it against its schema, and
 * checks that every reference (lab, document, group, topic, crosswalk) resolves. Throws a ContentError
 * naming file, entry and field at the first problem.
 */
export function loadContent(root: string, options: { only?: readonly string[] } = {}): Content {
  // No file is silently skipped: one the build would not read is an error.
  throwCollected(unreadContentFiles(root).map((u) => new ContentError(u.file, '(file)', '(location)', u.problem)));
  // Editors working on some documents can restrict a build to them (see onlyFromEnv).
  const only = options.only;
  const keep = (docId: string): boolean => !only || only.some((prefix) => docId.startsWith(prefix));
  const dir = (p: string): string => join(root, 'content', p);

  // Problems are collected file by file and reported together, stage by stage (a later stage would only repeat them).
  const errors: ContentError[] = [];
  const attempt = <T>(f: () => T): T | undefined => {
    try {
      return f();
    } catch (e) {
      if (e instanceof ContentError) {
        errors.push(e);
        return undefined;
      }
      throw e;
    }
  };
  const labs = listYaml(dir('labs')).flatMap(
    ({ path, name }) =>
      attempt(() => {
        const { file, data } = readContentFile(root, path);
        if (!slugPattern.test(name)) throw new ContentError(file, name, '(file name)', 'a lab file name must be a kebab-case id');
        return [{ id: name, ...validateEntry(labSchema, data, file, name) }];
      }) ?? [],
  );
  throwCollected(errors);
  const labIds = new Set(labs.map((l) => l.id));

  const docFiles = new Map<string, string>();
  const documents = listYaml(dir('documents'))
    .filter(({ name }) => keep(name))
    .flatMap(
      ({ path, name }) =>
        attempt(() => {
          const { file, data } = readContentFile(root, path);
          if (!documentIdPattern.test(name)) throw new ContentError(file, name, '(file name)', 'a document lives at content/documents/<lab>/<document>.yaml');
          const doc = validateEntry(documentSchema, data, file, name);
          if (!labIds.has(doc.lab)) throw new ContentError(file, name, 'lab', `unknown lab "${doc.lab}" (no content/labs/${doc.lab}.yaml)`);
          if (!name.startsWith(`${doc.lab}/`)) throw new ContentError(file, name, 'lab', `the lab "${doc.lab}" does not match the folder "${name.split('/')[0]}"`);
          docFiles.set(name, file);
          return [{ id: name, ...doc }];
        }) ?? [],
    );
  throwCollected(errors);
  const docIds = new Set(documents.map((d) => d.id));
  if (only && !documents.length) {
    const all = listYaml(dir('documents')).map(({ name }) => name);
    throw new ContentError(
      'SPEC_ATLAS_ONLY',
      only.join(','),
      '(prefixes)',
      `matches no document; a prefix is the start of a document id, e.g. ${[...new Set(all.map((n) => `${n.split('/')[0]}/`))].slice(0, 6).join(', ')}`,
    );
  }

  const manifestPath = dir('sources/manifest.json');
  if (!existsSync(manifestPath)) throw new ContentError('content/sources/manifest.json', '(file)', '(file)', 'the sources manifest is missing');
  const manifest = readContentFile(root, manifestPath);
  const versionsList = (manifest.data as { versions?: unknown } | null)?.versions;
  const sources = validateList(sourceEntrySchema, versionsList, manifest.file, 'id')
    .filter((entry) => keep(entry.document))
    .map((entry) => {
      if (!docIds.has(entry.document))
        throw new ContentError(manifest.file, entry.id, 'document', `unknown document "${entry.document}" (no content/documents/${entry.document}.yaml)`);
      if (entry.id !== `${entry.document}@${entry.version}`)
        throw new ContentError(manifest.file, entry.id, 'id', `must be "${entry.document}@${entry.version}" (document@version)`);
      const git = [entry.repo, entry.commit, entry.path].filter(Boolean).length;
      if (git > 0 && git < 3)
        throw new ContentError(manifest.file, entry.id, entry.repo ? (entry.commit ? 'path' : 'commit') : 'repo', 'a text from git gives repo, commit and path together');
      if (git === 0 && !entry.archived)
        throw new ContentError(
          manifest.file,
          entry.id,
          'archived',
          'say where the bytes come from: repo, commit and path for a text in git, or archived { url, retrieved } for one that is not',
        );
      return entry;
    });
  checkUnique(
    sources,
    (s) => s.id,
    () => manifest.file,
    'version',
  );
  for (const d of documents) {
    if (!sources.some((s) => s.document === d.id))
      throw new ContentError(docFiles.get(d.id)!, d.id, '(versions)', `no version of this document in ${manifest.file}: pin at least one (npm run sources:sync or sources:add)`);
  }

  const groupsFile = readContentFile(root, dir('taxonomy/groups.yaml'));
  const groups = validateList(groupSchema, groupsFile.data, groupsFile.file, 'id');
  checkUnique(
    groups,
    (g) => g.id,
    () => groupsFile.file,
    'group',
  );
  const groupIds = new Set(groups.map((g) => g.id));

  const readCrosswalk = (name: string): CrosswalkEntry[] => {
    const f = readContentFile(root, dir(`crosswalks/${name}.yaml`));
    const entries = validateList(crosswalkEntrySchema, f.data, f.file, 'id');
    checkUnique(
      entries,
      (e) => e.id,
      () => f.file,
      'crosswalk',
    );
    return entries;
  };
  const crosswalks = { ailuminate: readCrosswalk('ailuminate'), air2024: readCrosswalk('air-2024') };
  const cw = { ailuminate: new Set(crosswalks.ailuminate.map((e) => e.id)), air2024: new Set(crosswalks.air2024.map((e) => e.id)) };

  const topicFiles = new Map<string, string>();
  const topics = listYaml(dir('taxonomy/topics')).flatMap(
    ({ path, name }) =>
      attempt(() => {
        const { file, data } = readContentFile(root, path);
        if (!slugPattern.test(name)) throw new ContentError(file, name, '(file name)', 'a topic file name must be a kebab-case id');
        const topic = validateEntry(topicSchema, data, file, name);
        if (!groupIds.has(topic.group)) throw new ContentError(file, name, 'group', `unknown group "${topic.group}" (not in content/taxonomy/groups.yaml)`);
        for (const key of ['ailuminate', 'air2024'] as const) {
          (topic.crosswalk?.[key] ?? []).forEach((ref, i) => {
            if (!cw[key].has(ref)) throw new ContentError(file, name, `crosswalk.${key}[${i}]`, `unknown ${key} category "${ref}"`);
          });
        }
        topicFiles.set(name, file);
        return [{ id: name, ...topic }];
      }) ?? [],
  );
  throwCollected(errors);
  const topicIds = new Set(topics.map((t) => t.id));
  for (const topic of topics) {
    (topic.related ?? []).forEach((ref, i) => {
      if (!topicIds.has(ref)) throw new ContentError(topicFiles.get(topic.id)!, topic.id, `related[${i}]`, `unknown topic "${ref}"`);
    });
  }

  const docById = new Map(documents.map((d) => [d.id, d]));
  const curation = new Map<string, { file: string; data: CurationFile }>();
  for (const { path, name } of listYaml(dir('curation')).filter(({ name }) => keep(name))) {
    attempt(() => {
      const { file, data } = readContentFile(root, path);
      if (!docIds.has(name)) throw new ContentError(file, name, '(file name)', `unknown document "${name}" (no content/documents/${name}.yaml)`);
      // The file's shape first, then entry by entry, so a problem names the principle it is in.
      const shape = validateEntry(curationShapeSchema, data, file, name);
      const principles = Object.fromEntries(Object.entries(shape.principles).map(([id, entry]) => [id, validateEntry(principleCurationSchema, entry, file, id)]));
      curation.set(name, { file, data: { principles } });
    });
  }

  const alignments = new Map<string, Readings<AlignmentEntry>>();
  for (const { path, name, part } of readingFiles(dir('alignments')).filter(({ name }) => keep(name))) {
    attempt(() => {
      const { file, data } = readContentFile(root, path);
      if (!docIds.has(name)) throw new ContentError(file, name, '(file name)', `unknown document "${name}" (no content/documents/${name}.yaml)`);
      const entries = validateList(alignmentEntrySchema, data, file, 'principle');
      const scopes = new Set([...contexts, ...(docById.get(name)?.scopes ?? []).map((s) => s.id)]);
      // A document that names who can change its defaults (its parties) is read with no one else.
      const parties = docById.get(name)?.parties;
      for (const entry of entries) {
        const lists: [string, TopicLink[]][] = [
          ['topics', entry.topics],
          ...Object.entries(entry.versions ?? {}).flatMap(([label, r]) => (r.topics ? [[`versions.${label}.topics`, r.topics] as [string, TopicLink[]]] : [])),
        ];
        for (const [field, list] of lists) {
          const seen = new Map<string, number>();
          list.forEach((link, j) => {
            if (!topicIds.has(link.topic)) {
              throw new ContentError(file, entry.principle, `${field}[${j}].topic`, `unknown topic "${link.topic}" (no content/taxonomy/topics/${link.topic}.yaml)`);
            }
            const party = link.by ?? (link.stance?.override === 'operator' ? 'operator' : undefined);
            if (parties && party && !parties.includes(party)) {
              throw new ContentError(file, entry.principle, `${field}[${j}].${link.by ? 'by' : 'stance.override'}`, `names the ${party}, but ${onlyParties(name, parties)}`);
            }
            if (link.scope && !scopes.has(link.scope)) {
              throw new ContentError(
                file,
                entry.principle,
                `${field}[${j}].scope`,
                `unknown scope "${link.scope}": use a context (${contexts.filter((c) => c !== 'all').join(', ')}) or declare it under "scopes" in content/documents/${name}.yaml`,
              );
            }
            // One principle answers a topic once per role and scope; twice would decide the cell against itself.
            const key = `${link.topic} ${link.role ?? ''} ${link.scope ?? ''} ${link.by ?? ''} ${link.to ?? ''}`;
            const before = seen.get(key);
            if (before !== undefined) {
              throw new ContentError(
                file,
                entry.principle,
                `${field}[${j}].topic`,
                `links the topic "${link.topic}" a second time in the same role (also ${field}[${before}]): keep one link, or give each its own role`,
              );
            }
            seen.set(key, j);
          });
        }
      }
      const into = alignments.get(name) ?? { file, entries: [], fileOf: new Map<string, string>() };
      for (const e of entries) {
        const before = into.fileOf.get(e.principle);
        if (before) throw new ContentError(file, e.principle, 'principle', `duplicate principle id "${e.principle}" (also in ${before})`);
        into.entries.push(e);
        into.fileOf.set(e.principle, file);
      }
      if (!part) into.file = file;
      alignments.set(name, into);
    });
  }

  throwCollected(errors);
  const editorial = new Map<string, Readings<EditorialPrinciple>>();
  for (const { path, name, part } of readingFiles(dir('principles')).filter(({ name }) => keep(name))) {
    attempt(() => {
      const { file, data } = readContentFile(root, path);
      const doc = docById.get(name);
      if (!doc) throw new ContentError(file, name, '(file name)', `unknown document "${name}" (no content/documents/${name}.yaml)`);
      const list = (data as { principles?: unknown } | null)?.principles;
      const entries = validateList(editorialPrincipleSchema, list, file, 'id');
      const into = editorial.get(name) ?? { file, entries: [], fileOf: new Map<string, string>() };
      for (const e of entries) {
        const before = into.fileOf.get(e.id);
        if (before) throw new ContentError(file, e.id, 'id', `duplicate principle id "${e.id}" (also in ${before})`);
        if (doc.parties && e.override === 'operator' && !doc.parties.includes('operator'))
          throw new ContentError(file, e.id, 'override', `says the operator can override it, but ${onlyParties(name, doc.parties)}`);
        into.entries.push(e);
        into.fileOf.set(e.id, file);
      }
      if (!part) into.file = file;
      editorial.set(name, into);
    });
  }

  throwCollected(errors);
  const groupIdSet = new Set(groups.map((g) => g.id));
  const coverage = new Map<string, { file: string; data: CoverageNotes }>();
  for (const { path, name, part } of readingFiles(dir('coverage')).filter(({ name }) => keep(name))) {
    attempt(() => {
      const { file, data } = readContentFile(root, path);
      if (!docIds.has(name)) throw new ContentError(file, name, '(file name)', `unknown document "${name}" (no content/documents/${name}.yaml)`);
      const notes = validateEntry(coverageNotesSchema, data, file, name);
      (notes.silent ?? []).forEach((n, i) => {
        n.topics?.forEach((t, j) => {
          if (!topicIds.has(t)) throw new ContentError(file, name, `silent[${i}].topics[${j}]`, `unknown topic "${t}"`);
        });
        n.groups?.forEach((g, j) => {
          if (!groupIdSet.has(g)) throw new ContentError(file, name, `silent[${i}].groups[${j}]`, `unknown group "${g}"`);
        });
        if (!n.topics && !n.groups) throw new ContentError(file, name, `silent[${i}]`, 'names no topics and no groups');
      });
      (notes.readAsRules ?? []).forEach((id, i) => {
        if ((notes.outOfScope ?? []).some((o) => o.principle === id))
          throw new ContentError(file, id, `readAsRules[${i}]`, 'also listed under outOfScope: a principle is read through its rules, or out of scope, not both');
      });
      (notes.conflicts ?? []).forEach((c, i) => {
        if (!topicIds.has(c.topic)) throw new ContentError(file, name, `conflicts[${i}].topic`, `unknown topic "${c.topic}"`);
      });
      const before = coverage.get(name);
      coverage.set(name, before ? { file: part ? before.file : file, data: mergeCoverage(before.data, notes) } : { file, data: notes });
    });
  }

  throwCollected(errors);
  const reviews = new Map<string, { file: string; records: ReviewRecord[] }>();
  for (const { path, name } of listYaml(dir('reviews')).filter(({ name }) => keep(name))) {
    attempt(() => {
      const { file, data } = readContentFile(root, path, { strings: true });
      if (!docIds.has(name)) throw new ContentError(file, name, '(file name)', `unknown document "${name}" (no content/documents/${name}.yaml)`);
      const records = validateList(reviewRecordSchema, data, file, 'topic');
      const labels = new Set(sources.filter((s) => s.document === name).map((s) => s.version));
      const firstReaders = new Set(coverage.get(name)?.data.readBy ?? []);
      const seen = new Map<string, number>();
      records.forEach((r, i) => {
        const entry = `${r.topic} in ${r.version}`;
        if (!topicIds.has(r.topic)) throw new ContentError(file, entry, `[${i}].topic`, `unknown topic "${r.topic}"`);
        if (!labels.has(r.version)) throw new ContentError(file, entry, `[${i}].version`, `unknown version "${r.version}" of ${name}`);
        if (firstReaders.has(r.reader))
          throw new ContentError(file, entry, `[${i}].reader`, `${r.reader} wrote readings of ${name} (coverage file, readBy): a second reading is by someone else`);
        const before = seen.get(`${r.topic} ${r.version}`);
        if (before !== undefined) throw new ContentError(file, entry, `[${i}]`, `a second record for the same cell (also [${before}]): keep the one for the cell as it reads now`);
        seen.set(`${r.topic} ${r.version}`, i);
      });
      reviews.set(name, { file, records });
    });
  }

  throwCollected(errors);
  // Audits are of the whole dataset: a build restricted to some documents leaves them out.
  const audits = only
    ? []
    : listYaml(dir('audits'))
        .map(({ path, name }) => {
          const { file, data } = readContentFile(root, path);
          const audit = validateEntry(auditSchema, data, file, name);
          // Named by its date; a later audit of the same day also by its seed.
          if (name !== audit.date && name !== `${audit.date}-seed${audit.seed}`)
            throw new ContentError(
              file,
              name,
              'date',
              `the file is named by the audit's date (and, for a second audit that day, its seed): content/audits/${audit.date}.yaml or ${audit.date}-seed${audit.seed}.yaml`,
            );
          const seen = new Set<string>();
          audit.cells.forEach((c, i) => {
            const entry = `${c.topic} in ${c.version}`;
            if (!topicIds.has(c.topic)) throw new ContentError(file, entry, `cells[${i}].topic`, `unknown topic "${c.topic}"`);
            const source = sources.find((s) => s.id === c.version);
            if (!source) throw new ContentError(file, entry, `cells[${i}].version`, `unknown version "${c.version}"`);
            if (seen.has(`${c.topic} ${c.version}`)) throw new ContentError(file, entry, `cells[${i}]`, 'drawn twice');
            seen.add(`${c.topic} ${c.version}`);
            // An auditor takes no part in the readings of the cells they judge.
            const wrote = coverage.get(source.document)?.data.readBy ?? [];
            const checked = reviews.get(source.document)?.records.find((r) => r.topic === c.topic && c.version.endsWith(`@${r.version}`));
            const tookPart = (reader: string): boolean => wrote.includes(reader) || checked?.reader === reader || checked?.decision?.reader === reader;
            if (tookPart(c.reader)) throw new ContentError(file, entry, `cells[${i}].reader`, `${c.reader} took part in this cell's readings: an auditor must not have`);
            if (c.check && tookPart(c.check.reader))
              throw new ContentError(file, entry, `cells[${i}].check.reader`, `${c.check.reader} took part in this cell's readings: an auditor must not have`);
          });
          return { file, audit, name };
        })
        // Oldest first: by date; on one day the date-named audit before those named by their seed, and
        // those by the time they were drawn.
        .sort(
          (a, b) =>
            a.audit.date.localeCompare(b.audit.date) ||
            Number(a.name !== a.audit.date) - Number(b.name !== b.audit.date) ||
            (a.audit.drawnAt ?? '').localeCompare(b.audit.drawnAt ?? '') ||
            a.audit.seed - b.audit.seed,
        )
        .map(({ file, audit }) => ({ file, audit }));

  // Redirects of renamed topics: from no live topic, to a live one, never round in a loop.
  const redirects = loadRedirectsFile(pathToFileURL(dir('redirects.yaml')));
  throwCollected(redirectProblems(redirects, topicIds).map((r) => new ContentError('content/redirects.yaml', r.from, `topics.${r.from}`, r.problem)));
  for (const [docId, map] of Object.entries(redirects.principles ?? {})) {
    if (!listYaml(dir('documents')).some(({ name }) => name === docId))
      throw new ContentError('content/redirects.yaml', docId, `principles.${docId}`, `unknown document "${docId}"`);
    void map;
  }

  const knownPath = dir('sources/known-versions.json');
  const knownFile = existsSync(knownPath) ? readContentFile(root, knownPath) : undefined;
  const known = knownFile
    ? validateList(knownVersionSchema, (knownFile.data as { versions?: unknown } | null)?.versions, knownFile.file, 'version').filter((k) => keep(k.document))
    : [];
  known.forEach((k, i) => {
    if (!docIds.has(k.document)) throw new ContentError(knownFile!.file, k.version, `versions[${i}].document`, `unknown document "${k.document}"`);
  });

  return { labs, documents, sources, groups, topics, crosswalks, curation, alignments, editorial, coverage, reviews, audits, known };
}

/** The end of an error about a party a document does not list (its `parties`). */
function onlyParties(document: string, parties: readonly string[]): string {
  return `content/documents/${document}.yaml says only ${parties.join(' and ')} can change defaults there (parties)`;
}
