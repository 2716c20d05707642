// npm test: every check, in order, stopping at the first failure.
//   0. formatting (Prettier) and lint (ESLint)
//   1. types (astro check, which also runs the content pipeline)
//   2. unit and integration tests (vitest)
//   3. the committed alignment report is up to date
//   4. the site builds
//   5. tests of the built site
//   6. browser tests of the built site (headless system Chromium): pages, filters, compare, axe-core
// Ends with one line "N passed, N failed" over all test cases.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './cli.ts';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const reports = join(projectRoot, '.cache', 'test-reports');
mkdirSync(reports, { recursive: true });

let passed = 0;
let failed = 0;

function run(title: string, command: string, args: string[]): boolean {
  console.log(`\n▶ ${title}: ${command} ${args.join(' ')}`);
  const r = spawnSync(command, args, { cwd: projectRoot, env, stdio: 'inherit' });
  return r.status === 0;
}

function vitest(title: string, config: string, report: string): boolean {
  const file = join(reports, report);
  const ok = run(title, 'npx', ['vitest', 'run', '--config', config, '--reporter=default', '--reporter=json', `--outputFile.json=${file}`]);
  try {
    const json = JSON.parse(readFileSync(file, 'utf8')) as { numPassedTests: number; numFailedTests: number; numTotalTests: number };
    passed += json.numPassedTests;
    failed += json.numFailedTests;
    if (json.numTotalTests === 0) {
      console.error(`${title}: no test ran`);
      return false;
    }
  } catch {
    failed += 1;
  }
  return ok;
}

const steps: (() => boolean)[] = [
  () => run('formatting', 'npx', ['prettier', '--check', '.']),
  () => run('lint', 'npx', ['eslint', '.']),
  () => run('types', 'npx', ['astro', 'check']),
  () => vitest('unit and integration tests', 'vitest.config.ts', 'unit.json'),
  () => run('alignment report is current', 'node', ['scripts/align.ts', '--check']),
  () => run('build', 'npx', ['astro', 'build']),
  () => vitest('built-site tests', 'vitest.site.config.ts', 'site.json'),
  () => vitest('browser tests', 'vitest.e2e.config.ts', 'e2e.json'),
];

let ok = true;
for (const step of steps) {
  if (!step()) {
    ok = false;
    if (!failed) failed = 1;
    break;
  }
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(ok && failed === 0 ? 0 : 1);
