/**
 * `npm test`: every check, in the order a failure is cheapest to find — types, lint, unit and
 * component tests, both builds and their store zips, then end-to-end tests in real Chromium and
 * Firefox. Every step runs even after a failure, so one run shows everything that is broken; the
 * exit code is non-zero if any step failed. Ends with one `N passed, N failed` line over all tests,
 * after the name and first error line of each failed test (a CI log may keep only its tail).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const reports = join(import.meta.dirname, '..', 'artifacts', 'test-reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

interface Step {
  name: string;
  command: string[];
  /** Vitest JSON report written by the step, if it runs tests. */
  report?: string;
}

const vitest = (name: string, config: string[]): Step => ({
  name,
  command: ['npx', 'vitest', 'run', ...config, '--reporter=default', '--reporter=json', `--outputFile.json=${join(reports, `${name}.json`)}`],
  report: join(reports, `${name}.json`),
});

const steps: Step[] = [
  { name: 'typecheck', command: ['npx', 'tsc', '--noEmit', '-p', '.'] },
  { name: 'lint', command: ['npx', 'eslint', '.'] },
  vitest('unit', []),
  { name: 'build', command: ['npm', 'run', '--silent', 'build:all'] },
  { name: 'zip', command: ['npm', 'run', '--silent', 'zip:all'] },
  vitest('e2e', ['-c', 'vitest.e2e.config.ts']),
];

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numTotalTests: number;
  testResults: { name: string; assertionResults: { fullName: string; status: string; failureMessages: string[] }[] }[];
}

/** Each failed test of a report: its file, name and the first line of its error. */
function failures(report: VitestReport): string[] {
  return report.testResults.flatMap((file) =>
    file.assertionResults
      .filter((test) => test.status === 'failed')
      .map((test) => `     ✗ ${file.name.replace(/^.*?(?=(?:e2e|lib|components|entrypoints|platform|bench|scripts|tests)\/)/, '')} › ${test.fullName}: ${(test.failureMessages[0] ?? '').split('\n')[0]!.slice(0, 300)}`),
  );
}

let passed = 0;
let failed = 0;
const lines: string[] = [];
for (const step of steps) {
  console.log(`\n=== ${step.name}: ${step.command.join(' ')}`);
  const started = Date.now();
  const run = spawnSync(step.command[0]!, step.command.slice(1), { stdio: 'inherit' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const ok = run.status === 0;
  if (step.report && existsSync(step.report)) {
    const json = JSON.parse(readFileSync(step.report, 'utf8')) as VitestReport;
    passed += json.numPassedTests;
    failed += json.numFailedTests + (ok ? 0 : json.numTotalTests === 0 ? 1 : 0);
    lines.push(`${ok ? 'ok  ' : 'FAIL'} ${step.name} (${seconds} s): ${json.numPassedTests} passed, ${json.numFailedTests} failed`, ...failures(json));
  } else {
    passed += ok ? 1 : 0;
    failed += ok ? 0 : 1;
    lines.push(`${ok ? 'ok  ' : 'FAIL'} ${step.name} (${seconds} s)`);
  }
}

console.log(`\n=== summary\n${lines.join('\n')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 && lines.every((line) => line.startsWith('ok')) ? 0 : 1;
