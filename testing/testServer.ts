import type { RequestHandler } from 'msw';
import { type SetupServer, setupServer } from 'msw/node';

/**
 * An msw server for a suite that shares one across its tests. The suite owns its lifecycle:
 * `listen()` before the tests, `resetHandlers()` after each, `close()` at the end; pass it to
 * `renderWithFollowKit(ui, { server })`, which then only adds that render's handlers.
 */
export interface TestFollowServer {
  /** Starts intercepting. Unhandled requests fail the test unless told otherwise. */
  listen(options?: Parameters<SetupServer['listen']>[0]): void;
  /** Puts handlers (faults, odd answers) in front of the current ones. */
  use(...handlers: RequestHandler[]): void;
  /** Drops every handler added since `listen()` (those of each render included). */
  resetHandlers(): void;
  /** Stops intercepting. */
  close(): void;
  /** The msw server itself, for its events or anything else this interface leaves out. */
  readonly msw: SetupServer;
}

/**
 * A fresh {@link TestFollowServer} with no handlers. Framework-agnostic: wire it to the test
 * runner's hooks yourself.
 *
 * @example
 * const server = createTestFollowServer();
 * beforeAll(() => server.listen());
 * afterEach(() => server.resetHandlers());
 * afterAll(() => server.close());
 */
export function createTestFollowServer(): TestFollowServer {
  const msw = setupServer();
  const server: TestFollowServer = {
    msw,
    listen: (options = { onUnhandledRequest: 'error' }) => {
      // Two listening servers would both intercept every request: a suite's replaces ours.
      if (managed && managed !== server) {
        managed.close();
        managed = undefined;
      }
      msw.listen(options);
    },
    use: (...handlers) => msw.use(...handlers),
    resetHandlers: () => msw.resetHandlers(),
    close: () => msw.close(),
  };
  return server;
}

let managed: TestFollowServer | undefined;

/**
 * The server `renderWithFollowKit` manages when none is passed: created and listening on first
 * use, reset at every later call so no test sees another's handlers, closed when a suite's
 * server starts listening, else when the process (or the test file's worker) ends.
 */
export function managedTestFollowServer(): TestFollowServer {
  if (!managed) {
    const server = createTestFollowServer();
    server.listen();
    managed = server;
  } else {
    managed.resetHandlers();
  }
  return managed;
}
