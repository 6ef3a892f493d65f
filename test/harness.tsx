import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, type RenderOptions, render, renderHook } from '@testing-library/react';
import type { HttpHandler } from 'msw';
import type { ReactNode } from 'react';
import { vi } from 'vitest';
import { createFollowDb, createFollowHandlers, type FollowDb } from '../mocks/index';
import type { FollowClient } from '../src/client/index';
import type { FollowMessages } from '../src/components/i18n/messages';
import { FollowProvider } from '../src/components/index';
import type { ViewerProfile } from '../src/query/index';
import { createRestFollowClient } from '../src/rest';
import { ALL_CATALOGS } from './catalogs';
import { server } from './server';

/** Where the kit's tests send their REST calls; msw answers on any origin. */
export const TEST_BASE_URL = 'https://im.example.test';

/** Options of {@link setupFollowKit}. */
export interface FollowKitTestOptions {
  /** The mock server's state. Default: an empty db with only the signed-in user. */
  db?: FollowDb;
  /** The signed-in user. @default 'me' */
  userID?: string;
  /** The locale; the shipped catalogs are all handed in, as an app with a switcher does. */
  locale?: string;
  messages?: Partial<FollowMessages>;
  /** Page size of the REST client. */
  pageSize?: number;
  /** The signed-in user's own profile, passed to FollowProvider. */
  profile?: ViewerProfile;
  /** Handlers to put in front of the mock server's (faults, odd answers). */
  handlers?: HttpHandler[];
  /** Another client to use instead of the REST one (it should still reach the mock server). */
  client?: FollowClient;
}

/**
 * A fresh kit against the real mock server: a db, its handlers on the suite's msw server, a
 * REST client that receives the db's follow events, and a fresh QueryClient (no retries).
 */
export function setupFollowKit(options: FollowKitTestOptions = {}) {
  const userID = options.userID ?? 'me';
  const db = options.db ?? createFollowDb({ users: [{ userID }] });
  server.use(...createFollowHandlers(db));
  // use() puts handlers in front: these go last so that they answer first.
  if (options.handlers) server.use(...options.handlers);
  const client =
    options.client ??
    createRestFollowClient({
      baseUrl: TEST_BASE_URL,
      userID,
      events: db.eventsFor(userID),
      ...(options.pageSize ? { pageSize: options.pageSize } : {}),
    });
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, gcTime: Number.POSITIVE_INFINITY } },
  });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <FollowProvider
        client={client}
        userID={userID}
        {...(options.locale ? { locale: options.locale, catalogs: ALL_CATALOGS } : {})}
        {...(options.messages ? { messages: options.messages } : {})}
        {...(options.profile ? { profile: options.profile } : {})}
      >
        {children}
      </FollowProvider>
    </QueryClientProvider>
  );
  return { db, client, queryClient, userID, wrapper };
}

/** Renders `ui` inside a fresh kit (see {@link setupFollowKit}). */
export function renderWithFollowKit(
  ui: ReactNode,
  options: FollowKitTestOptions & Omit<RenderOptions, 'wrapper'> = {},
) {
  const kit = setupFollowKit(options);
  return { ...kit, ...render(ui, { wrapper: kit.wrapper }) };
}

/** Renders a hook inside a fresh kit (see {@link setupFollowKit}). */
export function renderFollowHook<T>(hook: () => T, options: FollowKitTestOptions = {}) {
  const kit = setupFollowKit(options);
  return { ...kit, ...renderHook(hook, { wrapper: kit.wrapper }) };
}

/** Counts the follow REST calls the mock server receives, by command. */
export function countFollowCalls() {
  const counts: Record<string, number> = {};
  const listener = ({ request }: { request: Request }) => {
    const command = new URL(request.url).pathname.split('/').pop() ?? '';
    counts[command] = (counts[command] ?? 0) + 1;
  };
  server.events.on('request:start', listener);
  return {
    counts,
    of: (command: string) => counts[command] ?? 0,
    stop: () => server.events.removeListener('request:start', listener),
  };
}

/**
 * jsdom has no layout: every element measures 0 × 0, so a virtualized list shows no rows.
 * Gives every element a `clientHeight` / `clientWidth` (the size a virtualizer reads) until
 * the returned restore is called.
 */
export function stubElementSize({
  width = 360,
  height = 480,
}: {
  width?: number;
  height?: number;
} = {}) {
  const heightSpy = vi.spyOn(Element.prototype, 'clientHeight', 'get').mockReturnValue(height);
  const widthSpy = vi.spyOn(Element.prototype, 'clientWidth', 'get').mockReturnValue(width);
  return () => {
    heightSpy.mockRestore();
    widthSpy.mockRestore();
  };
}

/** A stand-in for the IntersectionObserver jsdom lacks; the test decides what intersects. */
export class StubIntersectionObserver {
  static instances: StubIntersectionObserver[] = [];
  readonly targets = new Set<Element>();
  disconnected = false;
  readonly root: Element | Document | null;
  readonly rootMargin: string;
  readonly thresholds: readonly number[] = [0];

  constructor(
    private readonly callback: IntersectionObserverCallback,
    options: IntersectionObserverInit = {},
  ) {
    this.root = options.root ?? null;
    this.rootMargin = options.rootMargin ?? '0px';
    StubIntersectionObserver.instances.push(this);
  }

  observe(target: Element) {
    this.targets.add(target);
  }

  unobserve(target: Element) {
    this.targets.delete(target);
  }

  disconnect() {
    this.disconnected = true;
    this.targets.clear();
  }

  takeRecords(): IntersectionObserverEntry[] {
    return [];
  }

  /** Reports every target of every live observer as intersecting (or not). */
  static async intersectAll(isIntersecting = true) {
    for (const observer of StubIntersectionObserver.instances.filter((o) => !o.disconnected)) {
      const entries = [...observer.targets].map(
        (target) =>
          ({
            target,
            isIntersecting,
            intersectionRatio: isIntersecting ? 1 : 0,
          }) as IntersectionObserverEntry,
      );
      await act(async () =>
        observer.callback(entries, observer as unknown as IntersectionObserver),
      );
    }
  }

  /** Installs the stub as the global IntersectionObserver until `vi.unstubAllGlobals()`. */
  static install() {
    StubIntersectionObserver.instances = [];
    vi.stubGlobal('IntersectionObserver', StubIntersectionObserver);
  }
}
