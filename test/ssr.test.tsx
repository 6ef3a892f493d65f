// @vitest-environment node
// Server rendering: no window, no document. The package entries must load, and the
// components must render their loading state to a string without sending any request.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import {
  FollowButton,
  FollowCounts,
  FollowerList,
  FollowPanel,
  FollowProvider,
  ProfileCard,
  ProfileHoverCard,
} from '../src/index';
import { createRestFollowClient } from '../src/rest';

/** A REST client whose every request fails the test: SSR must not send any. */
function offlineClient() {
  const fetch = vi.fn<typeof globalThis.fetch>(() =>
    Promise.reject(new Error('a request was sent during server rendering')),
  );
  const client = createRestFollowClient({ baseUrl: 'https://ssr.invalid', userID: 'me', fetch });
  return { client, fetch };
}

const everyComponent = (
  <>
    <FollowButton userID="alice" name="Alice" />
    <FollowCounts />
    <FollowerList type="followers" />
    <FollowPanel />
    <ProfileCard userID="alice" />
    <ProfileHoverCard userID="bob">
      <a href="/u/bob">Bob</a>
    </ProfileHoverCard>
  </>
);

/** Renders to a string, failing on anything React reports through console.error. */
function renderQuietly(ui: ReactNode) {
  const consoleError = vi.spyOn(console, 'error');
  try {
    const html = renderToString(ui);
    expect(consoleError).not.toHaveBeenCalled();
    return html;
  } finally {
    consoleError.mockRestore();
  }
}

describe('server rendering', () => {
  it('runs without window or document', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
  });

  it('imports the package entries without touching window or document', async () => {
    vi.resetModules();
    const kit = await import('../src/index');
    const mocks = await import('../mocks/index');
    const node = await import('../mocks/node');
    expect(kit.FollowProvider).toBeTypeOf('function');
    // forwardRef components are objects React can render.
    expect(kit.FollowButton).toHaveProperty('$$typeof');
    expect(mocks.createFollowDb).toBeTypeOf('function');
    expect(node.setupFollowServer).toBeTypeOf('function');
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
  });

  it('renders every component in its loading state without sending a request', async () => {
    const { client, fetch } = offlineClient();
    const queryClient = new QueryClient();
    const html = renderQuietly(
      <QueryClientProvider client={queryClient}>
        <FollowProvider client={client} userID="me">
          {everyComponent}
        </FollowProvider>
      </QueryClientProvider>,
    );

    // FollowButton: disabled and busy, "Loading…", still named after Alice.
    expect(html).toMatch(
      /<button[^>]*aria-label="Loading… Alice"[^>]*aria-busy="true"[^>]*disabled=""[^>]*data-state="loading"/,
    );
    // FollowCounts: a busy root with its announced loading text.
    expect(html).toMatch(/<div class="rfk-counts" data-state="loading" aria-busy="true">/);
    expect(html).toContain('Loading counts…');
    // FollowerList (alone and in the panel): busy roots with skeleton rows.
    expect(
      html.match(
        /<div class="rfk-list"[^>]*data-state="loading" data-type="followers" aria-busy="true">/g,
      ),
    ).toHaveLength(2);
    expect(html).toContain('rfk-row--skeleton');
    // FollowPanel: its tabs are there.
    expect(html).toContain('role="tablist"');
    expect(html.match(/role="tab"/g)).toHaveLength(3);
    // ProfileCard: a busy article named by its loading text; the hover card only its trigger.
    expect(html).toMatch(
      /<article aria-labelledby="[^"]+" aria-busy="true"[^>]*data-state="loading"/,
    );
    expect(html).toContain('Loading profile…');
    expect(html).toContain('<a href="/u/bob" aria-expanded="false">Bob</a>');
    expect(html).not.toContain('role="dialog"');

    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fetch).not.toHaveBeenCalled();
    queryClient.clear();
  });

  it('renders without an app QueryClientProvider (FollowProvider makes its own)', async () => {
    const { client, fetch } = offlineClient();
    const html = renderQuietly(
      <FollowProvider client={client} userID="me">
        {everyComponent}
      </FollowProvider>,
    );
    expect(html).toContain('aria-busy="true"');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fetch).not.toHaveBeenCalled();
  });
});
