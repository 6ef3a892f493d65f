// The packed library, used the way an app uses it, under React 19 and React 18.
//
//   node scripts/consumer-test.mjs [--react=19,18] [--readme=false] [--report=file.json]
//                                  [--skip-build] [--keep]
//
// Builds the library, packs it with `npm pack`, and for each React version makes a fresh app
// in the OS temp dir that installs the tarball with its peers, type-checks an app importing
// `react-follow-kit`, `react-follow-kit/mocks` and `react-follow-kit/mocks/node` (strict,
// under both `nodenext` and `bundler` resolution), compiles it with tsc and runs it in Node
// with jsdom: msw's node server over a db where alice follows me, a FollowButton reading
// "Follow back", a click, "Mutual", and the db agreeing. Then the README's own code, copied
// from it by marker (scripts/consumer-readme.mjs): the mock-backed quick start in Chromium and
// the test-author example under Vitest. One line per test; the exit code is non-zero when any
// failed. `--report` writes `{ numPassedTests, numFailedTests }` (one test per React version,
// plus the two README tests) for .ci/count-results.mjs.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { README_TESTS, testReadmeApp } from './consumer-readme.mjs';
import { buildAndPack, npmInstall, parseArgs, root, run, seconds } from './pack-kit.mjs';

const RUN_TIMEOUT_MS = 30_000;
const INSTALL_TIMEOUT_MS = 300_000;

const args = parseArgs();
const versions = (args.react ?? '19,18').split(',').map((v) => v.trim());
for (const version of versions) {
  if (version !== '18' && version !== '19') {
    console.error(`consumer-test: --react takes 18, 19 or both ("19,18"), not "${version}"`);
    process.exit(2);
  }
}

const withReadme = args.readme !== 'false';
const expectedTests = versions.length + (withReadme ? README_TESTS.length : 0);

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const dev = pkg.devDependencies;
/** What the app installs besides the tarball: the repo's own pins, React per version. */
function appDependencies(react) {
  const reactPins =
    react === '19'
      ? [`react@${dev.react}`, `react-dom@${dev['react-dom']}`]
      : ['react@^18', 'react-dom@^18'];
  const typePins =
    react === '19'
      ? [`@types/react@${dev['@types/react']}`, `@types/react-dom@${dev['@types/react-dom']}`]
      : ['@types/react@^18', '@types/react-dom@^18'];
  return [
    ...reactPins,
    ...typePins,
    `@tanstack/react-query@${dev['@tanstack/react-query']}`,
    `msw@${dev.msw}`,
    `typescript@${dev.typescript}`,
    `jsdom@${dev.jsdom}`,
    `@types/node@${dev['@types/node']}`,
  ];
}

// --- the app ----------------------------------------------------------------------------

/** Installs jsdom's window as globals; imported first so React DOM sees a DOM at load. */
const DOM_TS = `import { JSDOM } from 'jsdom';

const dom = new JSDOM('<!doctype html><html lang="en"><body><div id="root"></div></body></html>', {
  url: 'http://localhost/',
  pretendToBeVisual: true,
});
// Node's own fetch, AbortController, Event… stay: msw intercepts Node's fetch.
for (const key of Object.getOwnPropertyNames(dom.window)) {
  if (key in globalThis) continue;
  Object.defineProperty(globalThis, key, {
    configurable: true,
    get: () => (dom.window as unknown as Record<string, unknown>)[key],
  });
}
if (typeof window === 'undefined' || typeof document === 'undefined') {
  throw new Error('jsdom globals were not installed');
}
`;

/** jsdom ships no types; the app needs this much of it. */
const JSDOM_D_TS = `declare module 'jsdom' {
  export class JSDOM {
    constructor(html: string, options?: { url?: string; pretendToBeVisual?: boolean });
    readonly window: Window & typeof globalThis;
  }
}
`;

