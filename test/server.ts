import { setupServer } from 'msw/node';

/**
 * The one msw server of the jsdom suite. It starts with no handlers: each test builds its
 * own follow database and installs it with `useFollowServer` (test/harness.ts), so tests
 * never share state.
 */
export const server = setupServer();
