import { queryOptions } from '@tanstack/react-query';
import { INFO_BATCH } from '../client/followConstants';
import type { FollowCountInfo } from '../client/types';
import { validateUserID } from '../client/validateUserIDs';
import { type Batcher, createBatcher } from './batcher';
import { callClient, expectShape } from './callClient';
import { registerCountsPatching } from './countsPatching';
import type { FollowKit } from './followKit';
import * as keys from './keys';
import { followRetryOptionsFor } from './retryPolicy';
import { FOLLOW_STALE_TIME } from './staleTimes';

function isCountInfo(item: unknown): item is FollowCountInfo {
  const counts = (item ?? {}) as Partial<FollowCountInfo>;
  return [counts.followersCount, counts.followingCount, counts.mutualFollowersCount].every(
    (count) => typeof count === 'number' && count >= 0,
  );
}

const batchers = new WeakMap<FollowKit, Batcher<FollowCountInfo>>();

/**
 * The kit's `getUserFollowInfo` batcher (look-ups of one tick in calls of ≤ 20 IDs), made on
 * the first counts query: a page without counts does not carry it.
 */
export function countsBatcherOf(kit: FollowKit): Batcher<FollowCountInfo> {
  let batcher = batchers.get(kit);
  if (!batcher) {
    batcher = createCountsBatcher(kit);
    batchers.set(kit, batcher);
  }
  return batcher;
}

function createCountsBatcher({ client }: FollowKit): Batcher<FollowCountInfo> {
  const readCounts = async (ids: string[]) => {
    const data = await callClient('getUserFollowInfo', () => client.getUserFollowInfo(ids));
    expectShape(
      Array.isArray(data) && data.every(isCountInfo),
      'getUserFollowInfo',
      'something other than a list of counts',
    );
    return data;
  };

  return createBatcher<FollowCountInfo>({
    maxBatchSize: INFO_BATCH,
    async fetchBatch(ids) {
      const data = await readCounts(ids);
      // The SDK drops the user ID: entries match the IDs by position, which only holds when
      // none is left out. Otherwise each ID is asked alone, so only a missing one fails.
      if (data.length === ids.length) {
        return new Map(ids.map((id, i) => [id, pickCounts(data[i] as FollowCountInfo)]));
      }
      const alone = await Promise.all(ids.map((id) => readCounts([id])));
      return new Map(
        ids.flatMap((id, i) => {
          const [only, ...extra] = alone[i] ?? [];
          return only && extra.length === 0 ? [[id, pickCounts(only)] as const] : [];
        }),
      );
    },
  });
}

function pickCounts({ followersCount, followingCount, mutualFollowersCount }: FollowCountInfo) {
  return { followersCount, followingCount, mutualFollowersCount };
}

/** Query options for the counts of `userID` (default me), batched ≤ 20 IDs per call. */
export function followCountsOptions(kit: FollowKit, userID: string = kit.userID) {
  registerCountsPatching();
  return queryOptions({
    queryKey: keys.counts(userID),
    queryFn: () => {
      validateUserID(userID);
      return countsBatcherOf(kit).load(userID);
    },
    staleTime: FOLLOW_STALE_TIME,
    ...followRetryOptionsFor(kit.queryClient),
  });
}
