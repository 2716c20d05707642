// npm run align [-- --write | --check]
// Prints the alignment report; --write refreshes reports/alignment-report.md; --check fails when it is stale.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { alignmentReport, documentGaps, reviewCoverage, unconfirmedReadings } from '../src/lib/pipeline/alignment-report.ts';
import { onlyFromEnv } from '../src/lib/pipeline/load-content.ts';
import { runPipeline } from '../src/lib/pipeline/run-pipeline.ts';
import { locationsFromEnv } from '../src/lib/sources/resolve-source.ts';
import { projectRoot, runMain } from './cli.ts';
import { hashedSentences } from '../src/lib/derive/sentence-changes.ts';

const REPORT = 'reports/alignment-report.md';
// The project, or another content root (a test fixture) named by SPEC_ATLAS_CONTENT_ROOT.
const root = process.env['SPEC_ATLAS_CONTENT_ROOT'] || projectRoot;

await runMain(async () => {
  const docArg = process.argv.indexOf('--doc');
  if (docArg !== -1) {
    // Work list for one document (or a lab, by prefix): what is left to align or explain.
    const prefix = process.argv[docArg + 1] ?? '';
    const { atlas, imported } = await runPipeline(root, locationsFromEnv(process.env, root), onlyFromEnv(process.env));
    for (const gap of documentGaps(atlas).filter((g) => g.document.startsWith(prefix))) {
      const principles = atlas.principles.filter((p) => p.version === gap.version).length;
      console.log(`${gap.version}: ${principles} principles; unaligned ${gap.unaligned.length}: ${gap.unaligned.join(', ') || '—'}`);
      console.log(`  out of scope ${gap.outOfScope.length}: ${gap.outOfScope.join(', ') || '—'}`);
      console.log(`  silent without a note ${gap.unexplained.length}: ${gap.unexplained.join(', ') || '—'}`);
      console.log(`  no decisive passage (provisional) ${gap.undecided.length}: ${gap.undecided.join(', ') || '—'}`);
    }
    for (const r of reviewCoverage(atlas).filter((x) => x.document.startsWith(prefix) || x.document === 'overall')) {
      console.log(`second readings, ${r.document}: ${r.done} of ${r.required} (${r.pct})`);
    }
    for (const v of atlas.versions.filter((x) => x.id.startsWith(prefix) && x.sentences.undecided.length)) {
      // New sentences of a latest version that no principle covers: each needs a decision.
      const doc = imported.find((i) => i.source.id === v.id)!.doc;
      const text = new Map(hashedSentences(doc).map((s) => [s.hash, doc.text.slice(s.start, s.end).replace(/\s+/g, ' ')]));
      console.log(
        `${v.id}: ${v.sentences.undecided.length} new sentences not covered and not decided (cover them with a principle, or list them under "untracked" in content/coverage/${v.document}.yaml with a reason):`,
      );
      for (const h of v.sentences.undecided) console.log(`  ${h}  ${text.get(h)!.slice(0, 200)}`);
    }
    for (const u of unconfirmedReadings(atlas).filter((x) => x.version.startsWith(prefix))) {
      console.log(`reading to confirm: ${u.version}#${u.principle} (its words changed; add versions.${u.version.split('@')[1]} to its alignment entry)`);
    }
    for (const d of atlas.disagreements.filter((x) => x.principle.startsWith(prefix) && !x.reviewed)) {
      console.log(
        `disagreement not yet reviewed: ${d.principle} curated [${d.curated.join(', ')}], aligner prefers ${d.proposed.topic} (${d.proposed.score} vs ${d.bestCuratedScore})`,
      );
    }
    return 0;
  }
  const mode = process.argv.includes('--check') ? 'check' : process.argv.includes('--write') ? 'write' : 'print';
  const { atlas } = await runPipeline(root, locationsFromEnv(process.env, root), onlyFromEnv(process.env));
  const report = alignmentReport(atlas);
  const path = join(root, REPORT);
  if (mode === 'print') {
    process.stdout.write(report);
    return 0;
  }
  if (onlyFromEnv(process.env)) {
    console.error('SPEC_ATLAS_ONLY is set: the committed report covers every document, so --write and --check refuse a partial build.');
    return 2;
  }
  if (mode === 'write') {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, report);
    console.log(`wrote ${REPORT}`);
    return 0;
  }
  // Every change of words needs an editor's confirmation of the reading for the new version.
  const pending = unconfirmedReadings(atlas);
  if (pending.length) {
    console.error(
      `${pending.length} ${pending.length === 1 ? 'principle has' : 'principles have'} new words without a confirmed reading (add an entry under "versions" in the alignment file, "same" or "changed", with a reason):`,
    );
    for (const u of pending) console.error(`  ${u.version}#${u.principle}`);
    return 1;
  }
  const undecided = atlas.versions.filter((v) => v.sentences.undecided.length);
  if (undecided.length) {
    console.error(
      `${undecided.length} latest ${undecided.length === 1 ? 'version has' : 'versions have'} new sentences that no principle covers and no editor decided on (npm run align -- --doc <document> lists them):`,
    );
    for (const v of undecided) console.error(`  ${v.id}: ${v.sentences.undecided.length}`);
    return 1;
  }
  const committed = existsSync(path) ? readFileSync(path, 'utf8') : '';
  if (committed !== report) {
    console.error(`${REPORT} is stale: the content changed since it was generated. Run \`npm run align -- --write\` and commit the result.`);
    return 1;
  }
  console.log(`${REPORT} is up to date.`);
  return 0;
});
