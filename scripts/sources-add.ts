// npm run sources:add -- <lab>/<document>@<version> <file> [--date YYYY-MM-DD] [--dated-by "…"] [--licence "…"]
//   [--repo owner/name --commit <40 hex> --path <path in the repository>] | [--archived-url <url> --retrieved YYYY-MM-DD]
//   [--write]
// Pins one version: computes the file's SHA-256 and size, works out its place in the mirror and its
// download address, fills in every manifest field it can, and says which remain. A text kept in git
// gives repo, commit and path (the download address follows from them); a text that is not gives the
// archived copy it was taken from and the day it was retrieved, and never an invented commit. With
// --write the entry is added to content/sources/manifest.json once nothing remains.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { extname, relative, resolve } from 'node:path';
import { sourceEntrySchema, type SourceEntry } from '../src/schemas/source.ts';
import { versionIdPattern } from '../src/schemas/ids.ts';
import { isSafeWebUrl } from '../src/schemas/url.ts';
import { projectRoot, runMain } from './cli.ts';

const option = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
};

await runMain(async () => {
  const [id, file] = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && !all[i - 1]?.startsWith('--'));
  if (!id || !file || !versionIdPattern.test(id)) {
    console.error(
      'usage: npm run sources:add -- <lab>/<document>@<version> <file> [--date …] [--dated-by …] [--licence …] [--repo … --commit … --path … | --archived-url … --retrieved …] [--write]',
    );
    return 2;
  }
  const root = process.env['SPEC_ATLAS_CONTENT_ROOT'] || projectRoot;
  const mirror = process.env['SPEC_ATLAS_SOURCES'];
  const [document, version] = id.split('@') as [string, string];
  const bytes = readFileSync(file);
  const abs = resolve(file);
  // Its place in the mirror: where it is, if it is inside the mirror; else where it should be put.
  const inMirror = mirror && abs.startsWith(resolve(mirror) + '/') ? relative(resolve(mirror), abs) : undefined;
  const place = inMirror ?? `${document}/${version}${extname(file)}`;
  const repo = option('--repo');
  const commit = option('--commit');
  const path = option('--path');
  const archivedUrl = option('--archived-url');
  const retrieved = option('--retrieved');
  const date = option('--date') ?? /^\d{4}-\d{2}-\d{2}/.exec(version)?.[0];
  const entry: Partial<SourceEntry> = {
    id,
    document,
    version,
    ...(date ? { date } : {}),
    ...(option('--dated-by') ? { datedBy: option('--dated-by')! } : {}),
    kind: 'text-of-record',
    file: place,
    bytes: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    ...(option('--licence') ? { licence: option('--licence')! } : {}),
    ...(repo && commit && path ? { repo, commit, path, rawUrl: `https://raw.githubusercontent.com/${repo}/${commit}/${path}` } : {}),
    ...(archivedUrl && retrieved ? { archived: { url: archivedUrl, retrieved }, rawUrl: archivedUrl } : {}),
  };
  const missing: string[] = [];
  if (!entry.date) missing.push('--date (when the version was published or captured)');
  if (!entry.datedBy) missing.push('--dated-by (how the date was established, e.g. "commit date")');
  if (!entry.licence) missing.push('--licence (as the source states it, or "unknown (no LICENSE file)")');
  if (!entry.rawUrl) missing.push('where the bytes come from: --repo, --commit and --path for a text in git, or --archived-url and --retrieved for one that is not');
  if (archivedUrl && !isSafeWebUrl(archivedUrl)) missing.push('--archived-url must be an absolute https address');
  console.log(JSON.stringify(entry, null, 2));
  if (!inMirror) console.log(`\nput the file in the mirror at ${mirror ? resolve(mirror, place) : `<mirror>/${place}`} (the manifest names it by that path)`);
  if (missing.length) {
    console.log(`\nstill to give:\n${missing.map((m) => `  ${m}`).join('\n')}`);
    return process.argv.includes('--write') ? 1 : 0;
  }
  const checked = sourceEntrySchema.safeParse(entry);
  if (!checked.success) {
    console.error(`not a valid manifest entry: ${checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    return 1;
  }
  if (!process.argv.includes('--write')) {
    console.log('\ncomplete: run again with --write to add it to content/sources/manifest.json');
    return 0;
  }
  const manifestPath = resolve(root, 'content/sources/manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { versions: SourceEntry[] };
  if (manifest.versions.some((v) => v.id === id)) {
    console.error(`${id} is pinned already`);
    return 1;
  }
  manifest.versions.push(checked.data);
  manifest.versions.sort(
    (a, b) => a.document.localeCompare(b.document) || a.date.localeCompare(b.date) || (a.sequence ?? 0) - (b.sequence ?? 0) || a.version.localeCompare(b.version),
  );
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`\nadded ${id} to content/sources/manifest.json`);
  return 0;
});
