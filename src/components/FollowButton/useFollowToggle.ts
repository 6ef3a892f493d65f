'use client';

import { useRef, useState } from 'react';
import { ACCOUNT_NOT_FOUND, FOLLOW_LIMIT_REACHED } from '../../client/errorCodes';
import { FollowError } from '../../client/errors';
import type { FollowProfileHint } from '../../client/types';
import { type FollowTarget, useSendFollowWrite } from '../../query/useFollowMutations';
import type { FollowMessages } from '../i18n/messages';

function targetOf(userID: string, { nick, avatar }: FollowProfileHint): FollowTarget {
  if (!nick && !avatar) return userID;
  return { userID, profile: { ...(nick ? { nick } : {}), ...(avatar ? { avatar } : {}) } };
}

type FailureMessage = keyof Pick<
  FollowMessages,
  'followFailed' | 'unfollowFailed' | 'followLimitReached' | 'followAccountMissing'
>;

/** What to tell the user when following (or unfollowing) `userID` failed with `error`. */
function failureMessage(userID: string, wantFollow: boolean, error: unknown): FailureMessage {
  if (!wantFollow || !(error instanceof FollowError)) {
    return wantFollow ? 'followFailed' : 'unfollowFailed';
  }
  // "Try again" would be wrong for these two: trying again cannot work.
  if (error.code === FOLLOW_LIMIT_REACHED) return 'followLimitReached';
  // The server's answer for this user, not a request-level 30003 (an unknown signed-in user).
  if (error.code === ACCOUNT_NOT_FOUND && error.userID === userID) return 'followAccountMissing';
  return 'followFailed';
}

/**
 * Follows or unfollows `userID` and remembers, for the latest click only, the message of its
 * failure: an older click whose failure the newer one already made moot stays quiet.
 */
export function useFollowToggle(userID: string, hint: FollowProfileHint) {
  const sendWrite = useSendFollowWrite();
  const [failed, setFailed] = useState<FailureMessage | null>(null);
  const latest = useRef(0);

  const send = (wantFollow: boolean) => {
    const click = ++latest.current;
    setFailed(null);
    sendWrite(targetOf(userID, hint), wantFollow).catch((error: unknown) => {
      if (click === latest.current) setFailed(failureMessage(userID, wantFollow, error));
    });
  };

  return { send, failed, clearFailure: () => setFailed(null) };
}
