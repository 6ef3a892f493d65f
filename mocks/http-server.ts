/// <reference types="node" />
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getResponse, type HttpHandler } from 'msw';
import { restError } from '../src/server/errors';
import { sendWebResponse, toWebRequest } from '../src/server/node';
import { type StrictCredentialsOptions, strictCredentials } from './credentials';
import { createFollowDb, type FollowDb, type FollowDbOptions } from './db';
import { createFollowHandlers } from './handlers';
import { type MockScenario, scenarioHandlers } from './mock-scenario';
import { loadFollowDb, saveFollowDb } from './persistence';
import { demoFollows, demoUsers, generateFollowGraph } from './seed';

/** Seeds of the HTTP mock server: the Storybook world, or a generated graph around `me`. */
export type MockSeed = 'demo' | 'graph';

/** Options of {@link startFollowMockServer}. */
export interface FollowMockServerOptions {
  /** Default 4010; 0 picks a free port (read it from `server.port`). */
  port?: number;
  /** Default `'127.0.0.1'`. */
  host?: string;
  /** The store to serve. Default: a fresh one from `seed`. Not with `dataFile`. */
  db?: FollowDb;
  /** Default `'demo'`. */
  seed?: MockSeed;
  /** Users of the `'graph'` seed. Default 1000. */
  graphUsers?: number;
  /**
   * A JSON file the store lives in: loaded at start (seeded when missing), rewritten
   * atomically after every change before the change is acknowledged.
   */
  dataFile?: string;
  /** Latency and faults from the start; change them with `setScenario` or the control route. */
  scenario?: MockScenario;
  /** Check credentials as Tencent does (see `strictCredentials`). Default: not checked. */
  strict?: StrictCredentialsOptions;
  /** Answer CORS preflights and allow any origin (local development). Default true. */
  cors?: boolean;
}

/** A running HTTP mock server. */
export interface FollowMockServer {
  /** `http://host:port`, the `baseUrl` / proxy `upstream` to use. */
  readonly url: string;
  readonly port: number;
  readonly db: FollowDb;
  /** How many REST requests (`…/v4/follow/…` and `…/v4/profile/…`) have arrived. */
  readonly followRequests: number;
  /** Replaces the active scenario; `{}` is the normal server. */
  setScenario(scenario: MockScenario): void;
  /** Stops listening and ends open connections. */
  close(): Promise<void>;
}

const CONTROL_PATH = '/__mock/scenario';

const CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers': 'authorization, content-type, accept',
  'access-control-max-age': '600',
};

function seedOptions(seed: MockSeed, graphUsers: number): FollowDbOptions {
  if (seed === 'graph') {
    return generateFollowGraph({ seed: 1, userCount: graphUsers, me: 'me', celebrityFans: 500 });
  }
  // Fixed, increasing times so that the demo's order survives a save.
  const start = Math.floor(Date.UTC(2024, 0, 15, 9, 0) / 1000);
  const follows = demoFollows.map(([from, to], i): [string, string, number] => [
    from,
    to,
    start + i * 5820,
  ]);
  return { users: demoUsers, follows };
}

function openDb(options: FollowMockServerOptions): FollowDb {
  const seed = () => seedOptions(options.seed ?? 'demo', options.graphUsers ?? 1000);
  if (options.dataFile !== undefined) {
    if (options.db) throw new TypeError('startFollowMockServer: give db or dataFile, not both');
    return loadFollowDb(options.dataFile, seed);
  }
  return options.db ?? createFollowDb(seed());
}

/**
 * Serves the mock's msw handlers over real HTTP, so any stack (a backend proxy, a mobile
 * app, an e2e run) can talk to it. `POST /__mock/scenario` with a {@link MockScenario}
 * switches latency and faults; `GET /__mock/scenario` shows the active one.
 */
export async function startFollowMockServer(
  options: FollowMockServerOptions = {},
): Promise<FollowMockServer> {
  const db = openDb(options);
  const { dataFile, cors = true } = options;
  const followHandlers = createFollowHandlers(db, {
    ...(options.strict && { checkCredentials: strictCredentials(options.strict) }),
  });
  let scenario: MockScenario = {};
  let handlers: HttpHandler[] = followHandlers;
  let followRequests = 0;
  let dirty = false;
  db.subscribe(() => {
    dirty = true;
  });

  function setScenario(next: MockScenario) {
    handlers = [...scenarioHandlers(next), ...followHandlers];
    scenario = next;
  }
  if (options.scenario) setScenario(options.scenario);

  async function control(request: Request): Promise<Response> {
    if (request.method === 'GET') return Response.json(scenario);
    try {
      setScenario(JSON.parse(await request.text()));
      return Response.json(scenario);
    } catch (error) {
      return Response.json({ error: (error as Error).message }, { status: 400 });
    }
  }

  async function answer(request: Request): Promise<Response> {
    const { pathname } = new URL(request.url);
    if (request.method === 'OPTIONS') return new Response(null, { status: 204 });
    if (pathname === CONTROL_PATH) return control(request);
    if (/\/v4\/(follow|profile)\//.test(pathname)) followRequests++;
    const response = await getResponse(handlers, request);
    if (dirty && dataFile !== undefined) {
      // Saved before the answer leaves: an acknowledged follow is on disk.
      saveFollowDb(dataFile, db);
      dirty = false;
    }
    return response ?? restError(404, 30001, `No follow API at ${request.method} ${pathname}`);
  }

  async function onRequest(incoming: IncomingMessage, outgoing: ServerResponse) {
    let response: Response;
    try {
      response = await answer(toWebRequest(incoming));
    } catch (error) {
      response = restError(500, 30006, `Mock server error: ${(error as Error).message}`);
    }
    if (cors && response.type !== 'error') {
      response = new Response(response.body, response);
      for (const [name, value] of Object.entries(CORS_HEADERS)) response.headers.set(name, value);
    }
    await sendWebResponse(response, outgoing).catch(() => outgoing.destroy());
  }

  const server = createServer((incoming, outgoing) => void onRequest(incoming, outgoing));
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4010, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    db,
    get followRequests() {
      return followRequests;
    },
    setScenario,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
