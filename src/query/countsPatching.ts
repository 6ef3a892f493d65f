import type { QueryClient } from '@tanstack/react-query';
import { FOLLOWER, FOLLOWING } from '../client/followConstants';
import type { FollowCountInfo } from '../client/types';
import * as keys from './keys';
import type { Undo } from './listPatching';
import type { RelationshipBit, RelationshipChange } from './relationshipCache';

/** How writes and events reach cached counts; registered by `followCountsOptions`. */
export interface CountsPatching {
  /** Moves both users' counts for one relationship change; returns the undos. */
  applyChange(queryClient: QueryClient, change: RelationshipChange): Undo[];
}

let registered: CountsPatching | undefined;

/** The counts patching, once any counts query exists; undefined before (nothing to patch). */
export function countsPatching(): CountsPatching | undefined {
  return registered;
}

/** Which count of each user one side of a relationship moves. */
const COUNT_FIELDS: Record<
  RelationshipBit,
  [mine: keyof FollowCountInfo, theirs: keyof FollowCountInfo]
> = {
  [FOLLOWING]: ['followingCount', 'followersCount'],
  [FOLLOWER]: ['followersCount', 'followingCount'],
};

/** Adds `delta` to a cached count, never below 0; the undo takes back what was really added. */
function adjustCount(
  queryClient: QueryClient,
  userID: string,
  field: keyof FollowCountInfo,
  delta: number,
): Undo {
  let applied = 0;
  queryClient.setQueryData<FollowCountInfo>(keys.counts(userID), (counts) => {
    if (!counts) return counts;
    const next = Math.max(0, counts[field] + delta);
    applied = next - counts[field];
    return { ...counts, [field]: next };
  });
  return () => {
    if (applied !== 0) adjustCount(queryClient, userID, field, -applied);
  };
}

const COUNTS_PATCHING: CountsPatching = {
  applyChange(queryClient, { viewerID, userID, bit, on, otherBitSet }) {
    if (otherBitSet === undefined) {
      // Without the relationship we cannot tell which counts move: ask the server once.
      void queryClient.invalidateQueries({ queryKey: keys.counts(viewerID) });
      void queryClient.invalidateQueries({ queryKey: keys.counts(userID) });
      return [];
    }
    const delta = on ? 1 : -1;
    const [mine, theirs] = COUNT_FIELDS[bit];
    const undos = [
      adjustCount(queryClient, viewerID, mine, delta),
      adjustCount(queryClient, userID, theirs, delta),
    ];
    if (otherBitSet) {
      undos.push(adjustCount(queryClient, viewerID, 'mutualFollowersCount', delta));
      undos.push(adjustCount(queryClient, userID, 'mutualFollowersCount', delta));
    }
    return undos;
  },
};

/** Called by the counts code; idempotent. */
export function registerCountsPatching(): void {
  registered = COUNTS_PATCHING;
}
