'use client';

import { useQuery } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { FollowType } from '../client/types';
import { useFollowKit } from './FollowKitProvider';
import { followTypeOptions } from './options';

/** My relationship with a user, with the booleans a UI needs. */
export interface FollowTypeState {
  /** undefined while unknown (loading, error, or my own ID). */
  followType: FollowType | undefined;
  /** I follow them (Following or Mutual). */
  isFollowing: boolean;
  /** They follow me (Follower or Mutual). */
  isFollower: boolean;
  isMutual: boolean;
  /** `userID` is the signed-in user: there is no relationship to show. */
  isSelf: boolean;
  isLoading: boolean;
  /** A read of the relationship is in flight (first load, Retry, background refresh). */
  isFetching: boolean;
  /** A follow or unfollow of this user is in flight or queued. */
  isPending: boolean;
  error: Error | null;
  refetch: () => void;
}

/**
 * My relationship with `userID` (none / follower / following / mutual). Every ID asked for in
 * the same tick goes out in one `checkFollowType` call (≤ 100 IDs), each ID once; known IDs
 * are not asked again while fresh.
 *
 * @example const { isFollowing, isFollower } = useFollowType('u2');
 */
export function useFollowType(userID: string): FollowTypeState {
  const kit = useFollowKit();
  const isSelf = userID === kit.userID;
  const query = useQuery({ ...followTypeOptions(kit, userID), enabled: !isSelf });
  const isPending = useSyncExternalStore(
    (listener) => kit.writes.subscribe(listener),
    () => kit.writes.isPending(userID),
    () => false,
  );
  const followType = isSelf ? undefined : query.data;
  const bits = followType ?? FollowType.None;
  return {
    followType,
    isFollowing: (bits & FollowType.Following) !== 0,
    isFollower: (bits & FollowType.Follower) !== 0,
    isMutual: bits === FollowType.Mutual,
    isSelf,
    isLoading: !isSelf && query.isLoading,
    isFetching: !isSelf && query.isFetching,
    isPending,
    error: query.error,
    refetch: () => void query.refetch(),
  };
}
