// Sums vitest JSON reports into the closing line CI reads: "tests: N passed, N failed".
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
let passed = 0;
let failed = 0;
let missing = 0;
for (const file of readdirSync(dir).filter((name) => name.endsWith('.json'))) {
  try {
    const report = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    passed += report.numPassedTests ?? 0;
    failed += (report.numFailedTests ?? 0) + (report.numFailedTestSuites ?? 0);
    console.log(`${file}: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
  } catch (error) {
    missing += 1;
    console.log(`${file}: unreadable (${error.message})`);
  }
}
if (passed + failed === 0) missing += 1;
console.log(`tests: ${passed} passed, ${failed + missing} failed`);
process.exit(failed + missing > 0 ? 1 : 0);
