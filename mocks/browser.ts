import { setupWorker } from 'msw/browser';
import type { FollowDb } from './db';
import { createFollowHandlers, type FollowHandlersOptions } from './handlers';
import { createDemoDb } from './seed';

/**
 * An msw service worker answering the follow API from `db` (default: the demo world) in
 * the browser. Call `start()`; the app needs msw's `mockServiceWorker.js` in its public
 * folder (`npx msw init public`).
 */
export function setupFollowWorker(db: FollowDb = createDemoDb(), options?: FollowHandlersOptions) {
  return setupWorker(...createFollowHandlers(db, options));
}
