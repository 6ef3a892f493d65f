'use client';

import { notifyManager, type UseQueryResult, useQuery } from '@tanstack/react-query';
import { useCallback, useSyncExternalStore } from 'react';
import { FOLLOWER, FOLLOWING, MUTUAL, NO_RELATIONSHIP } from '../client/followConstants';
import type { FollowType } from '../client/types';
import { useFollowKit } from './FollowKitProvider';
import { followTypeOptions } from './options';

/**
 * TanStack's query result for my relationship with a user (`data` is the {@link FollowType};
 * undefined while unknown, and for my own ID), plus the booleans a UI needs.
 */
export type FollowTypeState = UseQueryResult<FollowType, Error> & {
  /** The relationship, `data` by its own name: undefined while unknown or for my own ID. */
  followType: FollowType | undefined;
  /** I follow them (Following or Mutual). */
  isFollowing: boolean;
  /** They follow me (Follower or Mutual). */
  isFollower: boolean;
  isMutual: boolean;
  /** `userID` is the signed-in user: there is no relationship to show (nothing is asked). */
  isSelf: boolean;
  /**
   * A follow or unfollow of this user is in flight or queued. (TanStack's own `isPending`,
   * "no data yet", is `isLoading` or `status === 'pending'` here.)
   */
  isPending: boolean;
};

/**
 * My relationship with `userID` (none / follower / following / mutual). Every ID asked for in
 * the same tick goes out in one `checkFollowType` call (≤ 100 IDs), each ID once; known IDs
 * are not asked again while fresh. Like every hook of the kit it returns TanStack's result
 * object itself, so a component re-renders only for the fields it reads.
 *
 * @example const { isFollowing, isFollower } = useFollowType('u2');
 */
export function useFollowType(userID: string): FollowTypeState {
  const kit = useFollowKit();
  const isSelf = userID === kit.userID;
  const query = useQuery({ ...followTypeOptions(kit, userID), enabled: !isSelf });
  // Through TanStack's batching, like its own hooks: a write's pending flag then commits
  // together with the cache change it comes with.
  const subscribe = useCallback(
    (listener: () => void) => kit.writes.subscribe(notifyManager.batchCalls(listener)),
    [kit],
  );
  const isPending = useSyncExternalStore(
    subscribe,
    () => kit.writes.isPending(userID),
    () => false,
  );
  const followType = isSelf ? undefined : query.data;
  const bits = followType ?? NO_RELATIONSHIP;
  // Adds fields to the tracked result rather than spreading it: a spread reads every field
  // and turns TanStack's render tracking off.
  return Object.assign(query, {
    followType,
    isFollowing: (bits & FOLLOWING) !== 0,
    isFollower: (bits & FOLLOWER) !== 0,
    isMutual: bits === MUTUAL,
    isSelf,
    isPending,
  });
}
