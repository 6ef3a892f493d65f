// `npm run bench`: every performance figure of the kit, one `name=value unit` per line.
// Bundle sizes come from Vite builds; the rest from the vitest `bench` projects, which record
// what they measure into .bench/figures.txt.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { bundleFigures } from './bundle-size.mjs';

const root = resolve(import.meta.dirname, '..');
const figuresFile = resolve(root, '.bench/figures.txt');
rmSync(figuresFile, { force: true });

const projects = ['bench', ...(process.argv.includes('--no-browser') ? [] : ['bench-browser'])];
const run = spawnSync(
  'npx',
  ['vitest', 'run', ...projects.flatMap((name) => ['--project', name]), '--reporter=dot'],
  {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, BENCH_FIGURES: figuresFile },
  },
);

const lines = [...(await bundleFigures())];
if (existsSync(figuresFile)) lines.push(...readFileSync(figuresFile, 'utf8').trim().split('\n'));
console.log(`\n${lines.join('\n')}`);
process.exit(run.status ?? 1);
