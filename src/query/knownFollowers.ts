import { type InfiniteData, InfiniteQueryObserver, queryOptions } from '@tanstack/react-query';
import { chunk } from '../client/chunk';
import { UNSUPPORTED } from '../client/errorCodes';
import { FollowError } from '../client/errors';
import { CHECK_BATCH, FOLLOWER, MAX_FOLLOWING } from '../client/followConstants';
import { mapChunks } from '../client/mapChunks';
import type { FollowListPage, FollowUserProfile } from '../client/types';
import { validateUserID } from '../client/validateUserIDs';
import { callClient, expectShape } from './callClient';
import { type FollowKit, isFollowTypeResult } from './followKit';
import * as keys from './keys';
import { followListOptions } from './listOptions';
import { nextCursorOf } from './listPages';
import { followRetryOptionsFor } from './retryPolicy';
import { FOLLOW_STALE_TIME } from './staleTimes';

/** What {@link knownFollowersOptions} caches per target. */
export interface KnownFollowersData {
  /** Every user I follow who follows the target, in the order of my following list. */
  profiles: FollowUserProfile[];
}

// Checks are reads: a few at once for latency, well under the 200 calls/s limit.
const CHECK_CONCURRENCY = 4;

/** The error `useKnownFollowers` reports when the client cannot look from another user's side. */
export function unsupportedKnownFollowersError(): FollowError {
  return new FollowError(
    UNSUPPORTED,
    "Known followers need a client that checks relationships from another user's side: " +
      'checkUserFollowType (createRestFollowClient has it).',
  );
}

/** Whether `kit`'s client can tell who follows another user (see `checkUserFollowType`). */
export function supportsKnownFollowers(kit: FollowKit): boolean {
  return typeof kit.client.checkUserFollowType === 'function';
}

function rowsOf(data: InfiniteData<FollowListPage, unknown> | undefined): FollowUserProfile[] {
  const seen = new Map<string, FollowUserProfile>();
  for (const page of data?.pages ?? []) {
    for (const row of page.resultList) if (!seen.has(row.userID)) seen.set(row.userID, row);
  }
  return [...seen.values()];
}

function hasMore(data: InfiniteData<FollowListPage, string> | undefined): boolean {
  const last = data?.pages.at(-1);
  if (!data || !last) return true;
  // Nobody follows more than the cap: a server that keeps paging past it is not believed.
  if (rowsOf(data).length >= MAX_FOLLOWING) return false;
  return (
    nextCursorOf(last, data.pages, data.pageParams.at(-1) ?? '', data.pageParams) !== undefined
  );
}

/**
 * Every user I follow, from the same infinite query my following list shows (its cached pages
 * are reused; only the missing ones are fetched, and they stay cached for the list). Stops
 * at the 5,000-follow cap whatever the server says.
 */
export async function loadMyWholeFollowingList(
  kit: FollowKit,
  signal?: AbortSignal,
): Promise<FollowUserProfile[]> {
  const options = followListOptions(kit, { type: 'following' });
  await kit.queryClient.ensureInfiniteQueryData(options);
  const observer = new InfiniteQueryObserver(kit.queryClient, options);
  while (hasMore(kit.queryClient.getQueryData(options.queryKey))) {
    // Nobody waits for the answer any more (unmounted): stop paging; the pages loaded stay.
    signal?.throwIfAborted();
    // cancelRefetch false: a fetch of this list already running (a list on screen loading
    // ahead) is joined, not cancelled; the loop then looks again.
    await observer.fetchNextPage({ cancelRefetch: false, throwOnError: true });
  }
  return rowsOf(kit.queryClient.getQueryData(options.queryKey));
}

/** The IDs among `candidates` who follow `userID`, asked from `userID`'s side ≤ 100 at a time. */
async function whoFollows(
  kit: FollowKit,
  userID: string,
  candidates: string[],
  signal: AbortSignal | undefined,
): Promise<Set<string>> {
  const check = kit.client.checkUserFollowType?.bind(kit.client);
  if (!check) throw unsupportedKnownFollowersError();
  const results = await mapChunks(
    chunk(candidates, CHECK_BATCH),
    CHECK_CONCURRENCY,
    async (ids) => {
      const data = await callClient('checkUserFollowType', () =>
        check({ userID, userIDList: ids, ...(signal ? { signal } : {}) }),
      );
      expectShape(
        Array.isArray(data) && data.every(isFollowTypeResult),
        'checkUserFollowType',
        'something other than [{ userID, followType }]',
      );
      return data;
    },
  );
  // Seen from `userID`: the Follower bit means "this user follows userID". An ID the server
  // did not ask about (not in `candidates`) is ignored.
  const asked = new Set(candidates);
  return new Set(
    results
      .filter((item) => asked.has(item.userID) && (item.followType & FOLLOWER) !== 0)
      .map((item) => item.userID),
  );
}

/**
 * Query options for the users I follow who follow `userID`: my whole following list (from its
 * cache), then `checkUserFollowType` from `userID`'s side in calls of ≤ 100 IDs. Cached per
 * target under `followKeys.knownFollowers(me, userID)`.
 */
export function knownFollowersOptions(kit: FollowKit, userID: string) {
  return queryOptions({
    queryKey: keys.knownFollowers(kit.userID, userID),
    queryFn: async ({ signal }): Promise<KnownFollowersData> => {
      validateUserID(userID);
      if (!supportsKnownFollowers(kit)) throw unsupportedKnownFollowersError();
      const following = (await loadMyWholeFollowingList(kit, signal)).filter(
        (row) => row.userID !== userID,
      );
      if (following.length === 0) return { profiles: [] };
      const followers = await whoFollows(
        kit,
        userID,
        following.map((row) => row.userID),
        signal,
      );
      return { profiles: following.filter((row) => followers.has(row.userID)) };
    },
    staleTime: FOLLOW_STALE_TIME,
    ...followRetryOptionsFor(kit.queryClient),
  });
}
