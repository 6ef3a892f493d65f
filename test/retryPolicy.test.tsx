import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { type HttpHandler, HttpResponse, http } from 'msw';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { createFollowDb, createFollowHandlers, scenarios } from '../mocks/index';
import { FollowButton } from '../src/components/FollowButton/FollowButton';
import { FollowCounts } from '../src/components/FollowCounts/FollowCounts';
import { FollowerList } from '../src/components/FollowerList/FollowerList';
import { FollowProvider } from '../src/components/FollowProvider/FollowProvider';
import { createRestFollowClient } from '../src/rest';
import { countFollowCalls, stubElementSize, TEST_BASE_URL } from './harness';
import { server } from './server';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The kit as an app without a QueryClient of its own mounts it (the kit then creates one
 * with TanStack's defaults: 3 retries), or inside the app's own QueryClient.
 */
function mount(
  ui: ReactNode,
  {
    appQueryClient,
    handlers = [],
  }: { appQueryClient?: QueryClient; handlers?: HttpHandler[] } = {},
) {
  const db = createFollowDb({
    users: [{ userID: 'me' }, { userID: 'alice', nick: 'Alice' }],
    follows: [['alice', 'me']],
  });
  server.use(...createFollowHandlers(db));
  // use() puts handlers in front: faults go last so that they answer first.
  server.use(...handlers);
  const client = createRestFollowClient({ baseUrl: TEST_BASE_URL, userID: 'me' });
  const kit = (
    <FollowProvider client={client} userID="me">
      {ui}
    </FollowProvider>
  );
  const calls = countFollowCalls();
  render(
    appQueryClient ? <QueryClientProvider client={appQueryClient}>{kit}</QueryClientProvider> : kit,
  );
  return calls;
}

describe('retry policy of the reads', () => {
  it("shows an unknown user's list error after one request, not after ~7 s of retries", async () => {
    const restore = stubElementSize();
    const calls = mount(<FollowerList type="followers" userID="ghost" />);
    expect(await screen.findByText("Couldn't load this list.")).toBeInTheDocument();
    // TanStack's first retry would go out after 1 s.
    await sleep(1200);
    expect(calls.of('follow_get')).toBe(1);
    restore();
    calls.stop();
  });

  it('shows a malformed answer as an error after one request, in the app’s own QueryClient too', async () => {
    const calls = mount(<FollowCounts userID="alice" />, {
      appQueryClient: new QueryClient(),
      handlers: [
        http.post('*/v4/follow/follow_get_info', () => HttpResponse.json({ ActionStatus: 'OK' })),
      ],
    });
    expect(await screen.findByText("Couldn't load counts.")).toBeInTheDocument();
    await sleep(1200);
    expect(calls.of('follow_get_info')).toBe(1);
    calls.stop();
  });

  it('refuses an invalid user ID at once, with no request and no retry', async () => {
    const calls = mount(<FollowButton userID=" bad id " />);
    expect(
      await screen.findByRole('button', { name: /Retry loading follow status/ }, { timeout: 500 }),
    ).toBeInTheDocument();
    expect(calls.of('follow_check')).toBe(0);
    calls.stop();
  });

  it('retries a retryable server error with backoff and then shows the answer', async () => {
    const calls = mount(<FollowButton userID="alice" name="Alice" />, {
      handlers: scenarios.failNext(1, 30006, { commands: ['follow_check'] }),
    });
    expect(
      await screen.findByRole('button', { name: 'Follow back Alice' }, { timeout: 3000 }),
    ).toBeInTheDocument();
    expect(calls.of('follow_check')).toBe(2);
    calls.stop();
  });

  it("leaves an app's explicit retry choice alone (a test QueryClient with retry: false)", async () => {
    const calls = mount(<FollowButton userID="alice" name="Alice" />, {
      appQueryClient: new QueryClient({ defaultOptions: { queries: { retry: false } } }),
      handlers: scenarios.failNext(1, 30006, { commands: ['follow_check'] }),
    });
    expect(
      await screen.findByRole('button', { name: 'Retry loading follow status of Alice' }),
    ).toBeInTheDocument();
    expect(calls.of('follow_check')).toBe(1);
    calls.stop();
  });
});
