'use client';

import { QueryClient, QueryClientContext, QueryClientProvider } from '@tanstack/react-query';
import {
  createContext,
  type ReactNode,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { FollowClient } from '../client/types';
import { subscribeToFollowEvents } from './eventBridge';
import { createFollowKit, type FollowKit, type ViewerProfile } from './followKit';

/** Props of {@link FollowKitProvider}. */
export interface FollowKitProviderProps {
  /** A `TencentCloudChat` instance, or `createRestFollowClient(...)`. */
  client: FollowClient;
  /** The signed-in user. */
  userID: string;
  /**
   * How the signed-in user looks (`nick`, `avatar`), for the row that appears in another
   * user's followers list when I follow them. The follow API carries no profile look-up.
   */
  profile?: ViewerProfile;
  children?: ReactNode;
}

/** What the kit's hooks read from the provider: the shared pieces of {@link FollowKit}. */
export type FollowContextValue = FollowKit;

const FollowContext = /* @__PURE__ */ createContext<FollowContextValue | null>(null);

/**
 * The cache layer's provider: gives the kit's hooks their client and signed-in user. Uses the
 * app's `QueryClientProvider`, creating a QueryClient only when there is none. Subscribes to
 * the client's follow events (when it has `on`/`off`) and applies them to the cache. Apps use
 * `FollowProvider`, which adds the components' messages; hooks alone need only this.
 */
export function FollowKitProvider(props: FollowKitProviderProps) {
  const appQueryClient = useContext(QueryClientContext);
  if (appQueryClient) return <KitContextProvider {...props} queryClient={appQueryClient} />;
  return <KitProviderWithOwnQueryClient {...props} />;
}

function KitProviderWithOwnQueryClient(props: FollowKitProviderProps) {
  const [queryClient] = useState(() => new QueryClient());
  return (
    <QueryClientProvider client={queryClient}>
      <KitContextProvider {...props} queryClient={queryClient} />
    </QueryClientProvider>
  );
}

function KitContextProvider({
  client,
  userID,
  profile,
  children,
  queryClient,
}: FollowKitProviderProps & { queryClient: QueryClient }) {
  // Read at write time, so a new profile object does not rebuild the kit (and its caches).
  const profileRef = useRef(profile);
  profileRef.current = profile;
  const kit = useMemo(
    () => createFollowKit(client, userID, queryClient, () => profileRef.current),
    [client, userID, queryClient],
  );
  useEffect(() => subscribeToFollowEvents(kit), [kit]);
  return <FollowContext.Provider value={kit}>{children}</FollowContext.Provider>;
}

/**
 * The kit's shared pieces (client, signed-in user, query client, batchers), for the
 * `follow*Options` builders. Throws outside a {@link FollowProvider}.
 */
export function useFollowKit(): FollowContextValue {
  const value = useContext(FollowContext);
  if (!value) {
    throw new Error(
      'react-follow-kit: this hook or component must be inside <FollowProvider client={…} userID={…}>.',
    );
  }
  return value;
}
