'use client';

import { FollowKitProvider, type FollowKitProviderProps } from '../../query/FollowKitProvider';
import {
  FollowMessagesProvider,
  type FollowMessagesProviderProps,
} from '../i18n/FollowMessagesProvider';

/** Props of {@link FollowProvider}: the kit's client and user, and the components' language. */
export interface FollowProviderProps
  extends FollowKitProviderProps,
    Omit<FollowMessagesProviderProps, 'children'> {}

/**
 * Gives the kit's hooks and components their client, signed-in user and language. Uses the
 * app's `QueryClientProvider`, creating a QueryClient only when there is none. Subscribes to
 * the client's follow events (when it has `on`/`off`) and applies them to the cache.
 *
 * @example
 * <QueryClientProvider client={queryClient}>
 *   <FollowProvider client={chat} userID="me"><FollowButton userID="u2" /></FollowProvider>
 * </QueryClientProvider>
 */
export function FollowProvider({
  locale,
  catalogs,
  messages,
  children,
  ...kit
}: FollowProviderProps) {
  return (
    <FollowKitProvider {...kit}>
      <FollowMessagesProvider locale={locale} catalogs={catalogs} messages={messages}>
        {children}
      </FollowMessagesProvider>
    </FollowKitProvider>
  );
}
