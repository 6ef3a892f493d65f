// Shared by the consumer scripts that test the packed kit in a fresh app outside the repo:
// argument parsing, bounded child processes (killed with their whole group), free ports,
// building + packing, and the `{ numPassedTests, numFailedTests }` report CI sums.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '..');

/** `--key=value` / `--flag` arguments as an object of strings. */
export function parseArgs(argv = process.argv.slice(2)) {
  return Object.fromEntries(
    argv.map((arg) => {
      const [key, value = 'true'] = arg.replace(/^--/, '').split('=');
      return [key, value];
    }),
  );
}

export const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

const quietNpm = { npm_config_fund: 'false', npm_config_audit: 'false' };

/**
 * Starts a command in its own process group. `stop()` kills the group; `exited` settles when
 * it ends; `output()` is what it printed so far.
 */
export function start(command, args, { cwd, env = {} }) {
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, ...quietNpm, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise((resolveExit) => {
    child.on('error', (error) => resolveExit({ code: null, signal: null, error }));
    child.on('close', (code, signal) => resolveExit({ code, signal }));
  });
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {}
  };
  return { child, exited, stop, output: () => output };
}

/** Runs a command to its end within `timeoutMs`; resolves with its output, rejects with its tail. */
export async function run(command, args, { cwd, timeoutMs, env }) {
  const proc = start(command, args, { cwd, env });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    proc.stop();
  }, timeoutMs);
  const { code, signal, error } = await proc.exited;
  clearTimeout(timer);
  if (code === 0) return proc.output();
  const what = `${command} ${args.join(' ')}`;
  const why = error
    ? `could not start: ${error.message}`
    : timedOut
      ? `timed out after ${timeoutMs / 1000} s`
      : `exited with ${code ?? signal}`;
  const tail = proc.output().trim().split('\n').slice(-40).join('\n');
  throw new Error(`${what} ${why}\n${tail}`);
}

/** A port that was free on 127.0.0.1 a moment ago. */
export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

/** Builds the kit (unless `skipBuild`) and packs it into `dir`; resolves with the tarball. */
export async function buildAndPack(dir, { skipBuild = false, log = console.log } = {}) {
  if (!skipBuild) {
    const started = Date.now();
    await run('npm', ['run', 'build', '--silent'], { cwd: root, timeoutMs: 300_000 });
    log(`built in ${seconds(Date.now() - started)}`);
  }
  const [packed] = JSON.parse(
    await run('npm', ['pack', '--json', '--silent', '--pack-destination', dir], {
      cwd: root,
      timeoutMs: 120_000,
    }),
  );
  log(`packed ${packed.filename} (${packed.entryCount} files) in ${dir}`);
  return join(dir, packed.filename);
}

/** `npm install` in `cwd`, bounded (a first install of Next.js takes a while). */
export function npmInstall(cwd, packages, timeoutMs = 300_000) {
  const flags = ['--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'];
  return run('npm', ['install', ...flags, ...packages], { cwd, timeoutMs });
}

/** Writes the report `.ci/count-results.mjs` sums, when `--report=<file>` was given. */
export function writeReport(file, results, extra = {}) {
  if (!file || file === 'true') return;
  const numPassedTests = results.filter((result) => result.ok).length;
  const report = {
    numPassedTests,
    numFailedTests: results.length - numPassedTests,
    results,
    ...extra,
  };
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
}
