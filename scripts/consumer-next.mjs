// The packed kit in a Next.js 16 App Router app, as React Server Components use it.
//
//   node scripts/consumer-next.mjs [--report=file.json] [--skip-build] [--keep]
//
// Builds and packs the kit, installs the tarball with Next.js in a fresh app in the OS temp
// dir (files in consumer-next-app.mjs), starts the kit's HTTP mock from the tarball on
// 127.0.0.1 in strict mode, and:
//   1. `next build`: the server component page importing FollowButton and FollowCounts
//      prerenders, and the built HTML holds their server-rendered markup;
//   2. `next start` on 127.0.0.1, Chromium through Playwright: the page talks to the route
//      handler (the kit's proxy, signing with a secret) in front of the mock; a click on
//      "Follow Alice" changes the label, Alice's follower count, and the mock's store;
//   3. a server component page prefetching through `proxy.fetchAs` is served with the
//      relationship and the counts in its HTML, the browser asks the mock nothing on load,
//      and an Unfollow there goes through.
// Three tests; `--report` writes `{ numPassedTests, numFailedTests }` for .ci/count-results.mjs.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from './chromium-launch.mjs';
import { NEXT_APP_FILES } from './consumer-next-app.mjs';
import {
  buildAndPack,
  freePort,
  npmInstall,
  parseArgs,
  root,
  run,
  seconds,
  start,
  writeReport,
} from './pack-kit.mjs';

/** An exact Next.js 16 release from the registry; never a dependency of the kit itself. */
const NEXT_VERSION = '16.4.6';
const SCRIPT_TIMEOUT_MS = 9.5 * 60_000;
const WAIT_MS = 15_000;

const args = parseArgs();
const dev = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).devDependencies;
const log = (line) => console.log(`consumer-next: ${line}`);
const started = Date.now();
const results = [];
/** Everything started here, stopped in reverse order however the run ends. */
const stops = [];
const workDir = mkdtempSync(join(tmpdir(), 'rfk-next-'));

async function stopAll() {
  for (const stop of stops.reverse()) await Promise.resolve(stop()).catch(() => {});
  if (args.keep !== 'true') rmSync(workDir, { recursive: true, force: true });
}
const deadline = setTimeout(async () => {
  log(`timed out after ${seconds(SCRIPT_TIMEOUT_MS)}`);
  await stopAll();
  writeReport(args.report, [...results, { name: 'deadline', ok: false }]);
  process.exit(1);
}, SCRIPT_TIMEOUT_MS);
process.on('SIGINT', async () => {
  await stopAll();
  process.exit(130);
});

/** Polls `probe` until it returns true, failing with `what` after `WAIT_MS`. */
async function waitUntil(what, probe) {
  const until = Date.now() + WAIT_MS;
  for (;;) {
    if (await probe().catch(() => false)) return;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolveWait) => setTimeout(resolveWait, 100));
  }
}

async function test(name, body) {
  const testStarted = Date.now();
  try {
    await body();
    results.push({ name, ok: true, ms: Date.now() - testStarted });
    log(`PASS ${name} (${seconds(Date.now() - testStarted)})`);
  } catch (error) {
    results.push({ name, ok: false, error: error.message });
    log(`FAIL ${name}\n${error.message}`);
  }
}

async function createApp(tarball) {
  const app = join(workDir, 'app');
  for (const [path, text] of Object.entries(NEXT_APP_FILES)) {
    mkdirSync(dirname(join(app, path)), { recursive: true });
    writeFileSync(join(app, path), text);
  }
  const installStarted = Date.now();
  await npmInstall(app, [
    tarball,
    `next@${NEXT_VERSION}`,
    `react@${dev.react}`,
    `react-dom@${dev['react-dom']}`,
    `@tanstack/react-query@${dev['@tanstack/react-query']}`,
    `msw@${dev.msw}`,
    `typescript@${dev.typescript}`,
    `@types/react@${dev['@types/react']}`,
    `@types/react-dom@${dev['@types/react-dom']}`,
    `@types/node@${dev['@types/node']}`,
  ]);
  // The compiler is a native optional dependency; `next build` would try to download it.
  const swc = join(app, 'node_modules/@next/swc-linux-x64-gnu/package.json');
  if (process.platform === 'linux' && process.arch === 'x64' && !existsSync(swc)) {
    throw new Error('@next/swc-linux-x64-gnu was not installed from the registry');
  }
  log(`installed next@${NEXT_VERSION} and the tarball in ${seconds(Date.now() - installStarted)}`);
  return app;
}

