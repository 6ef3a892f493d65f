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
import type { FollowLocale, FollowMessages } from '../components/i18n/messages';
import { subscribeToFollowEvents } from './eventBridge';
import { createFollowKit, type FollowKit, type ViewerProfile } from './followKit';

/** Props of {@link FollowProvider}. */
export interface FollowProviderProps {
  /** A `TencentCloudChat` instance, or `createRestFollowClient(...)`. */
  client: FollowClient;
  /** The signed-in user. */
  userID: string;
  /** Language of the components' text and number formats. @default 'en' */
  locale?: FollowLocale | (string & {});
  /** Overrides of any component message for the active locale. */
  messages?: Partial<FollowMessages>;
  /**
   * How the signed-in user looks (`nick`, `avatar`), for the row that appears in another
   * user's followers list when I follow them. The follow API carries no profile look-up.
   */
  profile?: ViewerProfile;
  children?: ReactNode;
}

/** What the kit's hooks and components read from {@link FollowProvider}. */
export interface FollowContextValue extends FollowKit {
  locale: string;
  messages: Partial<FollowMessages> | undefined;
}

const FollowContext = /* @__PURE__ */ createContext<FollowContextValue | null>(null);

/**
 * Gives the kit's hooks and components their client and signed-in user. Uses the app's
 * `QueryClientProvider`, creating a QueryClient only when there is none. Subscribes to the
 * client's follow events (when it has `on`/`off`) and applies them to the cache.
 *
 * @example
 * <QueryClientProvider client={queryClient}>
 *   <FollowProvider client={chat} userID="me"><FollowButton userID="u2" /></FollowProvider>
 * </QueryClientProvider>
 */
export function FollowProvider(props: FollowProviderProps) {
  const appQueryClient = useContext(QueryClientContext);
  if (appQueryClient) return <FollowKitProvider {...props} queryClient={appQueryClient} />;
  return <FollowProviderWithOwnQueryClient {...props} />;
}

function FollowProviderWithOwnQueryClient(props: FollowProviderProps) {
  const [queryClient] = useState(() => new QueryClient());
  return (
    <QueryClientProvider client={queryClient}>
      <FollowKitProvider {...props} queryClient={queryClient} />
    </QueryClientProvider>
  );
}

function FollowKitProvider({
  client,
  userID,
  locale = 'en',
  messages,
  profile,
  children,
  queryClient,
}: FollowProviderProps & { queryClient: QueryClient }) {
  // Read at write time, so a new profile object does not rebuild the kit (and its caches).
  const profileRef = useRef(profile);
  profileRef.current = profile;
  const kit = useMemo(
    () => createFollowKit(client, userID, queryClient, () => profileRef.current),
    [client, userID, queryClient],
  );
  useEffect(() => subscribeToFollowEvents(kit), [kit]);
  const value = useMemo(() => ({ ...kit, locale, messages }), [kit, locale, messages]);
  return <FollowContext.Provider value={value}>{children}</FollowContext.Provider>;
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
