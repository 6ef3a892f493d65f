import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

// React Server Components treat a module as client code only when it starts with
// 'use client'. The library build keeps the sources' directives (finalize-dist checks dist/);
// this checks the sources, so that a new hook or handler cannot ship as a server module.

const root = resolve(import.meta.dirname, '..');
const USE_CLIENT = /^'use client';\n/;
/** Hook calls, context creation, and JSX event handler props. */
const NEEDS_CLIENT = /\b(use[A-Z]\w*|createContext)\s*\(|\son[A-Z]\w*=\{/;
/** Directive without hooks of its own: its props (a client instance) cannot cross from a server component. */
const BOUNDARY_ONLY = new Set(['src/components/FollowProvider/FollowProvider.tsx']);
const SERVER_SAFE = /^(src\/client|src\/server|mocks)\//;

const stripComments = (code: string) => code.replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, '');

function sources(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.(test|stories)\.tsx?$|\.d\.ts$/.test(name) ? [path] : [];
  });
}

const modules = ['src', 'mocks'].flatMap(sources).map((path) => {
  const file = relative(root, join(root, path));
  const code = readFileSync(join(root, file), 'utf8');
  return {
    file,
    hasDirective: USE_CLIENT.test(code),
    needsClient: NEEDS_CLIENT.test(stripComments(code)),
  };
});

describe("'use client' in the sources", () => {
  it('finds the component and hook modules', () => {
    const clientModules = modules.filter((m) => m.hasDirective).map((m) => m.file);
    expect(clientModules).toEqual(
      expect.arrayContaining([
        'src/components/FollowButton/FollowButton.tsx',
        'src/components/FollowProvider/FollowProvider.tsx',
        'src/query/FollowKitProvider.tsx',
        'src/query/useFollowType.ts',
      ]),
    );
  });

  it('is on exactly the modules that run only on the client', () => {
    const wrong = modules
      .filter((m) => !SERVER_SAFE.test(m.file))
      .filter((m) => m.hasDirective !== (m.needsClient || BOUNDARY_ONLY.has(m.file)))
      .map((m) => `${m.file}: ${m.hasDirective ? 'has it, needs none' : 'needs it'}`);
    expect(wrong).toEqual([]);
  });

  it('leaves the client layer, the proxy and the mocks usable on the server', () => {
    const offenders = modules.filter((m) => SERVER_SAFE.test(m.file) && m.hasDirective);
    expect(offenders.map((m) => m.file)).toEqual([]);
  });
});
