import { setupServer } from 'msw/node';
import type { FollowDb } from './db';
import { createFollowHandlers, type FollowHandlersOptions } from './handlers';
import { createDemoDb } from './seed';

export {
  CredentialErrorCode,
  type StrictCredentialsOptions,
  strictCredentials,
} from './credentials';
export {
  type FollowMockServer,
  type FollowMockServerOptions,
  type MockSeed,
  startFollowMockServer,
} from './http-server';
export type { MockScenario } from './mock-scenario';
export { loadFollowDb, saveFollowDb } from './persistence';

/**
 * An msw server for Node tests answering the follow API from `db` (default: the demo
 * world). Call `listen()` / `close()` as with any msw server; add faults with
 * `server.use(...scenarios.failNext(1))`.
 */
export function setupFollowServer(db: FollowDb = createDemoDb(), options?: FollowHandlersOptions) {
  return setupServer(...createFollowHandlers(db, options));
}
