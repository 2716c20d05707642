// npm run quote -- <version id> "<snippet>"
// Turns a snippet of a text of record into a quote selector to paste into a curation file, and shows
// the words it selects with some context, so an editor can check it selects what they meant.
import { loadContent, onlyFromEnv } from '../src/lib/pipeline/load-content.ts';
import { importVersions } from '../src/lib/pipeline/import-principles.ts';
import type { Selector } from '../src/schemas/selector.ts';
import { findSelectors } from '../src/lib/quotes/find-selector.ts';
import { locationsFromEnv } from '../src/lib/sources/resolve-source.ts';
import { projectRoot, runMain } from './cli.ts';

/** A selector as one line of YAML, to paste into a content file. */
function toYaml(selector: Selector): string {
  return `{ ${Object.entries(selector)
    .map(([k, v]) => `${k}: ${v}`)
    .join(', ')} }`;
}

await runMain(async () => {
  const [versionId, ...rest] = process.argv.slice(2);
  const snippet = rest.join(' ');
  if (!versionId || !snippet) {
    console.error('usage: npm run quote -- <version id, e.g. openai/model-spec@2025-12-18> "<snippet>"');
    return 2;
  }
  const only = onlyFromEnv(process.env);
  const root = process.env['SPEC_ATLAS_CONTENT_ROOT'] || projectRoot;
  const content = loadContent(root, only ? { only } : {});
  const source = content.sources.find((s) => s.id === versionId);
  if (!source) {
    console.error(`unknown version "${versionId}"; known: ${content.sources.map((s) => s.id).join(', ')}`);
    return 2;
  }
  const imported = await importVersions({ ...content, sources: [source] }, locationsFromEnv(process.env, root), { curate: false });
  const text = imported[0]!.doc;
  const matches = findSelectors(text, snippet);
  if (!matches.length) {
    console.error(`the snippet does not occur in ${versionId} (whitespace is ignored, everything else must match exactly)`);
    return 1;
  }
  if (matches.length > 1) console.log(`# the snippet occurs ${matches.length} times; one selector per occurrence\n`);
  for (const m of matches) {
    console.log(`selector: ${toYaml(m.selector)}`);
    for (const alt of m.alternatives) console.log(`      or: ${toYaml(alt)}`);
    console.log(`selects:  ${m.text}`);
    const before = text.text.slice(Math.max(0, m.start - 160), m.start).replace(/\s+/g, ' ');
    const after = text.text.slice(m.end, m.end + 160).replace(/\s+/g, ' ');
    console.log(`context:  …${before}[[${m.text.replace(/\s+/g, ' ')}]]${after}…\n`);
  }
  return 0;
});
