'use client';

import { useQuery } from '@tanstack/react-query';
import { useFollowKit } from './FollowKitProvider';
import { userProfileOptions } from './profileOptions';

/**
 * The profile of `userID` (nick, avatar, selfSignature, …, in the SDK's `Profile` shape) from
 * the client's `getUserProfile`: portrait_get over REST, the SDK's own method on an SDK
 * instance. Look-ups of one tick are batched, ≤ 100 IDs per call. `data` is `null` when the
 * server does not know the user; a client without `getUserProfile` fails with code 90008.
 * Returns TanStack's result object.
 *
 * @example const { data: profile } = useUserProfile('u2'); profile?.nick
 */
export function useUserProfile(userID: string) {
  const kit = useFollowKit();
  return useQuery(userProfileOptions(kit, userID));
}
