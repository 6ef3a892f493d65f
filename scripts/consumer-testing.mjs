// `react-follow-kit/testing` from the packed kit, in the two test runners apps use.
//
//   node scripts/consumer-testing.mjs [--report=file.json] [--skip-build] [--keep]
//
// Builds and packs the kit, installs the tarball in a fresh app in the OS temp dir with
// testing-library, vitest and jest, and runs one test file (plain ESM, no JSX, so neither
// runner needs a transform) under vitest (jsdom, globals) and under jest (native ESM,
// jest-fixed-jsdom: jsdom with Node's fetch, which msw intercepts). Each run is one test in
// the report (`{ numPassedTests, numFailedTests }`, for .ci/count-results.mjs).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  buildAndPack,
  npmInstall,
  parseArgs,
  root,
  run,
  seconds,
  writeReport,
} from './pack-kit.mjs';

const RUN_TIMEOUT_MS = 120_000;
const args = parseArgs();
const dev = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).devDependencies;
const log = (line) => console.log(`consumer-testing: ${line}`);

/** What an app's test does with the entry; `test` and `expect` are both runners' globals. */
const TEST_JS = `import { screen, waitFor } from '@testing-library/react';
import { createElement } from 'react';
import { FollowButton, FollowerList } from 'react-follow-kit';
import { renderWithFollowKit } from 'react-follow-kit/testing';

const users = [{ userID: 'me' }, { userID: 'alice', nick: 'Alice' }];

test('follows back in one call: label and store agree', async () => {
  const { user, db } = renderWithFollowKit(createElement(FollowButton, { userID: 'alice', name: 'Alice' }), {
    users,
    follows: [['alice', 'me']],
  });
  await user.click(await screen.findByRole('button', { name: 'Follow back Alice' }));
  await screen.findByRole('button', { name: 'Mutual Alice' });
  await waitFor(() => expect(db.followType('me', 'alice')).toBe(3));
});

test('starts from a fresh store and a clean document', async () => {
  const { db } = renderWithFollowKit(createElement(FollowButton, { userID: 'alice', name: 'Alice' }), { users });
  await screen.findByRole('button', { name: 'Follow Alice' });
  expect(screen.getAllByRole('button')).toHaveLength(1);
  expect(db.followType('me', 'alice')).toBe(0);
});

test('lays out a virtualized FollowerList in jsdom', async () => {
  renderWithFollowKit(createElement(FollowerList, { type: 'followers' }), {
    users,
    follows: [['alice', 'me']],
  });
  await screen.findByRole('button', { name: 'Follow back Alice' });
});
`;

const TEST_COUNT = TEST_JS.match(/^test\(/gm)?.length ?? 0;

const FILES = {
  'package.json': `${JSON.stringify({ name: 'rfk-consumer-testing', private: true, type: 'module' }, null, 2)}\n`,
  'follow.test.js': TEST_JS,
  'vitest.config.js': `export default { test: { environment: 'jsdom', globals: true, include: ['follow.test.js'] } };\n`,
  'jest.config.json': `${JSON.stringify({ testEnvironment: 'jest-fixed-jsdom', transform: {}, testMatch: ['**/follow.test.js'] }, null, 2)}\n`,
};

const RUNNERS = {
  vitest: ['node_modules/vitest/vitest.mjs', 'run'],
  jest: ['--experimental-vm-modules', 'node_modules/jest/bin/jest.js', '--ci'],
};

const results = [];
const started = Date.now();
const workDir = mkdtempSync(join(tmpdir(), 'rfk-testing-'));
try {
  const tarball = await buildAndPack(workDir, { skipBuild: args['skip-build'] === 'true', log });
  const app = join(workDir, 'app');
  mkdirSync(app);
  for (const [name, text] of Object.entries(FILES)) writeFileSync(join(app, name), text);
  const installStarted = Date.now();
  await npmInstall(app, [
    tarball,
    `react@${dev.react}`,
    `react-dom@${dev['react-dom']}`,
    `@tanstack/react-query@${dev['@tanstack/react-query']}`,
    `msw@${dev.msw}`,
    `@testing-library/react@${dev['@testing-library/react']}`,
    '@testing-library/dom@10.4.2',
    `@testing-library/user-event@${dev['@testing-library/user-event']}`,
    `vitest@${dev.vitest}`,
    `jsdom@${dev.jsdom}`,
    'jest@30.5.2',
    'jest-environment-jsdom@30.5.2',
    'jest-fixed-jsdom@0.0.11',
  ]);
  log(`installed in ${seconds(Date.now() - installStarted)}`);
  for (const [runner, runnerArgs] of Object.entries(RUNNERS)) {
    const runStarted = Date.now();
    try {
      await run(process.execPath, runnerArgs, { cwd: app, timeoutMs: RUN_TIMEOUT_MS });
      results.push({ name: runner, ok: true, ms: Date.now() - runStarted });
      log(
        `PASS ${runner}: ${TEST_COUNT} tests of react-follow-kit/testing (${seconds(Date.now() - runStarted)})`,
      );
    } catch (error) {
      results.push({ name: runner, ok: false, error: error.message });
      log(`FAIL ${runner}\n${error.message}`);
    }
  }
} catch (error) {
  results.push({ name: 'setup', ok: false, error: error.message });
  log(`could not set up the app\n${error.message}`);
} finally {
  if (args.keep !== 'true') rmSync(workDir, { recursive: true, force: true });
}

writeReport(args.report, results);
const failed = results.filter((result) => !result.ok).length;
log(`${results.length - failed} passed, ${failed} failed in ${seconds(Date.now() - started)}`);
process.exit(failed > 0 ? 1 : 0);