/** The HTTP mock from the tarball: me, Alice (one follower, Bob), strict credentials. */
async function startMock(app, credentials) {
  const kit = join(app, 'node_modules/react-follow-kit/dist/mocks');
  const { createFollowDb } = await import(pathToFileURL(join(kit, 'index.js')).href);
  const { startFollowMockServer } = await import(pathToFileURL(join(kit, 'node.js')).href);
  const db = createFollowDb({
    users: [{ userID: 'me' }, { userID: 'alice', nick: 'Alice' }, { userID: 'bob' }],
    follows: [['bob', 'alice']],
  });
  const mock = await startFollowMockServer({ port: 0, host: '127.0.0.1', db, strict: credentials });
  stops.push(() => mock.close());
  return mock;
}

async function nextStart(app, env) {
  const port = await freePort();
  const next = join(app, 'node_modules/next/dist/bin/next');
  const server = start(process.execPath, [next, 'start', '-H', '127.0.0.1', '-p', String(port)], {
    cwd: app,
    env,
  });
  stops.push(server.stop);
  const url = `http://127.0.0.1:${port}/`;
  await waitUntil(`next start on ${url}\n${server.output()}`, async () => (await fetch(url)).ok);
  return url;
}

/** A Chromium page, and the page errors and console errors it logs (hydration mismatches…). */
async function openPage() {
  const browser = await chromium.launch(chromiumLaunchOptions);
  stops.push(() => browser.close());
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/favicon/.test(message.location().url)) {
      problems.push(`console.error: ${message.text()}`);
    }
  });
  page.setDefaultTimeout(WAIT_MS);
  return { page, problems };
}

async function followInChromium(url, mock) {
  const { page, problems } = await openPage();
  await page.goto(url);
  const followers = page.locator('[data-type="followers"]');
  const button = page.getByRole('button', { name: 'Follow Alice', exact: true });
  await button.waitFor();
  await waitUntil('"1 follower" before the click', async () =>
    /^1 follower/.test((await followers.getAttribute('title')) ?? ''),
  );
  await button.click();
  await page.getByRole('button', { name: 'Following Alice', exact: true }).waitFor();
  await waitUntil('"2 followers" after the click', async () =>
    /^2 followers/.test((await followers.getAttribute('title')) ?? ''),
  );
  await waitUntil(
    "the mock's store holding me → alice",
    async () => mock.db.followType('me', 'alice') === 2,
  );
  if (mock.followRequests < 2) throw new Error(`the mock saw ${mock.followRequests} requests`);
  if (problems.length > 0) throw new Error(problems.join('\n'));
}

/** The tag of the first element whose attributes match `pattern`, or ''. */
const tagWith = (html, pattern) =>
  html.match(/<[a-z]+\b[^>]*>/g)?.find((tag) => pattern.test(tag)) ?? '';

/**
 * After the Follow of `followInChromium`: the server reads the relationship, the counts and
 * Alice's followers with my relationship to each, the HTML shows them, and hydration asks the
 * mock nothing more; then an Unfollow there goes through.
 */
