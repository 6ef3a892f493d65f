// CI's size check: fails when a measured bundle grows past its budget (scripts/bundle-size.mjs),
// checks that the button's bundle carries no dependency (react-virtual, Floating UI), and
// writes a vitest-shaped report (one test per check) for CI's closing count.
import { writeFileSync } from 'node:fs';
import { bundleSizes, SIZE_LIMITS } from './bundle-size.mjs';

const reportArg = process.argv.find((arg) => arg.startsWith('--report='));
const sizes = await bundleSizes();
let passed = 0;
let failed = 0;
for (const [name, { target, budget }] of Object.entries(SIZE_LIMITS)) {
  const bytes = sizes[name];
  const ok = bytes <= budget;
  if (ok) passed += 1;
  else failed += 1;
  const targetNote = bytes <= target ? 'target met' : `target ${Math.round(target)} not met`;
  console.log(
    `size ${ok ? 'PASS' : 'FAIL'} ${name}: ${bytes} bytes, budget ${budget} (${targetNote})`,
  );
}
// A page with only buttons must not load the list's virtualizer or the hover card's placement.
const buttonAlone = sizes.follow_button_only_gzip === sizes.follow_button_with_dependencies_gzip;
if (buttonAlone) passed += 1;
else failed += 1;
console.log(
  `size ${buttonAlone ? 'PASS' : 'FAIL'} FollowButton + FollowProvider bundle no dependency: ${sizes.follow_button_with_dependencies_gzip} bytes with dependencies bundled, ${sizes.follow_button_only_gzip} without`,
);
if (reportArg) {
  const report = { numPassedTests: passed, numFailedTests: failed };
  writeFileSync(reportArg.slice('--report='.length), `${JSON.stringify(report)}\n`);
}
process.exit(failed > 0 ? 1 : 0);
