'use client';

import { useRef, useState } from 'react';
import type { FollowProfileHint } from '../../client/types';
import { type FollowTarget, useFollowUser, useUnfollowUser } from '../../query/useFollowMutations';

function targetOf(userID: string, { nick, avatar }: FollowProfileHint): FollowTarget {
  if (!nick && !avatar) return userID;
  return { userID, profile: { ...(nick ? { nick } : {}), ...(avatar ? { avatar } : {}) } };
}

/**
 * Follows or unfollows `userID` and remembers which one failed, for the latest click only:
 * an older click whose failure the newer one already made moot stays quiet.
 */
export function useFollowToggle(userID: string, hint: FollowProfileHint) {
  const follow = useFollowUser();
  const unfollow = useUnfollowUser();
  const [failed, setFailed] = useState<'follow' | 'unfollow' | null>(null);
  const latest = useRef(0);

  const send = (wantFollow: boolean) => {
    const click = ++latest.current;
    setFailed(null);
    const mutation = wantFollow ? follow : unfollow;
    mutation.mutateAsync(targetOf(userID, hint)).catch(() => {
      if (click === latest.current) setFailed(wantFollow ? 'follow' : 'unfollow');
    });
  };

  return { send, failed, clearFailure: () => setFailed(null) };
}