const APP_TSX = `import './dom.js';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { version as reactVersion } from 'react';
import { createRoot } from 'react-dom/client';
import {
  FollowButton,
  FollowCounts,
  FollowError,
  FollowerList,
  FollowProvider,
  FollowType,
} from 'react-follow-kit';
import { zhCN } from 'react-follow-kit/locales/zh-CN';
import { createFollowDb, createFollowHandlers, scenarios } from 'react-follow-kit/mocks';
import { createRestFollowClient } from 'react-follow-kit/rest';
import { setupFollowServer } from 'react-follow-kit/mocks/node';

// Types, checked by tsc: these fail to compile if the declarations degrade to \`any\`.
const mutual: 3 = FollowType.Mutual;
const code: number = new FollowError(90001, 'invalid', { userID: ' x' }).code;
// @ts-expect-error userID is required
const missingUserID = <FollowButton name="Alice" />;
// @ts-expect-error follows are [from, to] pairs of user IDs
createFollowDb({ follows: [['alice', 1]] });
const lists = [<FollowerList key="l" type="followers" />, <FollowCounts key="c" />];
const chinese = <FollowProvider client={createRestFollowClient({ baseUrl: '/im', userID: 'me' })}
  userID="me" locale="zh-CN" catalogs={{ 'zh-CN': zhCN }} />;
void [mutual, code, missingUserID, lists, createFollowHandlers, chinese];
// The opt-in catalog resolves from its subpath and is the real one.
if (zhCN.followBack !== '回关') fail(\`react-follow-kit/locales/zh-CN: followBack is \${zhCN.followBack}\`);

const deadline = setTimeout(() => fail('timed out after 30 s'), 30_000);

function fail(message: string): never {
  console.error(\`FAIL react@\${reactVersion}: \${message}\`);
  process.exit(1);
}

async function waitFor<T>(what: string, probe: () => T | undefined, timeoutMs = 10_000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() - start > timeoutMs) {
      fail(\`\${what} (page: \${document.body.innerHTML.slice(0, 500)})\`);
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const errors: string[] = [];
const consoleError = console.error;
console.error = (...args: unknown[]) => {
  errors.push(args.map(String).join(' '));
  consoleError(...args);
};

async function main() {
  const db = createFollowDb({
    users: [{ userID: 'me' }, { userID: 'alice', nick: 'Alice' }],
    follows: [['alice', 'me']],
  });
  const server = setupFollowServer(db);
  server.listen({ onUnhandledRequest: 'error' });
  server.use(...scenarios.latency(5));

  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const client = createRestFollowClient({ baseUrl: 'https://im.test', userID: 'me' });
  const container = document.getElementById('root');
  if (!container) fail('no #root');
  const root = createRoot(container);
  root.render(
    <QueryClientProvider client={queryClient}>
      <FollowProvider client={client} userID="me">
        <FollowButton userID="alice" name="Alice" />
      </FollowProvider>
    </QueryClientProvider>,
  );

  const button = await waitFor('a button reading "Follow back"', () => {
    const found = container.querySelector('button');
    return found?.textContent === 'Follow back' ? found : undefined;
  });
  const name = button.getAttribute('aria-label') ?? button.textContent ?? '';
  if (!name.startsWith('Follow back') || !name.includes('Alice')) {
    fail(\`accessible name "\${name}" does not read "Follow back … Alice"\`);
  }
  button.click();
  await waitFor('the button reading "Mutual" after the click', () =>
    container.querySelector('button')?.textContent === 'Mutual' ? true : undefined,
  );
  await waitFor('the server recording me → alice', () =>
    db.followType('me', 'alice') === FollowType.Mutual ? true : undefined,
  );
  await waitFor('no request in flight', () =>
    queryClient.isFetching() + queryClient.isMutating() === 0 ? true : undefined,
  );

  root.unmount();
  server.close();
  queryClient.clear();
  clearTimeout(deadline);
  if (errors.length > 0) fail(\`console.error was called:\\n\${errors.join('\\n')}\`);
  console.log(\`OK react@\${reactVersion}: "Follow back Alice" → click → "Mutual", db followType(me, alice) = 3\`);
  process.exit(0);
}

main().catch((error: unknown) => fail(error instanceof Error ? (error.stack ?? error.message) : String(error)));
`;

const COMPILER_OPTIONS = {
  target: 'ES2022',
  lib: ['ES2023', 'DOM', 'DOM.Iterable'],
  jsx: 'react-jsx',
  strict: true,
  noUncheckedIndexedAccess: true,
  verbatimModuleSyntax: true,
  skipLibCheck: true,
  types: ['node'],
};

/** The app's tsc projects: each file name, its options and what it compiles. */
const TSCONFIGS = {
  // Type-checks the app and emits the JS that runs.
  'tsconfig.json': {
    compilerOptions: {
      ...COMPILER_OPTIONS,
      module: 'nodenext',
      moduleResolution: 'nodenext',
      outDir: 'build',
      rootDir: 'src',
    },
    include: ['src'],
  },
  'tsconfig.bundler.json': {
    compilerOptions: {
      ...COMPILER_OPTIONS,
      module: 'preserve',
      moduleResolution: 'bundler',
      noEmit: true,
    },
    include: ['src'],
  },
  // Checks the kit's own declarations against this React's types (an error in them is
  // silent under skipLibCheck). Not the mocks': msw's types alone take tsc half a minute.
  'tsconfig.declarations.json': {
    compilerOptions: {
      ...COMPILER_OPTIONS,
      module: 'nodenext',
      moduleResolution: 'nodenext',
      skipLibCheck: false,
      skipDefaultLibCheck: true,
      types: [],
      noEmit: true,
    },
    files: ['declarations/kit.ts'],
  },
};

// --- one React version ------------------------------------------------------------------

