// npm run sources:sync -- <mirror folder> [--map <folder or file>=<lab>/<document>]… [--write]
// Compares a sources mirror's manifest.json with the project's content/sources/manifest.json and lists
// every mirror entry the project does not pin yet, as project entries (facts only: file, size, SHA-256,
// licence, repository, commit, path, download URL, date). A mirror folder maps to the project document
// that already pins files from it, or to one given with --map. With --write, the entries are added to
// the project manifest (sorted by document and date); nothing is written while any folder is unmapped.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runMain, projectRoot } from './cli.ts';
import { mirrorToEntries, type MirrorEntry } from '../src/lib/sources/sync-manifest.ts';
import type { SourceEntry } from '../src/schemas/source.ts';

await runMain(async () => {
  const args = process.argv.slice(2);
  const mirror = args.find((a) => !a.startsWith('--') && !args[args.indexOf(a) - 1]?.startsWith('--map'));
  if (!mirror) {
    console.error('usage: npm run sources:sync -- <mirror folder> [--map <folder>=<lab>/<document>] [--write]');
    return 2;
  }
  const maps = new Map<string, string>();
  args.forEach((a, i) => {
    if (a === '--map') {
      const [folder, doc] = (args[i + 1] ?? '').split('=');
      if (folder && doc) maps.set(folder, doc);
    }
  });
  const root = process.env['SPEC_ATLAS_CONTENT_ROOT'] || projectRoot;
  const manifestPath = join(root, 'content/sources/manifest.json');
  const project = JSON.parse(readFileSync(manifestPath, 'utf8')) as { versions: SourceEntry[] };
  const raw = JSON.parse(readFileSync(join(resolve(mirror), 'manifest.json'), 'utf8')) as MirrorEntry[] | { versions: MirrorEntry[] };
  const entries = Array.isArray(raw) ? raw : raw.versions;
  const { added, unmapped, same } = mirrorToEntries(entries, project.versions, maps);
  for (const e of added) console.log(`+ ${e.id}  (${e.file}, ${e.bytes} bytes)`);
  for (const s of same) console.log(`= ${s.file}: the same bytes as ${s.as}, pinned already`);
  for (const u of unmapped)
    console.log(
      `? ${u.folder}: ${u.count} entries, no project document pins files from this folder; pass --map ${u.folder}=<lab>/<document> after adding content/documents/<lab>/<document>.yaml`,
    );
  console.log(`${added.length} to add, ${same.length} already pinned under another name, ${unmapped.reduce((n, u) => n + u.count, 0)} in unmapped folders`);
  if (!args.includes('--write')) return 0;
  if (unmapped.length) {
    console.error('not written: map every folder first');
    return 1;
  }
  const versions = [...project.versions, ...added].sort(
    (a, b) => a.document.localeCompare(b.document) || a.date.localeCompare(b.date) || (a.sequence ?? 0) - (b.sequence ?? 0) || a.version.localeCompare(b.version),
  );
  writeFileSync(manifestPath, `${JSON.stringify({ ...project, versions }, null, 2)}\n`);
  console.log(`wrote ${manifestPath}: ${versions.length} versions`);
  return 0;
});
