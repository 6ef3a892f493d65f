import { setupServer } from 'msw/node';
import type { FollowDb } from './db';
import { createFollowHandlers, type FollowHandlersOptions } from './handlers';
import { createDemoDb } from './seed';

/**
 * An msw server for Node tests answering the follow API from `db` (default: the demo
 * world). Call `listen()` / `close()` as with any msw server; add faults with
 * `server.use(...scenarios.failNext(1))`.
 */
export function setupFollowServer(db: FollowDb = createDemoDb(), options?: FollowHandlersOptions) {
  return setupServer(...createFollowHandlers(db, options));
}
