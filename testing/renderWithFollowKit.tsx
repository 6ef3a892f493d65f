import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type RenderOptions, type RenderResult, render } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import type { RequestHandler } from 'msw';
import type { ReactElement, ReactNode } from 'react';
import { createFollowDb, type FollowDb, type FollowDbOptions } from '../mocks/db';
import { createFollowHandlers } from '../mocks/handlers';
import { type Latency, scenarios } from '../mocks/scenarios';
import {
  createRestFollowClient,
  type RestFollowClient,
} from '../src/client/createRestFollowClient';
import {
  FollowProvider,
  type FollowProviderProps,
} from '../src/components/FollowProvider/FollowProvider';
import { applyJsdomLayout, type JsdomLayout, MountEffect } from './jsdomLayout';
import { managedTestFollowServer, type TestFollowServer } from './testServer';

/** Where the test client sends its REST calls; the mock's handlers answer on any origin. */
const TEST_BASE_URL = 'https://im.follow-kit.test';

/** The mock store: a ready one, or the users and follows to build one from. */
type StoreOptions =
  | { db: FollowDb; users?: never; follows?: never }
  | { db?: never; users?: FollowDbOptions['users']; follows?: FollowDbOptions['follows'] };

/** Options of {@link renderWithFollowKit}; testing-library's `render` options pass through. */
export type RenderWithFollowKitOptions = StoreOptions &
  Omit<RenderOptions, 'wrapper' | 'queries'> &
  Pick<FollowProviderProps, 'locale' | 'catalogs' | 'messages' | 'profile'> & {
    /** The signed-in user. @default 'me' */
    userID?: string;
    /** Delay of every mock answer in ms, or a range. @default none */
    latency?: Latency;
    /** Handlers in front of the mock's, e.g. `scenarios.failNext(1)`. */
    handlers?: RequestHandler[];
    /** A suite's shared server; its lifecycle is the suite's. @default the managed one */
    server?: TestFollowServer;
    /** @default a fresh one without retries */
    queryClient?: QueryClient;
    /**
     * jsdom lays nothing out, so a virtualized `FollowerList` would show no rows: while this
     * render is mounted, every element reports this size as `clientWidth` / `clientHeight`
     * (in jsdom only). `false` leaves jsdom's zeros. @default { width: 360, height: 480 }
     */
    layout?: JsdomLayout | false;
    /** Options of user-event's `setup()`. */
    userEventOptions?: Parameters<typeof userEvent.setup>[0];
  };

/** What {@link renderWithFollowKit} returns: testing-library's result and the kit's parts. */
export interface RenderWithFollowKitResult extends RenderResult {
  /** The mock store: seed it, or assert on it (`db.followType('me', 'alice')`). */
  db: FollowDb;
  /** A user-event instance, set up before render. */
  user: ReturnType<typeof userEvent.setup>;
  /** The REST client, receiving the store's follow events. */
  client: RestFollowClient;
  queryClient: QueryClient;
  /** The msw server answering the client: add faults with `server.use(...)`. */
  server: TestFollowServer;
}

/**
 * Renders `ui` inside a `FollowProvider` over a fresh mock store: the store's handlers on an
 * msw server (one it manages unless `server` is given), a REST client with the store's
 * events, and a QueryClient without retries.
 *
 * @example
 * const { user, db } = renderWithFollowKit(<FollowButton userID="alice" />, {
 *   users: [{ userID: 'me' }, { userID: 'alice', nick: 'Alice' }],
 * });
 * await user.click(await screen.findByRole('button', { name: /^Follow/ }));
 */
export function renderWithFollowKit(
  ui: ReactElement,
  options: RenderWithFollowKitOptions = {},
): RenderWithFollowKitResult {
  const {
    userID = 'me',
    db: givenDb,
    users,
    follows,
    latency,
    handlers = [],
    server = managedTestFollowServer(),
    queryClient = createTestQueryClient(),
    locale,
    catalogs,
    messages,
    profile,
    userEventOptions,
    layout = { width: 360, height: 480 },
    ...renderOptions
  } = options;
  const db = givenDb ?? createFollowDb({ users: withSignedInUser(userID, users), follows });
  // Each use() goes in front: faults answer first, then the latency, then the store.
  server.use(...createFollowHandlers(db));
  if (latency !== undefined) server.use(...scenarios.latency(latency));
  if (handlers.length > 0) server.use(...handlers);
  const client = createRestFollowClient({
    baseUrl: TEST_BASE_URL,
    userID,
    events: db.eventsFor(userID),
  });
  // Applied before render, so the first measurement sees it; undone when the render unmounts
  // (testing-library's cleanup too), and applied again if StrictMode mounts it a second time.
  let undoLayout = layout ? applyJsdomLayout(layout) : undefined;
  const layoutWhileMounted = () => {
    if (layout && !undoLayout) undoLayout = applyJsdomLayout(layout);
    return () => {
      undoLayout?.();
      undoLayout = undefined;
    };
  };
  const wrapper = ({ children }: { children: ReactNode }) => (
    <MountEffect effect={layoutWhileMounted}>
      <QueryClientProvider client={queryClient}>
        <FollowProvider
          client={client}
          userID={userID}
          locale={locale}
          catalogs={catalogs}
          messages={messages}
          {...(profile ? { profile } : {})}
        >
          {children}
        </FollowProvider>
      </QueryClientProvider>
    </MountEffect>
  );
  const user = userEvent.setup(userEventOptions);
  const rendered: RenderResult = render(ui, { ...renderOptions, wrapper });
  return { ...rendered, db, user, client, queryClient, server };
}

/** No retries (a failure shows at once), and no garbage-collection timers left running. */
function createTestQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, gcTime: Number.POSITIVE_INFINITY },
      mutations: { retry: false },
    },
  });
}

/** The store's users, the signed-in one included. */
function withSignedInUser(userID: string, users: FollowDbOptions['users'] = []) {
  const list = [...users];
  return list.some((u) => u.userID === userID) ? list : [{ userID }, ...list];
}
