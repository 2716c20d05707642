// npm run sources:status
// Per document: the newest version Spec Atlas pins, and any version known to be published that it
// could not pin (content/sources/known-versions.json), newer or beside it.
import { loadContent, onlyFromEnv } from '../src/lib/pipeline/load-content.ts';
import { projectRoot, runMain } from './cli.ts';

await runMain(async () => {
  const root = process.env['SPEC_ATLAS_CONTENT_ROOT'] || projectRoot;
  const only = onlyFromEnv(process.env);
  const content = loadContent(root, only ? { only } : {});
  for (const d of content.documents) {
    const pinned = content.sources.filter((s) => s.document === d.id).sort((a, b) => a.date.localeCompare(b.date) || (a.sequence ?? 0) - (b.sequence ?? 0));
    const last = pinned.at(-1);
    const known = content.known.filter((k) => k.document === d.id);
    const newer = known.filter((k) => !last || k.date > last.date);
    const flag = newer.length ? '  NEWER KNOWN' : '';
    console.log(`${d.id}: ${pinned.length} pinned, newest ${last ? `${last.version} (${last.date})` : 'none'}${flag}`);
    for (const k of known) console.log(`    ${k.date > (last?.date ?? '') ? 'newer' : 'beside'}: ${k.version} (${k.date}) ${k.url}`);
  }
  return 0;
});
