// @vitest-environment node
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withRealNetwork } from '../test/proxy-harness';
import { parseMockArgs } from './cli';
import { createFollowDb } from './db';
import { startFollowMockServer } from './http-server';
import { loadFollowDb } from './persistence';

withRealNetwork();
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rfk-mock-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function post(url: string, command: string, body: unknown) {
  return fetch(`${url}/v4/follow/${command}`, {
    method: 'POST',
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(5000),
  });
}

const follow = (url: string, from: string, to: string) =>
  post(url, 'follow_add', { From_Account: from, FollowItem: [{ To_Account: to }] });

describe('startFollowMockServer', () => {
  test('serves the handlers over HTTP with CORS and a scenario control route', async () => {
    const server = await startFollowMockServer({
      port: 0,
      db: createFollowDb({ users: [{ userID: 'me' }, { userID: 'alice' }] }),
      scenario: { failNext: { count: 1 } },
    });
    try {
      const preflight = await fetch(`${server.url}/v4/follow/follow_add`, { method: 'OPTIONS' });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-headers')).toContain('authorization');

      const failed = await follow(server.url, 'me', 'alice');
      expect(failed.headers.get('access-control-allow-origin')).toBe('*');
      expect(await failed.json()).toMatchObject({ ActionStatus: 'FAIL', ErrorCode: 30006 });
      expect(await (await follow(server.url, 'me', 'alice')).json()).toMatchObject({
        ErrorCode: 0,
      });
      expect(server.db.followType('me', 'alice')).toBe(2);

      const control = `${server.url}/__mock/scenario`;
      const set = await fetch(control, { method: 'POST', body: '{"httpError":{"status":503}}' });
      expect(await set.json()).toEqual({ httpError: { status: 503 } });
      expect((await follow(server.url, 'me', 'alice')).status).toBe(503);
      const bad = await fetch(control, { method: 'POST', body: '{"explode":true}' });
      expect(bad.status).toBe(400);
      expect(await bad.json()).toEqual({
        error: expect.stringMatching(/Unknown scenario field explode/),
      });
      await fetch(control, { method: 'POST', body: '{"networkError":{"times":1}}' });
      await expect(follow(server.url, 'me', 'alice')).rejects.toThrow();
      expect((await follow(server.url, 'me', 'alice')).status).toBe(200);
      expect(server.followRequests).toBe(5);
    } finally {
      await server.close();
    }
  });

  test('with a data file, follows survive a restart', async () => {
    const dataFile = join(dir, 'db.json');
    const first = await startFollowMockServer({ port: 0, dataFile });
    const target = ['vera', 'max', 'bob', 'ivan'].find(
      (id) => (first.db.followType('me', id) & 2) === 0,
    );
    expect(target).toBeDefined();
    const answer = await (await follow(first.url, 'me', target as string)).json();
    expect(answer).toMatchObject({ ErrorCode: 0, ResultItem: [{ ResultCode: 0 }] });
    await first.close();

    const second = await startFollowMockServer({ port: 0, dataFile });
    try {
      expect(second.db.followType('me', target as string) & 2).toBe(2);
      const page = await post(second.url, 'follow_get', {
        From_Account: 'me',
        FollowType: 2,
        StartCursor: '',
      });
      const { FollowItem } = (await page.json()) as { FollowItem: Array<{ To_Account: string }> };
      expect(FollowItem[0]?.To_Account).toBe(target);
    } finally {
      await second.close();
    }
  });
});

/** The CLI from source in a child process; resolves with its URL once it listens. */
function startCli(args: string[]): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['scripts/mock-serve.mjs', '--port', '0', ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the mock CLI did not start in 20 s')), 20_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      const url = /listening on (\S+)/.exec(String(chunk))?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({ child, url });
      }
    });
    child.once('exit', () => reject(new Error('the mock CLI exited before listening')));
  });
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

describe('react-follow-kit-mock (CLI)', () => {
  test('parses its options and refuses bad ones with a message', () => {
    expect(
      parseMockArgs(['--port', '0', '--seed', 'graph', '--data', 'x.json', '--latency', '50-200']),
    ).toMatchObject({
      port: 0,
      seed: 'graph',
      dataFile: 'x.json',
      scenario: { latency: { min: 50, max: 200 } },
    });
    expect(() => parseMockArgs(['--seed', 'huge'])).toThrow(/--seed must be demo or graph/);
    expect(() => parseMockArgs(['--strict', '--sdkappid', '1'], {})).toThrow(
      /FOLLOW_MOCK_SECRET_KEY/,
    );
  });

  test('stops cleanly on SIGTERM', { timeout: 30_000 }, async () => {
    const { child, url } = await startCli([]);
    expect((await fetch(`${url}/__mock/scenario`)).status).toBe(200);
    child.kill('SIGTERM');
    expect(await exited(child)).toBe(0);
  });

  test('a kill during writes loses no acknowledged follow and leaves a valid file', {
    timeout: 30_000,
  }, async () => {
    const dataFile = join(dir, 'db.json');
    const { child, url } = await startCli([
      '--seed',
      'graph',
      '--users',
      '400',
      '--data',
      dataFile,
    ]);
    const acknowledged: string[] = [];
    const gone = exited(child);
    let killed = false;
    setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, 400);
    for (let i = 2; i <= 400 && !killed; i++) {
      const userID = `user-${String(i).padStart(5, '0')}`;
      try {
        const answer = (await (await follow(url, 'me', userID)).json()) as { ErrorCode: number };
        if (answer.ErrorCode === 0) acknowledged.push(userID);
      } catch {
        break; // the connection died with the process
      }
    }
    await gone;
    expect(acknowledged.length).toBeGreaterThan(0);
    const db = loadFollowDb(dataFile, () => {
      throw new Error('the data file is missing');
    });
    for (const userID of acknowledged) expect(db.followType('me', userID) & 2).toBe(2);
    expect(() => JSON.parse(readFileSync(dataFile, 'utf8'))).not.toThrow();
    expect(readdirSync(dir).filter((name) => !name.endsWith('.tmp'))).toEqual(['db.json']);
  });
});
