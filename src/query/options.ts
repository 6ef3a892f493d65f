import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { FollowType } from '../client/types';
import { validateUserID } from '../client/validateUserIDs';
import type { FollowKit } from './followKit';
import { followKeys } from './keys';
import { type FollowListParams, fetchFollowPage, nextCursorOf } from './listPages';
import { followRetryOptionsFor } from './retryPolicy';
import { FOLLOW_STALE_TIME, LIST_STALE_TIME } from './staleTimes';

/**
 * Query options for my relationship with `userID`. Look-ups of one tick are batched into
 * `checkFollowType` calls of ≤ 100 IDs. Works with `useQuery`, `prefetchQuery`, `getQueryData`.
 * Like every builder here it retries only retryable errors (see `followRetryOptionsFor`).
 */
export function followTypeOptions(kit: FollowKit, userID: string) {
  return queryOptions({
    queryKey: followKeys.type(kit.userID, userID),
    queryFn: async (): Promise<FollowType> => {
      validateUserID(userID);
      if (userID === kit.userID) return FollowType.None;
      return kit.typeBatcher.load(userID);
    },
    staleTime: FOLLOW_STALE_TIME,
    ...followRetryOptionsFor(kit.queryClient),
  });
}

/** Query options for the counts of `userID` (default me), batched ≤ 20 IDs per call. */
export function followCountsOptions(kit: FollowKit, userID: string = kit.userID) {
  return queryOptions({
    queryKey: followKeys.counts(userID),
    queryFn: () => {
      validateUserID(userID);
      return kit.countsBatcher.load(userID);
    },
    staleTime: FOLLOW_STALE_TIME,
    ...followRetryOptionsFor(kit.queryClient),
  });
}

/** Infinite query options for a followers / following / mutual list, paged by cursor. */
export function followListOptions(kit: FollowKit, params: FollowListParams) {
  const owner = params.userID ?? kit.userID;
  return infiniteQueryOptions({
    queryKey: followKeys.list(owner, params.type, params.pageSize),
    queryFn: ({ pageParam }) => {
      validateUserID(owner);
      return fetchFollowPage(kit, { ...params, userID: owner }, pageParam);
    },
    initialPageParam: '',
    getNextPageParam: nextCursorOf,
    // Refetching an infinite list refetches every loaded page, one after another: at 100,000
    // rows that is a thousand requests. Writes and events keep loaded lists current instead.
    staleTime: LIST_STALE_TIME,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
    ...followRetryOptionsFor(kit.queryClient),
  });
}
