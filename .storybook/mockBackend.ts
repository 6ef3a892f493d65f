/// <reference types="vite/client" />
import { getResponse, type HttpHandler, http } from 'msw';
import { type SetupWorker, setupWorker } from 'msw/browser';
import { restFail } from '../mocks/rest-response';

/**
 * One service worker serves every story, but a docs page renders several stories at once,
 * each with its own db and scenario. So each mounted story opens a "stage": its client calls
 * `/api/<stage>/v4/follow/*` (and `/v4/profile/*`), and one permanent handler routes the call
 * to that stage's handlers. Being an initial handler, it survives msw-storybook-addon's resets.
 */
const stages = new Map<string, readonly HttpHandler[]>();
let stageCount = 0;

/**
 * A call can leave after its story unmounted (a batched check whose timer fires after the
 * stage closed). Let through, it would reach the dev server and log a 404 in the console; a
 * network error would log too. It gets a REST error nobody reads (30001 is not retried).
 */
const closedStage = () => restFail(30001, 'this story has unmounted: its mock server is closed');

const stageRouter = http.post('*/api/:stage/v4/:service/:command', ({ request, params }) => {
  const handlers = stages.get(String(params.stage));
  return handlers ? getResponse([...handlers], request) : closedStage();
});

/** Where one mounted story's mock server lives. */
export interface MockStage {
  /** `baseUrl` for `createRestFollowClient`: same origin, `/api/<stage>`. */
  baseUrl: string;
  /** Replaces the handlers answering this stage's calls. */
  serve(handlers: readonly HttpHandler[]): void;
  close(): void;
}

export function openStage(): MockStage {
  stageCount += 1;
  const id = `stage-${stageCount}`;
  return {
    baseUrl: `${window.location.origin}/api/${id}`,
    serve: (handlers) => stages.set(id, handlers),
    close: () => stages.delete(id),
  };
}

/** The setup function of msw-storybook-addon's `mswLoader`: starts the worker once. */
export async function startMockWorker(): Promise<SetupWorker> {
  const worker = setupWorker(stageRouter);
  await worker.start({
    quiet: true,
    onUnhandledRequest: 'bypass',
    // BASE_URL is './' in a static build (which may be served from a sub-path), '/' in dev
    // and in Vitest, whose test pages live elsewhere but get the static dirs at the root.
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
  return worker;
}