async function testReact(react, tarball, workDir) {
  const app = join(workDir, `app-react${react}`);
  mkdirSync(join(app, 'src'), { recursive: true });
  writeFileSync(
    join(app, 'package.json'),
    `${JSON.stringify({ name: `rfk-consumer-react${react}`, private: true, type: 'module' }, null, 2)}\n`,
  );
  writeFileSync(join(app, 'src/dom.ts'), DOM_TS);
  writeFileSync(join(app, 'src/jsdom.d.ts'), JSDOM_D_TS);
  writeFileSync(join(app, 'src/app.tsx'), APP_TSX);
  mkdirSync(join(app, 'declarations'));
  writeFileSync(join(app, 'declarations/kit.ts'), "export * from 'react-follow-kit';\n");
  for (const [name, config] of Object.entries(TSCONFIGS)) {
    writeFileSync(join(app, name), JSON.stringify(config, null, 2));
  }

  const times = {};
  let start = Date.now();
  await npmInstall(app, [tarball, ...appDependencies(react)], INSTALL_TIMEOUT_MS);
  times.install = Date.now() - start;

  const installed = (name) =>
    JSON.parse(readFileSync(join(app, 'node_modules', name, 'package.json'), 'utf8')).version;
  const reactVersion = installed('react');
  if (!reactVersion.startsWith(`${react}.`)) {
    throw new Error(`expected React ${react}, installed ${reactVersion}`);
  }

  start = Date.now();
  const tsc = join(app, 'node_modules/typescript/bin/tsc');
  for (const name of Object.keys(TSCONFIGS)) {
    await run(process.execPath, [tsc, '-p', name], { cwd: app, timeoutMs: 120_000 });
  }
  times.typecheck = Date.now() - start;

  start = Date.now();
  const output = await run(process.execPath, ['build/app.js'], {
    cwd: app,
    timeoutMs: RUN_TIMEOUT_MS,
  });
  times.run = Date.now() - start;
  return { reactVersion, times, output: output.trim() };
}

// --- main -------------------------------------------------------------------------------

const results = [];
const started = Date.now();
const workDir = mkdtempSync(join(tmpdir(), 'rfk-consumer-'));
let setupError;
const cleanup = () => {
  if (args.keep !== 'true') rmSync(workDir, { recursive: true, force: true });
};
process.on('SIGINT', () => {
  cleanup();
  process.exit(130);
});

try {
  const tarball = await buildAndPack(workDir, {
    skipBuild: args['skip-build'] === 'true',
    log: (line) => console.log(`consumer-test: ${line}`),
  });
  for (const react of versions) {
    const start = Date.now();
    try {
      const { reactVersion, times, output } = await testReact(react, tarball, workDir);
      const ms = Date.now() - start;
      results.push({ react, ok: true, ms });
      console.log(output);
      console.log(
        `consumer react@${reactVersion}: PASS in ${seconds(ms)} (install ${seconds(times.install)}, typecheck ${seconds(times.typecheck)}, run ${seconds(times.run)})`,
      );
    } catch (error) {
      const ms = Date.now() - start;
      results.push({ react, ok: false, ms, error: error.message });
      console.log(`consumer react@${react}: FAIL in ${seconds(ms)}\n${error.message}`);
    }
  }
  if (withReadme) {
    const start = Date.now();
    const dependencies = [
      ...appDependencies('19').filter((dep) => !dep.startsWith('@types/')),
      `vite@${dev.vite}`,
      `@vitejs/plugin-react@${dev['@vitejs/plugin-react']}`,
      `vitest@${dev.vitest}`,
      `@testing-library/react@${dev['@testing-library/react']}`,
      `@testing-library/user-event@${dev['@testing-library/user-event']}`,
    ];
    try {
      const readmeResults = await testReadmeApp({
        tarball,
        workDir,
        readmePath: join(root, 'README.md'),
        dependencies,
      });
      for (const result of readmeResults) {
        results.push(result);
        const outcome = result.ok ? `PASS: ${result.output}` : `FAIL\n${result.error}`;
        console.log(`consumer ${result.name}: ${outcome}`);
      }
    } catch (error) {
      console.log(`consumer README app: FAIL in ${seconds(Date.now() - start)}\n${error.message}`);
    }
  }
} catch (error) {
  setupError = error.message;
  console.log(`consumer-test: could not build or pack the library\n${error.message}`);
} finally {
  cleanup();
}

const passed = results.filter((result) => result.ok).length;
// Tests that never ran (a failed build or install) count as failed.
const failed = expectedTests - passed;
if (args.report && args.report !== 'true') {
  writeFileSync(
    args.report,
    `${JSON.stringify({ numPassedTests: passed, numFailedTests: failed, results, setupError }, null, 2)}\n`,
  );
}
console.log(
  `consumer-test: ${passed} passed, ${failed} failed (React ${versions.join(', ')}${withReadme ? ', README' : ''}) in ${seconds(Date.now() - started)}`,
);
process.exit(failed > 0 ? 1 : 0);
