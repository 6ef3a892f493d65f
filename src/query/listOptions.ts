import { infiniteQueryOptions } from '@tanstack/react-query';
import { validateUserID } from '../client/validateUserIDs';
import type { FollowKit } from './followKit';
import * as keys from './keys';
import { LIST_PATCHING } from './listEvents';
import { type FollowListParams, fetchFollowPage, nextCursorOf } from './listPages';
import { registerListPatching } from './listPatching';
import { followRetryOptionsFor } from './retryPolicy';
import { LIST_STALE_TIME } from './staleTimes';

/** Infinite query options for a followers / following / mutual list, paged by cursor. */
export function followListOptions(kit: FollowKit, params: FollowListParams) {
  registerListPatching(LIST_PATCHING);
  const owner = params.userID ?? kit.userID;
  return infiniteQueryOptions({
    queryKey: keys.list(owner, params.type, params.pageSize),
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
