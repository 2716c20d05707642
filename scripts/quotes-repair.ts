// npm run quotes:repair -- <document prefix> [--write]
// After new versions are pinned: every quote of an editorial document that no longer resolves in some
// version, with a proposal — re-point it at the most alike sentences of that version (under
// `quotesFrom.<label>`), or leave the principle out of that version (`except`). --write puts the
// proposals into content/principles/…; "manual" cases are left for an editor. Re-pointed words are new
// words: `npm run align -- --doc` then asks for the reading to be confirmed for that version.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument, YAMLMap, YAMLSeq } from 'yaml';
import { loadContent, onlyFromEnv } from '../src/lib/pipeline/load-content.ts';
import { importVersions } from '../src/lib/pipeline/import-principles.ts';
import { repairSelectors } from '../src/lib/quotes/repair-selectors.ts';
import { locationsFromEnv } from '../src/lib/sources/resolve-source.ts';
import { projectRoot, runMain } from './cli.ts';

await runMain(async () => {
  const prefix = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? '';
  const write = process.argv.includes('--write');
  const root = process.env['SPEC_ATLAS_CONTENT_ROOT'] || projectRoot;
  const only = onlyFromEnv(process.env);
  const content = loadContent(root, only ? { only } : {});
  const docs = [...content.editorial.keys()].filter((d) => d.startsWith(prefix));
  const raw = await importVersions({ ...content, sources: content.sources.filter((s) => docs.includes(s.document)) }, locationsFromEnv(process.env, root), { curate: false });
  let total = 0;
  for (const docId of docs) {
    const { file, entries, fileOf } = content.editorial.get(docId)!;
    const versions = raw.filter((v) => v.source.document === docId).map((v) => ({ label: v.source.version, doc: v.doc }));
    const proposals = repairSelectors(entries, versions);
    if (!proposals.length) continue;
    total += proposals.length;
    console.log(`\n${docId} (${file}):`);
    for (const p of proposals) {
      if (p.kind === 'repointed') console.log(`  ${p.principle} @ ${p.label}: re-point (alike ${p.similarity.join(', ')} to the words of ${p.like})`);
      else if (p.kind === 'absent') console.log(`  ${p.principle} @ ${p.label}: nothing alike in this version; left out of it (except)`);
      else console.log(`  ${p.principle} @ ${p.label}: MANUAL — ${p.reason}`);
    }
    if (!write) continue;
    // Each principle's file (a long document may be read in several).
    for (const target of new Set(proposals.map((p) => fileOf.get(p.principle) ?? file))) {
      const path = join(root, target);
      const doc = parseDocument(readFileSync(path, 'utf8'));
      const list = doc.get('principles') as YAMLSeq<YAMLMap>;
      for (const p of proposals.filter((x) => (fileOf.get(x.principle) ?? file) === target)) {
        const entry = list.items.find((m) => m.get('id') === p.principle)!;
        if (p.kind === 'repointed') {
          if (!entry.has('quotesFrom')) entry.set('quotesFrom', doc.createNode({}));
          const node = doc.createNode(p.selectors.map((s) => ({ ...s })));
          for (const item of (node as YAMLSeq).items) (item as YAMLMap).flow = true;
          (entry.get('quotesFrom') as YAMLMap).set(p.label, node);
        } else if (p.kind === 'absent') {
          if (!entry.has('except')) entry.set('except', doc.createNode([]));
          const list = entry.get('except') as YAMLSeq;
          list.flow = true;
          list.add(p.label);
        }
      }
      writeFileSync(path, doc.toString({ lineWidth: 0 }));
      console.log(`  wrote ${target}`);
    }
  }
  console.log(`\n${total} proposals${write ? ' written (manual ones left)' : ''}`);
  return 0;
});
