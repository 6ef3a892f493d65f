import { notifyManager, type QueryClient } from '@tanstack/react-query';
import { SDK_RATE_LIMITED, UNSUPPORTED } from '../client/errorCodes';
import { FollowError } from '../client/errors';
import {
  CHECK_BATCH,
  FOLLOWER,
  FOLLOWING,
  MUTUAL,
  NO_RELATIONSHIP,
} from '../client/followConstants';
import {
  isTencentChatClient,
  SDK_CHECK_CALLS_PER_WINDOW,
  SDK_CHECK_WINDOW_MS,
  waitingForSdkReady,
} from '../client/sdkClient';
import type {
  FollowClient,
  FollowProfileHint,
  FollowType,
  FollowTypeResult,
} from '../client/types';
import { type Batcher, createBatcher } from './batcher';
import { callClient, expectShape } from './callClient';
import * as keys from './keys';
import { followTypeOptions } from './options';
import {
  applyRelationshipChange,
  cancelRelationshipQueries,
  relationshipReadsInFlight,
} from './relationshipCache';
import { createFollowWriteQueue, type FollowWriteQueue } from './writeQueue';

/**
 * Everything the hooks share for one signed-in user and one client: the client, the query
 * client, the relationship batcher and the write queue. Get it with `useFollowKit()`; pass it to the
 * `follow*Options` builders to prefetch or read the same data outside components.
 */
export interface FollowKit {
  client: FollowClient;
  /** The signed-in user. */
  userID: string;
  queryClient: QueryClient;
  /**
   * Collects `checkFollowType` look-ups of one tick into calls of ≤ 100 IDs; with an SDK
   * instance, calls are also paced under the SDK's own limit (20 per 5 s).
   */
  typeBatcher: Batcher<FollowType>;
  /** Per-user serialized, optimistic follow writes. */
  writes: FollowWriteQueue;
  /** How the signed-in user appears in other users' lists (name, avatar), when known. */
  viewerProfile(): ViewerProfile | undefined;
}

/** The signed-in user's own profile fields, shown in rows of other users' lists. */
export type ViewerProfile = FollowProfileHint;

/** Whether `item` is one `{ userID, followType }` entry of a relationship check. */
export function isFollowTypeResult(item: unknown): item is FollowTypeResult {
  const { userID, followType } = (item ?? {}) as Partial<FollowTypeResult>;
  return (
    typeof userID === 'string' &&
    [NO_RELATIONSHIP, FOLLOWER, FOLLOWING, MUTUAL].includes(followType as number)
  );
}

/**
 * Spacing of paced `checkFollowType` calls: the SDK's window holds at most `calls` calls
 * counted from its first one, so `calls` calls must span more than the window.
 */
const SDK_CHECK_INTERVAL_MS = Math.ceil(SDK_CHECK_WINDOW_MS / (SDK_CHECK_CALLS_PER_WINDOW - 1));

/**
 * Builds the shared pieces; `FollowProvider` does this once per client and user. Call it
 * yourself to prefetch on a server: `queryClient.prefetchQuery(followTypeOptions(kit, 'u2'))`.
 * A `TencentCloudChat` instance is used as it is, with its calls held until it is ready.
 */
export function createFollowKit(
  appClient: FollowClient,
  userID: string,
  queryClient: QueryClient,
  viewerProfile: () => ViewerProfile | undefined = () => undefined,
): FollowKit {
  const isSdk = isTencentChatClient(appClient);
  const client = waitingForSdkReady(appClient);

  const checkTypes = async (ids: string[]) => {
    const data = await callClient('checkFollowType', () => client.checkFollowType(ids));
    expectShape(
      Array.isArray(data) && data.every(isFollowTypeResult),
      'checkFollowType',
      'something other than [{ userID, followType }]',
    );
    // Matched by ID: an ID the answer leaves out fails alone (see createBatcher).
    const types = new Map(data.map((item) => [item.userID, item.followType]));
    showAllAtOnce(types);
    return types;
  };

  // Each waiting query would otherwise take its answer in its own promise turn, and so
  // in its own React commit: 200 buttons, 200 commits. Written in one batch, a page of
  // buttons shows its relationships in one commit; the queries then settle on the same data.
  const showAllAtOnce = (types: Map<string, FollowType>) => {
    notifyManager.batch(() => {
      for (const [id, type] of types) {
        const queryKey = keys.type(userID, id);
        // Only reads still waiting for this answer: a cancelled one (a write took over) and
        // a user with a write queued keep what they show. (getQueryState finds the query by
        // its hash, without scanning the cache.)
        const state = queryClient.getQueryState(queryKey);
        if (state?.fetchStatus !== 'fetching' || kit.writes.isPending(id)) continue;
        queryClient.setQueryData(queryKey, type);
      }
    });
  };

  const typeBatcher = createBatcher<FollowType>({
    maxBatchSize: CHECK_BATCH,
    minIntervalMs: isSdk ? SDK_CHECK_INTERVAL_MS : 0,
    fetchBatch: isSdk ? (ids) => afterSdkRateLimit(() => checkTypes(ids)) : checkTypes,
  });

  const kit: FollowKit = {
    client,
    userID,
    queryClient,
    typeBatcher,
    viewerProfile,
    writes: createFollowWriteQueue({
      readFollowing(target) {
        // The relationship the buttons show; a write trusts it however old it is.
        const shown = queryClient.getQueryData<FollowType>(keys.type(userID, target));
        if (shown !== undefined && !relationshipReadsInFlight(queryClient, userID, target)) {
          return (shown & FOLLOWING) !== 0;
        }
        return (async () => {
          const type = await queryClient.fetchQuery({
            ...followTypeOptions(kit, target),
            staleTime: Number.POSITIVE_INFINITY,
            retry: false,
          });
          // A read still in flight would land after the optimistic change and undo it; a
          // cancelled one restores its previous state asynchronously, so wait for that first.
          await cancelRelationshipQueries(queryClient, userID, target);
          return (type & FOLLOWING) !== 0;
        })();
      },
      applyChange(target, follow, hint) {
        const type = queryClient.getQueryData<FollowType>(keys.type(userID, target));
        return applyRelationshipChange(queryClient, {
          viewerID: userID,
          userID: target,
          bit: FOLLOWING,
          on: follow,
          otherBitSet: type === undefined ? undefined : (type & FOLLOWER) !== 0,
          ...(hint?.profile ? { profile: hint.profile } : {}),
          ...withViewerProfile(viewerProfile()),
        });
      },
      async send(follow, ids) {
        const method = follow ? 'followUser' : 'unfollowUser';
        const data = await callClient(method, () =>
          follow ? client.followUser(ids) : client.unfollowUser(ids),
        );
        expectShape(Array.isArray(data), method, 'something other than a list of results');
        return data;
      },
    }),
  };

  return kit;
}

/** Runs `call`, and once more after the SDK's window when its own rate limit refused it. */
async function afterSdkRateLimit<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (!(error instanceof FollowError) || error.code !== SDK_RATE_LIMITED) {
      throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, SDK_CHECK_WINDOW_MS));
    return call();
  }
}

/** Spreads as `{ viewerProfile }` only when there is one (exactOptionalPropertyTypes-safe). */
export function withViewerProfile(profile: ViewerProfile | undefined) {
  return profile ? { viewerProfile: profile } : {};
}

/** The error hooks give when a client cannot list other users' follows. */
export function unsupportedListError(): FollowError {
  return new FollowError(
    UNSUPPORTED,
    "This client lists only the signed-in user's follows: other users' lists need a client " +
      'with getUserFollowList (createRestFollowClient has it).',
  );
}