async function prefetchedPage(url, mock) {
  const before = mock.followRequests;
  const html = await (await fetch(url)).text();
  const served = mock.followRequests - before;
  const button = tagWith(html, /aria-label="Following Alice"/);
  // The counts' followers item (the list's root has data-type="followers" too, but no title).
  const followers = tagWith(
    html,
    /title="[^"]*"[^>]*data-type="followers"|data-type="followers"[^>]*title="/,
  );
  const problems = [
    !/data-state="following"/.test(button) && 'no "Following Alice" button in the HTML',
    !/title="2 followers/.test(followers) && `no "2 followers" in the HTML (${followers})`,
    // Alice's followers: bob, and me (who gets no button on my own row).
    !/data-user-id="bob"/.test(html) && "no row for bob in Alice's followers",
    !/aria-label="Follow bob"/.test(html) && 'no "Follow bob" button in the row',
    /aria-busy="true"/.test(html) && 'something still loading in the HTML',
  ].filter(Boolean);
  if (problems.length > 0) throw new Error(problems.join('\n'));

  const { page, problems: errors } = await openPage();
  const loading = mock.followRequests;
  await page.goto(url);
  const following = page.getByRole('button', { name: 'Following Alice', exact: true });
  await following.waitFor();
  // Scripts loaded and run (hydration), then a moment for any fetch a mount would start.
  await page.waitForLoadState('networkidle');
  await new Promise((resolveWait) => setTimeout(resolveWait, 1000));
  const asked = mock.followRequests - loading - served;
  if (asked !== 0) throw new Error(`the browser asked the mock ${asked} times after hydration`);
  await following.click();
  await page.getByRole('button', { name: 'Follow Alice', exact: true }).waitFor();
  await waitUntil(
    "the mock's store without me → alice",
    async () => mock.db.followType('me', 'alice') === 0,
  );
  if (errors.length > 0) throw new Error(errors.join('\n'));
}

try {
  const tarball = await buildAndPack(workDir, { skipBuild: args['skip-build'] === 'true', log });
  const app = await createApp(tarball);
  // A fresh secret per run, shared by the proxy (which signs) and the mock (which verifies).
  const credentials = { sdkAppID: 1400000001, secretKey: randomBytes(24).toString('hex') };
  const mock = await startMock(app, credentials);
  const env = {
    NEXT_TELEMETRY_DISABLED: '1',
    RFK_MOCK_URL: mock.url,
    RFK_SDKAPPID: String(credentials.sdkAppID),
    RFK_SECRET_KEY: credentials.secretKey,
  };
  let built = false;
  await test('next build prerenders the server component page with the kit’s markup', async () => {
    const next = join(app, 'node_modules/next/dist/bin/next');
    const buildStarted = Date.now();
    await run(process.execPath, [next, 'build'], { cwd: app, env, timeoutMs: 300_000 });
    built = true;
    log(`next build in ${seconds(Date.now() - buildStarted)}`);
    const html = readFileSync(join(app, '.next/server/app/index.html'), 'utf8');
    const expected = {
      'the heading': /<h1>Alice<\/h1>/,
      "FollowButton's loading state":
        /<button[^>]*aria-label="Loading… Alice"[^>]*data-state="loading"/,
      "FollowCounts' loading state":
        /<div class="rfk-counts" data-state="loading" aria-busy="true">/,
    };
    const missing = Object.entries(expected).filter(([, pattern]) => !pattern.test(html));
    if (missing.length > 0) {
      throw new Error(`index.html lacks ${missing.map(([what]) => what).join(', ')}`);
    }
  });
  let url;
  await test('in Chromium, Follow goes through the route handler proxy to the mock', async () => {
    if (!built) throw new Error('skipped: next build failed');
    url = await nextStart(app, env);
    await followInChromium(url, mock);
  });
  await test('a page prefetched through proxy.fetchAs is served with its data; the browser asks nothing', async () => {
    if (!url) throw new Error('skipped: next start failed');
    await prefetchedPage(`${url}prefetched`, mock);
  });
} catch (error) {
  results.push({ name: 'setup', ok: false, error: error.message });
  log(`could not set up the app\n${error.message}`);
} finally {
  clearTimeout(deadline);
  await stopAll();
}

writeReport(args.report, results);
const failed = results.filter((result) => !result.ok).length;
log(`${results.length - failed} passed, ${failed} failed in ${seconds(Date.now() - started)}`);
process.exit(failed > 0 ? 1 : 0);
