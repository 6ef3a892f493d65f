// The README's code, run as written in a fresh app on the packed kit: the mock-backed quick
// start in Chromium (Vite dev server, msw's worker from `npx msw init public --save`), and the
// test-author example under Vitest + jsdom. Blocks are taken from README.md by the marker
// `<!-- consumer-test: <path> -->` on the line before their fence, so they cannot rot.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { chromiumLaunchOptions } from './chromium-launch.mjs';
import { npmInstall, run } from './pack-kit.mjs';

/** The README's marked code blocks, by the app path each becomes. */
export function readmeFiles(readmePath) {
  const readme = readFileSync(readmePath, 'utf8');
  const files = {};
  for (const match of readme.matchAll(/<!-- consumer-test: (\S+) -->\n```\w*\n([\s\S]*?)\n```/g)) {
    files[match[1]] = `${match[2]}\n`;
  }
  return files;
}

/** The names of the tests {@link testReadmeApp} reports, in order. */
export const README_TESTS = ['README quick start (mock) in Chromium', 'README test-author example'];

const INDEX_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <link rel="icon" href="data:," />
    <title>react-follow-kit quick start</title>
  </head>
  <body><div id="root"></div><script type="module" src="/src/main.tsx"></script></body>
</html>
`;

const VITE_CONFIG = `import react from '@vitejs/plugin-react';
export default { plugins: [react()], test: { environment: 'jsdom', globals: true } };
`;

/** Starts Vite's dev server in `app`; resolves with its URL and a stop function. */
function startVite(app) {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['node_modules/vite/bin/vite.js', '--host', '127.0.0.1', '--port', '0'],
      { cwd: app, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
    );
    const stop = () => {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {}
    };
    let output = '';
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`vite did not start in 60 s\n${output}`));
    }, 60_000);
    const onData = (chunk) => {
      // biome-ignore lint/suspicious/noControlCharactersInRegex: strips terminal colours
      output += String(chunk).replace(/\x1b\[[0-9;]*m/g, '');
      const url = output.match(/http:\/\/127\.0\.0\.1:\d+\//)?.[0];
      if (url) {
        clearTimeout(timer);
        resolve({ url, stop });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`vite exited with ${code}\n${output}`));
    });
  });
}

/** Opens the quick start in Chromium: "Follow back Alice" → click → "Mutual Alice". */
async function runInChromium(url) {
  const { chromium } = await import('playwright');
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('response', (response) => {
      if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
    });
    await page.goto(url);
    const timeout = { timeout: 20_000 };
    // Alice's button in the quick start's own row, then her row in my followers list: both move.
    await page.getByRole('button', { name: 'Follow back Alice' }).first().click(timeout);
    await page.getByRole('button', { name: 'Mutual Alice' }).nth(1).waitFor(timeout);
    await page.getByTitle('1 mutual').waitFor(timeout);
    if (errors.length > 0) throw new Error(`console errors:\n${errors.join('\n')}`);
    return '"Follow back Alice" → click → both of her buttons "Mutual Alice", 1 mutual';
  } finally {
    await browser.close();
  }
}

/**
 * Installs the tarball into `workDir/app-readme` with React 19, writes the README's files and
 * runs both tests. Resolves with one `{ name, ok, ms, error?, output? }` per {@link README_TESTS}.
 */
export async function testReadmeApp({ tarball, workDir, readmePath, dependencies }) {
  const app = join(workDir, 'app-readme');
  mkdirSync(app, { recursive: true });
  writeFileSync(
    join(app, 'package.json'),
    `${JSON.stringify({ name: 'rfk-consumer-readme', private: true, type: 'module' }, null, 2)}\n`,
  );
  writeFileSync(join(app, 'index.html'), INDEX_HTML);
  writeFileSync(join(app, 'vite.config.js'), VITE_CONFIG);
  const files = readmeFiles(readmePath);
  for (const path of [
    'src/main.tsx',
    'src/App.tsx',
    'src/follow.test.tsx',
    'src/testing.test.tsx',
  ]) {
    if (!files[path]) throw new Error(`README.md has no block marked consumer-test: ${path}`);
  }
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(app, path)), { recursive: true });
    writeFileSync(join(app, path), text);
  }
  await npmInstall(app, [tarball, ...dependencies]);
  // As the README says; --save records public/ so msw refreshes the worker on upgrades.
  await run('npx', ['--no-install', 'msw', 'init', 'public', '--save'], {
    cwd: app,
    timeoutMs: 60_000,
  });

  const results = [];
  const attempt = async (name, body) => {
    const start = Date.now();
    try {
      results.push({ name, ok: true, ms: Date.now() - start, output: await body() });
    } catch (error) {
      results.push({ name, ok: false, ms: Date.now() - start, error: error.message });
    }
  };
  await attempt(README_TESTS[0], async () => {
    const vite = await startVite(app);
    try {
      return await runInChromium(vite.url);
    } finally {
      vite.stop();
    }
  });
  await attempt(README_TESTS[1], async () => {
    const output = await run(process.execPath, ['node_modules/vitest/vitest.mjs', 'run'], {
      cwd: app,
      timeoutMs: 120_000,
    });
    // biome-ignore lint/suspicious/noControlCharactersInRegex: strips terminal colours
    const plain = output.replace(/\x1b\[[0-9;]*m/g, '');
    return plain.match(/Tests\s+.*passed.*/)?.[0]?.trim() ?? 'passed';
  });
  return results;
}
