import {
  createFollowDb,
  createFollowHandlers,
  type FollowDb,
  type FollowDbOptions,
} from '../../mocks';
import {
  createRestFollowClient,
  type RestFollowClient,
  type RestFollowClientOptions,
} from '../../src/client/createRestFollowClient';
import { server } from '../server';

/** Origin of the REST client under test; the mock handlers answer on any origin. */
export const BASE_URL = 'https://im.example.test';

/** One request the client sent, as the server saw it. */
export interface SentRequest {
  command: string;
  url: URL;
  headers: Headers;
  body: Record<string, unknown>;
}

/**
 * Records every request that reaches the msw server from now until the test ends, through
 * the server's 'request:start' event (no code of ours is mocked).
 */
export function recordRequests(): { sent(): Promise<SentRequest[]>; count(): number } {
  const pending: Array<Promise<SentRequest>> = [];
  const listener = ({ request }: { request: Request }) => {
    const url = new URL(request.url);
    pending.push(
      request
        .clone()
        .text()
        .then((text) => ({
          command: url.pathname.split('/').at(-1) ?? '',
          url,
          headers: request.headers,
          body: text ? JSON.parse(text) : {},
        })),
    );
  };
  server.events.on('request:start', listener);
  onTestFinished(() => {
    server.events.removeListener('request:start', listener);
  });
  return { sent: () => Promise.all(pending), count: () => pending.length };
}

/** A fresh mock database behind the msw server and a REST client signed in as `me`. */
export function setupRestClient(
  options: { db?: FollowDbOptions; client?: Partial<RestFollowClientOptions> } = {},
): { db: FollowDb; client: RestFollowClient } {
  const db = createFollowDb({ now: () => 1_700_000_000_000, ...options.db });
  if (!db.hasUser('me')) db.addUser({ userID: 'me', nick: 'Me' });
  server.use(...createFollowHandlers(db));
  const client = createRestFollowClient({ baseUrl: BASE_URL, userID: 'me', ...options.client });
  return { db, client };
}

/** The error a promise rejects with; fails the test when it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    (value) => expect.unreachable(`expected a rejection, got ${JSON.stringify(value)}`),
    (error: unknown) => error,
  );
}
