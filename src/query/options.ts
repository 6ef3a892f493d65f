import { queryOptions } from '@tanstack/react-query';
import { NO_RELATIONSHIP } from '../client/followConstants';
import type { FollowType } from '../client/types';
import { validateUserID } from '../client/validateUserIDs';
import type { FollowKit } from './followKit';
import * as keys from './keys';
import { followRetryOptionsFor } from './retryPolicy';
import { FOLLOW_STALE_TIME } from './staleTimes';

/**
 * Query options for my relationship with `userID`. Look-ups of one tick are batched into
 * `checkFollowType` calls of ≤ 100 IDs. Works with `useQuery`, `prefetchQuery`, `getQueryData`.
 * Like every builder here it retries only retryable errors (see `followRetryOptionsFor`).
 */
export function followTypeOptions(kit: FollowKit, userID: string) {
  return queryOptions({
    queryKey: keys.type(kit.userID, userID),
    queryFn: async (): Promise<FollowType> => {
      validateUserID(userID);
      if (userID === kit.userID) return NO_RELATIONSHIP;
      return kit.typeBatcher.load(userID);
    },
    staleTime: FOLLOW_STALE_TIME,
    ...followRetryOptionsFor(kit.queryClient),
  });
}
