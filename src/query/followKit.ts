import type { QueryClient } from '@tanstack/react-query';
import { FollowError, FollowErrorCode } from '../client/errors';
import { isTencentChatClient, SDK_CHECK_RATE_LIMIT, waitingForSdkReady } from '../client/sdkClient';
import {
  FOLLOW_LIMITS,
  type FollowClient,
  type FollowCountInfo,
  type FollowProfileHint,
  FollowType,
  type FollowTypeResult,
  type UserProfile,
} from '../client/types';
import { type Batcher, createBatcher } from './batcher';
import { callClient, expectShape } from './callClient';
import { followKeys } from './keys';
import { followTypeOptions } from './options';
import { applyRelationshipChange, cancelRelationshipQueries } from './relationshipCache';
import { FollowWriteQueue } from './writeQueue';

/**
 * Everything the hooks share for one signed-in user and one client: the client, the query
 * client, the read batchers and the write queue. Get it with `useFollowKit()`; pass it to the
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
  /** Collects `getUserFollowInfo` look-ups of one tick into calls of ≤ 20 IDs. */
  countsBatcher: Batcher<FollowCountInfo>;
  /**
   * Collects `getUserProfile` look-ups of one tick into calls of ≤ 100 IDs; `null` for a
   * user the server does not know.
   */
  profileBatcher: Batcher<UserProfile | null>;
  /** Per-user serialized, optimistic follow writes. */
  writes: FollowWriteQueue;
  /** How the signed-in user appears in other users' lists (name, avatar), when known. */
  viewerProfile(): ViewerProfile | undefined;
}

/** The signed-in user's own profile fields, shown in rows of other users' lists. */
export type ViewerProfile = FollowProfileHint;

function isFollowTypeResult(item: unknown): item is FollowTypeResult {
  const { userID, followType } = (item ?? {}) as Partial<FollowTypeResult>;
  return (
    typeof userID === 'string' && Object.values<number>(FollowType).includes(followType as number)
  );
}

function isCountInfo(item: unknown): item is FollowCountInfo {
  const counts = (item ?? {}) as Partial<FollowCountInfo>;
  return [counts.followersCount, counts.followingCount, counts.mutualFollowersCount].every(
    (count) => typeof count === 'number' && count >= 0,
  );
}

function isProfile(item: unknown): item is UserProfile {
  return typeof (item as Partial<UserProfile> | null)?.userID === 'string';
}

/**
 * Spacing of paced `checkFollowType` calls: the SDK's window holds at most `calls` calls
 * counted from its first one, so `calls` calls must span more than the window.
 */
const SDK_CHECK_INTERVAL_MS = Math.ceil(
  SDK_CHECK_RATE_LIMIT.windowMs / (SDK_CHECK_RATE_LIMIT.calls - 1),
);

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
    return new Map(data.map((item) => [item.userID, item.followType]));
  };

  const typeBatcher = createBatcher<FollowType>({
    maxBatchSize: FOLLOW_LIMITS.checkBatch,
    minIntervalMs: isSdk ? SDK_CHECK_INTERVAL_MS : 0,
    fetchBatch: isSdk ? (ids) => afterSdkRateLimit(() => checkTypes(ids)) : checkTypes,
  });

  const readCounts = async (ids: string[]) => {
    const data = await callClient('getUserFollowInfo', () => client.getUserFollowInfo(ids));
    expectShape(
      Array.isArray(data) && data.every(isCountInfo),
      'getUserFollowInfo',
      'something other than a list of counts',
    );
    return data;
  };

  const countsBatcher = createBatcher<FollowCountInfo>({
    maxBatchSize: FOLLOW_LIMITS.infoBatch,
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

  const profileBatcher = createBatcher<UserProfile | null>({
    maxBatchSize: FOLLOW_LIMITS.profileBatch,
    async fetchBatch(ids) {
      const { getUserProfile } = client;
      if (!getUserProfile) throw unsupportedProfileError();
      const data = await callClient('getUserProfile', () =>
        getUserProfile.call(client, { userIDList: ids }),
      );
      expectShape(
        Array.isArray(data) && data.every(isProfile),
        'getUserProfile',
        'something other than [{ userID, … }]',
      );
      // Users the server does not know are left out of the answer: they are null, not errors.
      const found = new Map(data.map((profile) => [profile.userID, profile]));
      return new Map(ids.map((id) => [id, found.get(id) ?? null]));
    },
  });

  const kit: FollowKit = {
    client,
    userID,
    queryClient,
    typeBatcher,
    countsBatcher,
    profileBatcher,
    viewerProfile,
    writes: new FollowWriteQueue({
      async readFollowing(target) {
        // The relationship the buttons show; a write trusts it however old it is.
        const type = await queryClient.fetchQuery({
          ...followTypeOptions(kit, target),
          staleTime: Number.POSITIVE_INFINITY,
          retry: false,
        });
        // A read still in flight would land after the optimistic change and undo it; a
        // cancelled one restores its previous state asynchronously, so wait for that first.
        await cancelRelationshipQueries(queryClient, userID, target);
        return (type & FollowType.Following) !== 0;
      },
      applyChange(target, follow, hint) {
        const type = queryClient.getQueryData<FollowType>(followKeys.type(userID, target));
        return applyRelationshipChange(queryClient, {
          viewerID: userID,
          userID: target,
          bit: FollowType.Following,
          on: follow,
          otherBitSet: type === undefined ? undefined : (type & FollowType.Follower) !== 0,
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
    if (!(error instanceof FollowError) || error.code !== FollowErrorCode.SdkRateLimited) {
      throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, SDK_CHECK_RATE_LIMIT.windowMs));
    return call();
  }
}

/** Spreads as `{ viewerProfile }` only when there is one (exactOptionalPropertyTypes-safe). */
export function withViewerProfile(profile: ViewerProfile | undefined) {
  return profile ? { viewerProfile: profile } : {};
}

function pickCounts({ followersCount, followingCount, mutualFollowersCount }: FollowCountInfo) {
  return { followersCount, followingCount, mutualFollowersCount };
}

/** The error hooks give when a client cannot list other users' follows. */
export function unsupportedListError(): FollowError {
  return new FollowError(
    FollowErrorCode.Unsupported,
    "This client lists only the signed-in user's follows: other users' lists need a client " +
      'with getUserFollowList (createRestFollowClient has it).',
  );
}

/** The error profile look-ups give when a client has no `getUserProfile`. */
export function unsupportedProfileError(): FollowError {
  return new FollowError(
    FollowErrorCode.Unsupported,
    'This client cannot look up profiles: it needs getUserProfile (a TencentCloudChat ' +
      'instance and createRestFollowClient have it).',
  );
}
