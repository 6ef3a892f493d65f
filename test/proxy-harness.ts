import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import tlsSigApiV2 from 'tls-sig-api-v2';
import { afterAll, beforeAll } from 'vitest';
import { createFollowDb, type FollowDb } from '../mocks/db';
import { type FollowMockServerOptions, startFollowMockServer } from '../mocks/http-server';
import { createFollowProxy, type FollowProxyOptions, toNodeHandler } from '../src/server';
import { server as mswServer } from './server';

/** The mock's app: the proxy signs with the same secret, and the mock verifies it. */
export const APP_ID = 1_400_000_001;
export const SECRET_KEY = 'mock-secret-key-0123456789abcdef0123456789abcdef';
export const ADMIN = 'administrator';

/** Bearer tokens of the app's "session": token → user ID. */
export const TOKENS: Record<string, string> = { 'token-me': 'me', 'token-alice': 'alice' };

/** A UserSig made with Tencent's algorithm, as a secret the tests look for in every output. */
export function makeUserSig(secret = SECRET_KEY, identifier = ADMIN, appID = APP_ID): string {
  return new tlsSigApiV2.Api(appID, secret).genUserSig(identifier, 86_400);
}

/**
 * These tests use real sockets on 127.0.0.1: the suite's msw interception of fetch is
 * switched off for the file, so nothing here is answered in-process.
 */
export function withRealNetwork(): void {
  beforeAll(() => mswServer.close());
}

export function smallGraph(): FollowDb {
  return createFollowDb({
    users: ['me', 'alice', 'bob', 'carol', 'dave'].map((userID) => ({ userID, nick: userID })),
    follows: [
      ['alice', 'me'],
      ['carol', 'alice'],
    ],
  });
}

function bearer(request: Request): string | null {
  const token = request.headers.get('authorization')?.replace(/^Bearer /, '') ?? '';
  return TOKENS[token] ?? null;
}

/**
 * The strict HTTP mock, and `createFollowProxy` in front of it served by a Node http server
 * at `${proxyUrl}/api/im`. Both listen on free ports of 127.0.0.1; `close` stops both.
 */
export async function startProxyStack(
  proxyOptions: Partial<FollowProxyOptions> = {},
  mockOptions: FollowMockServerOptions = {},
) {
  const mock = await startFollowMockServer({
    port: 0,
    db: smallGraph(),
    strict: { sdkAppID: APP_ID, secretKey: SECRET_KEY, admins: [ADMIN] },
    ...mockOptions,
  });
  const logs: string[] = [];
  const options = {
    sdkAppID: APP_ID,
    identifier: ADMIN,
    secretKey: SECRET_KEY,
    upstream: mock.url,
    authenticate: bearer,
    log: (line: string) => logs.push(line),
    ...proxyOptions,
  } as FollowProxyOptions;
  const proxy = createFollowProxy(options);
  const proxyServer = createServer(toNodeHandler(proxy));
  await new Promise<void>((resolve) => proxyServer.listen(0, '127.0.0.1', resolve));
  const { port } = proxyServer.address() as AddressInfo;
  const proxyUrl = `http://127.0.0.1:${port}`;
  const texts: string[] = [];

  /**
   * POSTs `body` (an object, or raw text) to the proxy as `token`; keeps the answer's text.
   * `command` is a follow command, or a path under v4/ such as `profile/portrait_get`.
   */
  async function call(command: string, body: unknown, init: RequestInit & { token?: string } = {}) {
    const { token = 'token-me', ...rest } = init;
    const path = command.includes('/') ? command : `follow/${command}`;
    const response = await fetch(`${proxyUrl}/api/im/v4/${path}`, {
      method: 'POST',
      headers: token ? { authorization: `Bearer ${token}` } : {},
      body: typeof body === 'string' ? body : JSON.stringify(body),
      signal: AbortSignal.timeout(5000),
      ...rest,
    });
    const text = await response.text();
    texts.push(text);
    return { status: response.status, body: JSON.parse(text), text };
  }

  return {
    mock,
    /** The proxy itself, for in-process calls (`proxy.fetchAs`). */
    proxy,
    proxyUrl,
    logs,
    /** Every response text `call` saw. */
    texts,
    call,
    async close() {
      proxyServer.closeAllConnections();
      await new Promise((resolve) => proxyServer.close(resolve));
      await mock.close();
    },
  };
}

/** A stack per file, closed after it. */
export function proxyStackPerFile(...args: Parameters<typeof startProxyStack>) {
  const holder = {} as { stack: Awaited<ReturnType<typeof startProxyStack>> };
  beforeAll(async () => {
    holder.stack = await startProxyStack(...args);
  });
  afterAll(() => holder.stack.close());
  return holder;
}
