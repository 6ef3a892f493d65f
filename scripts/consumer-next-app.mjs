// The Next.js App Router app of scripts/consumer-next.mjs, file by file: a server component
// page rendering the kit's components inside a small client `Providers`, a second one that
// prefetches their data on the server, and a route handler that is the kit's proxy in front of
// the HTTP mock (named by environment variables).

/** `app/providers.tsx`: the client boundary holding what a server component cannot pass. */
const PROVIDERS = `'use client';

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { FollowProvider } from 'react-follow-kit';
import { createRestFollowClient } from 'react-follow-kit/rest';

export function Providers({ userID, children }: { userID: string; children: ReactNode }) {
  const [queryClient] = useState(() => new QueryClient());
  const [client] = useState(() => createRestFollowClient({ baseUrl: '/api/im', userID }));
  return (
    <QueryClientProvider client={queryClient}>
      <FollowProvider client={client} userID={userID}>
        {children}
      </FollowProvider>
    </QueryClientProvider>
  );
}
`;

/** `app/page.tsx`: a server component (no directive) importing the components themselves. */
const PAGE = `import { FollowButton, FollowCounts } from 'react-follow-kit';
import { Providers } from './providers';

export default function ProfilePage() {
  return (
    <main>
      <h1>Alice</h1>
      <Providers userID="me">
        <FollowButton userID="alice" name="Alice" />
        <FollowCounts userID="alice" />
      </Providers>
    </main>
  );
}
`;

const LAYOUT = `import type { ReactNode } from 'react';
import 'react-follow-kit/styles.css';

export const metadata = { title: 'react-follow-kit on Next.js' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`;

/** The proxy, shared by the route handler and server components; 'me' stands in for the session. */
const FOLLOW_PROXY = `import { createFollowProxy } from 'react-follow-kit/server';

export const followProxy = createFollowProxy({
  sdkAppID: Number(process.env.RFK_SDKAPPID),
  identifier: 'administrator',
  secretKey: process.env.RFK_SECRET_KEY,
  upstream: process.env.RFK_MOCK_URL,
  authenticate: () => 'me',
});
`;

const ROUTE = `import { followProxy } from '../../../../lib/followProxy';

export const runtime = 'nodejs';

export const POST = followProxy;
`;

/**
 * `app/prefetched/page.tsx`: a server component that reads the relationship, the counts and
 * Alice's followers through the proxy in-process (`fetchAs`) and hands them to the client cache, so the HTML
 * already shows them and the browser asks nothing on load.
 */
const PREFETCHED_PAGE = `import { dehydrate, HydrationBoundary, QueryClient } from '@tanstack/react-query';
import { connection } from 'next/server';
import {
  createFollowKit,
  FollowButton,
  FollowCounts,
  FollowerList,
  followCountsOptions,
  followTypeOptions,
  prefetchFollowerList,
} from 'react-follow-kit';
import { createRestFollowClient } from 'react-follow-kit/rest';
import { followProxy } from '../../lib/followProxy';
import { Providers } from '../providers';

export default async function PrefetchedProfilePage() {
  await connection(); // rendered per request: it shows the signed-in user's own data
  const me = 'me'; // your session
  const queryClient = new QueryClient();
  const client = createRestFollowClient({
    baseUrl: '/api/im',
    userID: me,
    fetch: followProxy.fetchAs(me),
  });
  const kit = createFollowKit(client, me, queryClient);
  await Promise.all([
    queryClient.prefetchQuery(followTypeOptions(kit, 'alice')),
    queryClient.prefetchQuery(followCountsOptions(kit, 'alice')),
    prefetchFollowerList(kit, { type: 'followers', userID: 'alice' }),
  ]);
  return (
    <main>
      <h1>Alice</h1>
      <Providers userID={me}>
        <HydrationBoundary state={dehydrate(queryClient)}>
          <FollowButton userID="alice" name="Alice" />
          <FollowCounts userID="alice" />
          <FollowerList type="followers" userID="alice" height={300} />
        </HydrationBoundary>
      </Providers>
    </main>
  );
}
`;

const NEXT_CONFIG = `/** The app is its own root: the temp dir may hold other lockfiles. */
export default { turbopack: { root: import.meta.dirname } };
`;

const TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    lib: ['dom', 'dom.iterable', 'esnext'],
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    module: 'esnext',
    moduleResolution: 'bundler',
    resolveJsonModule: true,
    isolatedModules: true,
    esModuleInterop: true,
    jsx: 'react-jsx',
    incremental: true,
    plugins: [{ name: 'next' }],
  },
  include: ['next-env.d.ts', '**/*.ts', '**/*.tsx', '.next/types/**/*.ts'],
  exclude: ['node_modules'],
};

/** Every file of the app, by path. */
export const NEXT_APP_FILES = {
  'package.json': `${JSON.stringify({ name: 'rfk-consumer-next', private: true, type: 'module' }, null, 2)}\n`,
  'next.config.mjs': NEXT_CONFIG,
  'tsconfig.json': `${JSON.stringify(TSCONFIG, null, 2)}\n`,
  'app/layout.tsx': LAYOUT,
  'app/page.tsx': PAGE,
  'app/providers.tsx': PROVIDERS,
  'app/prefetched/page.tsx': PREFETCHED_PAGE,
  'app/api/im/[...path]/route.ts': ROUTE,
  'lib/followProxy.ts': FOLLOW_PROXY,
};
