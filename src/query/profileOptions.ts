import { queryOptions } from '@tanstack/react-query';
import { UNSUPPORTED } from '../client/errorCodes';
import { FollowError } from '../client/errors';
import { PROFILE_BATCH } from '../client/followConstants';
import type { UserProfile } from '../client/types';
import { validateUserID } from '../client/validateUserIDs';
import { type Batcher, createBatcher } from './batcher';
import { callClient, expectShape } from './callClient';
import type { FollowKit } from './followKit';
import * as keys from './keys';
import { followRetryOptionsFor } from './retryPolicy';

/** How long a profile is trusted before a mount refetches it: as long as the SDK's stranger cache. */
export const PROFILE_STALE_TIME = 10 * 60_000;

function isProfile(item: unknown): item is UserProfile {
  return typeof (item as Partial<UserProfile> | null)?.userID === 'string';
}

/** The error profile look-ups give when a client has no `getUserProfile`. */
export function unsupportedProfileError(): FollowError {
  return new FollowError(
    UNSUPPORTED,
    'This client cannot look up profiles: it needs getUserProfile (a TencentCloudChat ' +
      'instance and createRestFollowClient have it).',
  );
}

const batchers = new WeakMap<FollowKit, Batcher<UserProfile | null>>();

/**
 * The kit's `getUserProfile` batcher (look-ups of one tick in calls of ≤ 100 IDs; `null` for a
 * user the server does not know), made on the first profile query: pages without profile
 * cards do not carry it.
 */
export function profileBatcherOf(kit: FollowKit): Batcher<UserProfile | null> {
  let batcher = batchers.get(kit);
  if (!batcher) {
    batcher = createProfileBatcher(kit);
    batchers.set(kit, batcher);
  }
  return batcher;
}

function createProfileBatcher({ client }: FollowKit): Batcher<UserProfile | null> {
  return createBatcher<UserProfile | null>({
    maxBatchSize: PROFILE_BATCH,
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
}

/**
 * Query options for the profile of `userID`: `data` is the SDK's `Profile` shape, or `null`
 * when the server does not know the user. Look-ups of one tick go out together, ≤ 100 IDs
 * per `getUserProfile` call (portrait_get over REST).
 */
export function userProfileOptions(kit: FollowKit, userID: string) {
  return queryOptions({
    queryKey: keys.profile(userID),
    queryFn: (): Promise<UserProfile | null> => {
      validateUserID(userID);
      return profileBatcherOf(kit).load(userID);
    },
    staleTime: PROFILE_STALE_TIME,
    ...followRetryOptionsFor(kit.queryClient),
  });
}
