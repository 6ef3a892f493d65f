'use client';

import { useRef, useState } from 'react';
import { ACCOUNT_NOT_FOUND, FOLLOW_LIMIT_REACHED } from '../../client/errorCodes';
import { FollowError } from '../../client/errors';
import type { FollowProfileHint } from '../../client/types';
import { type FollowTarget, useFollowUser, useUnfollowUser } from '../../query/useFollowMutations';
import type { FollowMessages } from '../i18n/messages';

function targetOf(userID: string, { nick, avatar }: FollowProfileHint): FollowTarget {
  if (!nick && !avatar) return userID;
  return { userID, profile: { ...(nick ? { nick } : {}), ...(avatar ? { avatar } : {}) } };
}

type FailureMessage = keyof Pick<
  FollowMessages,
  'followFailed' | 'unfollowFailed' | 'followLimitReached' | 'followAccountMissing'
>;

/** What to tell the user when a follow (or unfollow) was refused with `error`. */
function failureMessage(wantFollow: boolean, error: unknown): FailureMessage {
  if (!wantFollow) return 'unfollowFailed';
  // "Try again" would be wrong for these two: trying again cannot work.
  const code = error instanceof FollowError ? error.code : undefined;
  if (code === FOLLOW_LIMIT_REACHED) return 'followLimitReached';
  if (code === ACCOUNT_NOT_FOUND) return 'followAccountMissing';
  return 'followFailed';
}

/**
 * Follows or unfollows `userID` and remembers, for the latest click only, the message of its
 * failure: an older click whose failure the newer one already made moot stays quiet.
 */
export function useFollowToggle(userID: string, hint: FollowProfileHint) {
  const follow = useFollowUser();
  const unfollow = useUnfollowUser();
  const [failed, setFailed] = useState<FailureMessage | null>(null);
  const latest = useRef(0);

  const send = (wantFollow: boolean) => {
    const click = ++latest.current;
    setFailed(null);
    const mutation = wantFollow ? follow : unfollow;
    mutation.mutateAsync(targetOf(userID, hint)).catch((error: unknown) => {
      if (click === latest.current) setFailed(failureMessage(wantFollow, error));
    });
  };

  return { send, failed, clearFailure: () => setFailed(null) };
}
