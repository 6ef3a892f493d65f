'use client';

import { useQuery } from '@tanstack/react-query';
import { followCountsOptions } from './countsOptions';
import { useFollowKit } from './FollowKitProvider';

/**
 * Followers, following and mutual counts of `userID` (default me). Counts asked for in the
 * same tick go out together, ≤ 20 IDs per `getUserFollowInfo` call. After a follow they change
 * at once, never below zero. Returns TanStack's result object (`data` holds the counts).
 *
 * @example const { data } = useFollowCounts('u2'); data?.followersCount
 */
export function useFollowCounts(userID?: string) {
  const kit = useFollowKit();
  return useQuery(followCountsOptions(kit, userID ?? kit.userID));
}
