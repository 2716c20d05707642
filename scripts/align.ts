// npm run align [-- --write | --check]
// Prints the alignment report; --write refreshes reports/alignment-report.md; --check fails when it is stale.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { alignmentReport } from '../src/lib/pipeline/alignment-report.ts';
import { runPipeline } from '../src/lib/pipeline/run-pipeline.ts';
import { projectRoot, runMain } from './cli.ts';

const REPORT = 'reports/alignment-report.md';

await runMain(async () => {
  const mode = process.argv.includes('--check') ? 'check' : process.argv.includes('--write') ? 'write' : 'print';
  const { atlas } = await runPipeline(projectRoot);
  const report = alignmentReport(atlas);
  const path = join(projectRoot, REPORT);
  if (mode === 'print') {
    process.stdout.write(report);
    return 0;
  }
  if (mode === 'write') {
    writeFileSync(path, report);
    console.log(`wrote ${REPORT}`);
    return 0;
  }
  const committed = existsSync(path) ? readFileSync(path, 'utf8') : '';
  if (committed !== report) {
    console.error(`${REPORT} is stale: the content changed since it was generated. Run \`npm run align -- --write\` and commit the result.`);
    return 1;
  }
  console.log(`${REPORT} is up to date.`);
  return 0;
});
