// Prefetch on the server, render to a string, dehydrate; then hydrate the markup in the
// browser (jsdom) with the dehydrated cache: no mismatch, no refetch, and it stays live.
import { dehydrate, hydrate, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { createFollowDb, createFollowHandlers, scenarios } from '../mocks/index';
// createFollowKit: a server has no component to call useFollowKit() in.
import {
  createFollowKit,
  FollowButton,
  type FollowClient,
  FollowCounts,
  FollowerList,
  FollowProvider,
  FollowType,
  followCountsOptions,
  followTypeOptions,
  prefetchFollowerList,
} from '../src/index';
import { createRestFollowClient } from '../src/rest';
import { stubElementSize } from './harness';
import { server } from './server';

const BASE_URL = 'https://im.ssr.test';
/** Generous: the first render of a test file is slow on a loaded CI machine. */
const WAIT = { timeout: 5000 };

/** A REST client for 'me' that records the commands it sends. */
function countingClient() {
  const commands: string[] = [];
  const client = createRestFollowClient({
    baseUrl: BASE_URL,
    userID: 'me',
    fetch: (input, init) => {
      commands.push(new URL(String(input)).pathname.split('/').pop() ?? '');
      return globalThis.fetch(input, init);
    },
  });
  return { client, commands };
}

function Page({ queryClient, client }: { queryClient: QueryClient; client: FollowClient }) {
  return (
    <QueryClientProvider client={queryClient}>
      <FollowProvider client={client} userID="me">
        <FollowCounts />
        <FollowButton userID="alice" name="Alice" />
      </FollowProvider>
    </QueryClientProvider>
  );
}

/** Hydrates server markup in a jsdom container; returns the root and React's recoverable errors. */
async function hydrateInBrowser(html: string, ui: ReactNode) {
  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.append(container);
  const recoverableErrors: unknown[] = [];
  let root: Root | undefined;
  await act(async () => {
    root = hydrateRoot(container, ui, {
      onRecoverableError: (error) => recoverableErrors.push(error),
    });
  });
  onTestFinished(() => {
    act(() => root?.unmount());
    container.remove();
  });
  return { container, recoverableErrors };
}

describe('server rendering and hydration', () => {
  it('hydrates the loading markup without a mismatch, then loads in the browser', async () => {
    const db = createFollowDb({
      users: [{ userID: 'me' }, { userID: 'alice', nick: 'Alice' }],
      follows: [['alice', 'me']],
    });
    server.use(...createFollowHandlers(db));
    const onServer = countingClient();
    const html = renderToString(<Page queryClient={new QueryClient()} client={onServer.client} />);
    expect(html).toContain('aria-label="Loading… Alice"');
    expect(onServer.commands).toEqual([]);

    const inBrowser = countingClient();
    const queryClient = new QueryClient();
    onTestFinished(() => queryClient.clear());
    const { container, recoverableErrors } = await hydrateInBrowser(
      html,
      <Page queryClient={queryClient} client={inBrowser.client} />,
    );
    expect(recoverableErrors).toEqual([]);
    expect(await screen.findByRole('button', { name: 'Follow back Alice' }, WAIT)).toBeEnabled();
    await waitFor(
      () => expect(container.querySelector('.rfk-counts')).toHaveAttribute('data-state', 'ready'),
      WAIT,
    );
    expect(inBrowser.commands.sort()).toEqual(['follow_check', 'follow_get_info']);
  });

  it('hydrates prefetched data without a mismatch or a refetch, then follows back', async () => {
    const db = createFollowDb({
      users: [{ userID: 'me' }, { userID: 'alice', nick: 'Alice' }],
      follows: [['alice', 'me']],
    });
    server.use(...createFollowHandlers(db));

    // On the server.
    const onServer = countingClient();
    const serverQueryClient = new QueryClient();
    const kit = createFollowKit(onServer.client, 'me', serverQueryClient);
    await Promise.all([
      serverQueryClient.prefetchQuery(followTypeOptions(kit, 'alice')),
      serverQueryClient.prefetchQuery(followCountsOptions(kit)),
    ]);
    expect(onServer.commands.sort()).toEqual(['follow_check', 'follow_get_info']);
    const html = renderToString(<Page queryClient={serverQueryClient} client={onServer.client} />);
    expect(html).toContain('aria-label="Follow back Alice"');
    expect(html).not.toContain('aria-busy');
    const state = JSON.parse(JSON.stringify(dehydrate(serverQueryClient)));
    serverQueryClient.clear();

    // In the browser.
    const inBrowser = countingClient();
    const queryClient = new QueryClient();
    onTestFinished(() => queryClient.clear());
    hydrate(queryClient, state);
    const { container, recoverableErrors } = await hydrateInBrowser(
      html,
      <Page queryClient={queryClient} client={inBrowser.client} />,
    );
    expect(recoverableErrors).toEqual([]);
    const button = screen.getByRole('button', { name: 'Follow back Alice' });
    expect(container.querySelector('.rfk-counts')).toHaveAttribute('data-state', 'ready');
    expect(inBrowser.commands).toEqual([]);

    await userEvent.click(button);
    expect(await screen.findByRole('button', { name: 'Mutual Alice' }, WAIT)).toBe(button);
    await waitFor(() => expect(db.followType('me', 'alice')).toBe(FollowType.Mutual), WAIT);
    expect(inBrowser.commands).toEqual(['follow_add']);
  });
  it('renders a prefetched FollowerList with its rows on the server, and hydrates it as it is', async () => {
    const db = createFollowDb({
      users: [{ userID: 'me' }, { userID: 'alice', nick: 'Alice' }, { userID: 'bob', nick: 'Bob' }],
      follows: [
        ['alice', 'me'],
        ['bob', 'me'],
        ['me', 'bob'],
      ],
    });
    server.use(...createFollowHandlers(db));
    const list = (client: FollowClient, queryClient: QueryClient) => (
      <QueryClientProvider client={queryClient}>
        <FollowProvider client={client} userID="me">
          <FollowerList type="followers" />
        </FollowProvider>
      </QueryClientProvider>
    );

    const onServer = countingClient();
    const serverQueryClient = new QueryClient();
    const kit = createFollowKit(onServer.client, 'me', serverQueryClient);
    await prefetchFollowerList(kit, { type: 'followers' });
    // The page, the counts, and one check for the row whose other direction is unknown.
    expect(onServer.commands.sort()).toEqual(['follow_check', 'follow_get', 'follow_get_info']);
    const html = renderToString(list(onServer.client, serverQueryClient));
    expect(html).toContain('aria-label="Follow back Alice"');
    expect(html).toContain('aria-label="Mutual Bob"');
    expect(html).not.toContain('aria-busy');
    const state = JSON.parse(JSON.stringify(dehydrate(serverQueryClient)));
    serverQueryClient.clear();

    // jsdom measures nothing: give the list's viewport the size a browser would.
    onTestFinished(stubElementSize());
    const inBrowser = countingClient();
    const queryClient = new QueryClient();
    onTestFinished(() => queryClient.clear());
    hydrate(queryClient, state);
    const { recoverableErrors } = await hydrateInBrowser(html, list(inBrowser.client, queryClient));
    expect(recoverableErrors).toEqual([]);
    expect(screen.getByRole('button', { name: 'Follow back Alice' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Mutual Bob' })).toBeEnabled();
    expect(inBrowser.commands).toEqual([]);
  });
  it('leaves a list read that failed on the server out, and the browser loads it', async () => {
    const db = createFollowDb({
      users: [{ userID: 'me' }, { userID: 'alice', nick: 'Alice' }],
      follows: [['alice', 'me']],
    });
    server.use(...createFollowHandlers(db));
    // Not retryable (30004), so the server gives up at once.
    server.use(...scenarios.failNext(1, 30004, { commands: ['follow_get'] }));
    const onServer = countingClient();
    const serverQueryClient = new QueryClient();
    const kit = createFollowKit(onServer.client, 'me', serverQueryClient);
    await expect(prefetchFollowerList(kit, { type: 'followers' })).resolves.toBeUndefined();
    const state = JSON.parse(JSON.stringify(dehydrate(serverQueryClient)));
    expect(state.queries.map((query: { queryKey: unknown[] }) => query.queryKey[1])).toEqual([
      'counts',
    ]);
    serverQueryClient.clear();

    onTestFinished(stubElementSize());
    const inBrowser = countingClient();
    const queryClient = new QueryClient();
    onTestFinished(() => queryClient.clear());
    hydrate(queryClient, state);
    render(
      <QueryClientProvider client={queryClient}>
        <FollowProvider client={inBrowser.client} userID="me">
          <FollowerList type="followers" />
        </FollowProvider>
      </QueryClientProvider>,
    );
    expect(await screen.findByRole('button', { name: 'Follow back Alice' }, WAIT)).toBeEnabled();
    expect(inBrowser.commands.sort()).toEqual(['follow_check', 'follow_get']);
  });
});
