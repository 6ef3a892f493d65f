// Last step of `npm run build`: makes the emitted declarations resolvable under every
// TypeScript module resolution an app may use, then checks that every import in dist/
// resolves inside the package or names an external the package declares.
//
// tsc copies the sources' extensionless specifiers ('./client/index', '..') into the
// `.d.ts` files. Bundler resolution accepts them, but `moduleResolution: "nodenext"` in an
// ESM package does not, and silently types the whole kit as `any`. They are rewritten to
// the `.js` paths that exist next to them ('./client/index.js', '../index.js').
// tsc also names some inferred types through '@tanstack/query-core', a dependency of
// '@tanstack/react-query' that an app does not list (pnpm does not hoist it); react-query
// re-exports all of query-core, so those references go through react-query instead.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');

/** Bare modules the output may import: peers, the one dependency, and their subpaths. */
const EXTERNAL = new Set([
  'react',
  'react/jsx-runtime',
  'react-dom',
  '@tanstack/react-query',
  '@tanstack/react-virtual',
  '@floating-ui/react-dom',
  'msw',
  'msw/node',
  'msw/browser',
  'tls-sig-api-v2',
  '@tencentcloud/chat',
  '@testing-library/react',
  '@testing-library/user-event',
]);

/** The only modules that may import Floating UI (its placement is the hover card's alone). */
const FLOATING_UI_USERS = /^src\/components\/ProfileHoverCard\//;

/** Node built-ins, which the server entry and the HTTP mock use. */
const isNodeBuiltin = (specifier) => specifier.startsWith('node:');

/**
 * `from '…'`, `import '…'`, `import('…')` and `export … from '…'` specifiers; comments match
 * first (group 1) so that examples in doc comments are left alone.
 */
const SPECIFIER =
  /(\/\*[\s\S]*?\*\/|^\s*\/\/.*$)|(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])([^'"\n]+)\3/gm;

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const problems = [];

/** The `.js` specifier for an extensionless relative one in a declaration file. */
function withExtension(file, specifier) {
  if (/\.(js|mjs|cjs|json|css)$/.test(specifier)) return specifier;
  const base = resolve(dirname(file), specifier);
  if (existsSync(`${base}.d.ts`)) return `${specifier}.js`;
  if (existsSync(join(base, 'index.d.ts'))) return `${specifier.replace(/\/$/, '')}/index.js`;
  problems.push(`${relative(root, file)}: '${specifier}' has no declaration in dist/`);
  return specifier;
}

if (!existsSync(dist)) {
  console.error('finalize-dist: dist/ does not exist; run the build first');
  process.exit(1);
}

const files = walk(dist);
let rewritten = 0;
for (const file of files.filter((path) => path.endsWith('.d.ts'))) {
  const source = readFileSync(file, 'utf8');
  const next = source.replace(SPECIFIER, (match, comment, lead, quote, specifier) => {
    if (comment) return match;
    if (specifier.startsWith('.'))
      return `${lead}${quote}${withExtension(file, specifier)}${quote}`;
    if (specifier === '@tanstack/query-core') return `${lead}${quote}@tanstack/react-query${quote}`;
    return match;
  });
  if (next !== source) {
    writeFileSync(file, next);
    rewritten += 1;
  }
}

// Check: relative imports land on files that exist, bare ones are declared externals.
for (const file of files.filter((path) => /\.(js|d\.ts)$/.test(path))) {
  const isTypes = file.endsWith('.d.ts');
  for (const [, comment, , , specifier] of readFileSync(file, 'utf8').matchAll(SPECIFIER)) {
    if (comment) continue;
    if (specifier.startsWith('.')) {
      const target = resolve(dirname(file), specifier);
      const exists = isTypes
        ? existsSync(target.replace(/\.js$/, '.d.ts'))
        : existsSync(target) && !statSync(target).isDirectory();
      if (!exists || !/\.js$/.test(specifier)) {
        problems.push(`${relative(root, file)}: '${specifier}' does not resolve in dist/`);
      }
    } else if (!EXTERNAL.has(specifier) && !isNodeBuiltin(specifier)) {
      problems.push(`${relative(root, file)}: imports '${specifier}', not a declared external`);
    } else if (
      specifier.startsWith('@floating-ui/') &&
      !FLOATING_UI_USERS.test(relative(dist, file))
    ) {
      // Only the hover card may load Floating UI: apps that never import it must not bundle it.
      problems.push(`${relative(root, file)}: imports '${specifier}' outside ProfileHoverCard`);
    }
  }
  if (/\.test\.|test-support|stories/.test(file)) {
    problems.push(`${relative(root, file)}: test or story code in dist/`);
  }
}

// React Server Components: every module that calls hooks or creates a context must stay a
// client module ('use client' first, which the library build keeps from the sources), and
// the client layer, the proxy and the mocks must stay importable on the server.
const USE_CLIENT = /^(['"])use client\1;?/;
const CALLS_HOOKS = /\b(use[A-Z]\w*|createContext)\s*\(/;
const SERVER_SAFE = /^(src\/client|src\/server|mocks|testing)\//;
const stripComments = (code) => code.replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, '');
let clientModules = 0;
for (const file of files.filter((path) => path.endsWith('.js'))) {
  const name = relative(dist, file);
  const code = readFileSync(file, 'utf8');
  const isClient = USE_CLIENT.test(code);
  clientModules += isClient ? 1 : 0;
  if (SERVER_SAFE.test(name)) {
    if (isClient)
      problems.push(`dist/${name}: has 'use client', but must stay usable on the server`);
  } else if (!isClient && CALLS_HOOKS.test(stripComments(code))) {
    problems.push(`dist/${name}: calls hooks but does not start with 'use client'`);
  }
}

for (const entry of [
  'src/index.js',
  'src/index.d.ts',
  'mocks/index.js',
  'mocks/index.d.ts',
  'mocks/node.js',
  'mocks/node.d.ts',
  'mocks/browser.js',
  'mocks/browser.d.ts',
  'mocks/bin.js',
  'src/server/index.js',
  'src/server/index.d.ts',
  'mocks/tencent-chat/index.js',
  'mocks/tencent-chat/index.d.ts',
  'testing/index.js',
  'testing/index.d.ts',
  'styles.css',
]) {
  if (!existsSync(join(dist, entry))) problems.push(`dist/${entry} is missing`);
}

// npx and npm's bin links run this file directly: it needs its hashbang.
if (!readFileSync(join(dist, 'mocks/bin.js'), 'utf8').startsWith('#!/usr/bin/env node')) {
  problems.push('dist/mocks/bin.js does not start with #!/usr/bin/env node');
}

if (problems.length > 0) {
  console.error(`finalize-dist: ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(
  `finalize-dist: ${rewritten} declaration files rewritten; every import in dist/ resolves; ${clientModules} 'use client' modules`,
);
