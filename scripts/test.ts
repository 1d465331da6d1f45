/**
 * `npm test`: every test layer in order — format check and lint (Biome), type-check, unit tests,
 * build the three extension targets, bundle-size budget, end-to-end tests in real Chromium and
 * Firefox. Stops at the first failing layer and ends with one summary line ("Tests: N passed, N failed") that CI reads.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const reports = path.join(root, 'artifacts/reports');
fs.mkdirSync(reports, { recursive: true });

interface Tally {
  passed: number;
  failed: number;
  skipped: number;
}
const total: Tally = { passed: 0, failed: 0, skipped: 0 };

function run(title: string, command: string, args: string[]): boolean {
  console.log(`\n━━━ ${title} ━━━  (${command} ${args.join(' ')})`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  console.log(`━━━ ${title}: ${result.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result.status === 0;
}

/** Adds a Vitest JSON report to the tally (missing report = the run crashed before reporting). */
function tally(reportFile: string): void {
  if (!fs.existsSync(reportFile)) return;
  const report = JSON.parse(fs.readFileSync(reportFile, 'utf8'));
  total.passed += report.numPassedTests;
  total.failed += report.numFailedTests;
  total.skipped += report.numPendingTests + report.numTodoTests;
}

function vitest(title: string, name: string, extra: string[]): boolean {
  const file = path.join(reports, `${name}.json`);
  fs.rmSync(file, { force: true });
  const ok = run(title, 'npx', ['vitest', 'run', ...extra, '--reporter=default', '--reporter=json', `--outputFile.json=${file}`]);
  tally(file);
  return ok;
}

const npx = (title: string, ...args: string[]) => run(title, 'npx', args);

const steps: Array<() => boolean> = [
  () => npx('format check', 'biome', 'format', '.'),
  () => npx('lint', 'biome', 'lint', '.'),
  () => npx('type-check', 'tsc', '--noEmit'),
  () => vitest('unit tests', 'unit', []),
  () =>
    npx('build chrome-mv3', 'wxt', 'build') &&
    npx('build firefox-mv2', 'wxt', 'build', '-b', 'firefox') &&
    npx('build firefox-mv3', 'wxt', 'build', '-b', 'firefox', '--mv3'),
  () => npx('size budget', 'tsx', 'scripts/size.ts'),
  () => vitest('end-to-end tests (Chromium, Firefox)', 'e2e', ['--config', 'vitest.e2e.config.ts']),
];

let ok = true;
for (const step of steps) {
  if (!step()) {
    ok = false;
    break;
  }
}
if (!ok && total.failed === 0) total.failed = 1; // a failed type-check or build counts as a failure
console.log(`\nTests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(ok ? 0 : 1);
