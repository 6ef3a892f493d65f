import type { QueryClient } from '@tanstack/react-query';
import {
  type FollowCountInfo,
  type FollowListType,
  type FollowProfileHint,
  FollowType,
  type FollowUserProfile,
} from '../client/types';
import { followKeys } from './keys';
import { listPatching, type Undo } from './listPatching';

/** One side of a relationship: "I follow them" or "they follow me". */
export type RelationshipBit = typeof FollowType.Following | typeof FollowType.Follower;

/** A cache change that can be undone exactly, whatever was written to the cache since. */
export interface CachePatch {
  revert(): void;
}

interface Side {
  /** My list that holds them when the bit is set. */
  myList: FollowListType;
  /** Their list that holds me. */
  theirList: FollowListType;
  myCount: keyof FollowCountInfo;
  theirCount: keyof FollowCountInfo;
}

const SIDES: Record<RelationshipBit, Side> = {
  [FollowType.Following]: {
    myList: 'following',
    theirList: 'followers',
    myCount: 'followingCount',
    theirCount: 'followersCount',
  },
  [FollowType.Follower]: {
    myList: 'followers',
    theirList: 'following',
    myCount: 'followersCount',
    theirCount: 'followingCount',
  },
};

/** Adds `delta` to a cached count, never below 0; the undo takes back what was really added. */
function adjustCount(
  queryClient: QueryClient,
  userID: string,
  field: keyof FollowCountInfo,
  delta: number,
): Undo {
  let applied = 0;
  queryClient.setQueryData<FollowCountInfo>(followKeys.counts(userID), (counts) => {
    if (!counts) return counts;
    const next = Math.max(0, counts[field] + delta);
    applied = next - counts[field];
    return { ...counts, [field]: next };
  });
  return () => {
    if (applied !== 0) adjustCount(queryClient, userID, field, -applied);
  };
}

function setBit(queryClient: QueryClient, key: readonly unknown[], bit: number, on: boolean): Undo {
  const before = queryClient.getQueryData<FollowType>(key);
  if (before === undefined) return () => {};
  queryClient.setQueryData<FollowType>(key, withBit(before, bit, on));
  // Undo only our bit: the other one may have changed meanwhile (an event).
  return () => {
    const now = queryClient.getQueryData<FollowType>(key);
    if (now !== undefined) queryClient.setQueryData<FollowType>(key, withBit(now, bit, !on));
  };
}

function withBit(type: FollowType, bit: number, on: boolean): FollowType {
  return (on ? type | bit : type & ~bit) as FollowType;
}

/** What a relationship change applies to, besides the relationship itself. */
interface ChangeInput {
  viewerID: string;
  userID: string;
  bit: RelationshipBit;
  on: boolean;
  /** Whether the other bit is set (mutual counts and lists move too); undefined: unknown. */
  otherBitSet: boolean | undefined;
  /** Profile fields for the row that appears in my list. */
  profile?: KnownProfile;
  /** My own profile fields, for my row in their list. */
  viewerProfile?: KnownProfile;
}

/** A whole pushed row or what a caller knows ({@link FollowProfileHint}). */
type KnownProfile = Partial<FollowUserProfile> | FollowProfileHint;

function rowFor(queryClient: QueryClient, userID: string, profile?: KnownProfile) {
  const known = listPatching()?.findProfile(queryClient, userID);
  // An unknown field of the hint must not blank out what the cache already knows.
  const given = Object.entries(profile ?? {}).filter(([, value]) => value !== undefined);
  return {
    ...known,
    ...Object.fromEntries(given),
    userID,
    followTime: Math.floor(Date.now() / 1000),
  } as FollowUserProfile;
}

function changeLists(
  queryClient: QueryClient,
  owner: string,
  list: FollowListType,
  member: string,
  on: boolean,
  profile?: KnownProfile,
): Undo {
  // No list code loaded means no list query, so no cached list to change.
  const lists = listPatching();
  if (!lists) return () => {};
  return on
    ? lists.add(queryClient, owner, list, rowFor(queryClient, member, profile))
    : lists.remove(queryClient, owner, list, member);
}

/**
 * Applies one relationship change to every cached reader: the relationship, both users'
 * counts, my list and theirs, and the mutual ones when the other side is set. The caller
 * guarantees the change is real (the bit was not already in that state).
 */
export function applyRelationshipChange(queryClient: QueryClient, input: ChangeInput): CachePatch {
  const { viewerID, userID, bit, on, otherBitSet, profile, viewerProfile } = input;
  const side = SIDES[bit];
  const delta = on ? 1 : -1;
  const undos: Undo[] = [setBit(queryClient, followKeys.type(viewerID, userID), bit, on)];
  undos.push(changeLists(queryClient, viewerID, side.myList, userID, on, profile));
  undos.push(changeLists(queryClient, userID, side.theirList, viewerID, on, viewerProfile));
  // Unknown other side: a row can safely leave a mutual list, but not safely join one.
  if (otherBitSet || !on) {
    undos.push(changeLists(queryClient, viewerID, 'mutual', userID, on, profile));
    undos.push(changeLists(queryClient, userID, 'mutual', viewerID, on, viewerProfile));
  }
  if (bit === FollowType.Following) {
    // Who of my follows follows someone changes with my follows. Only marked stale: a list
    // of them on screen keeps its rows (and focus), the next mount asks again.
    void queryClient.invalidateQueries({
      queryKey: followKeys.allKnownFollowers(viewerID),
      refetchType: 'none',
    });
  }
  if (otherBitSet === undefined) {
    // Without the relationship we cannot tell which counts move: ask the server once.
    void queryClient.invalidateQueries({ queryKey: followKeys.counts(viewerID) });
    void queryClient.invalidateQueries({ queryKey: followKeys.counts(userID) });
  } else {
    undos.push(adjustCount(queryClient, viewerID, side.myCount, delta));
    undos.push(adjustCount(queryClient, userID, side.theirCount, delta));
    if (otherBitSet) {
      undos.push(adjustCount(queryClient, viewerID, 'mutualFollowersCount', delta));
      undos.push(adjustCount(queryClient, userID, 'mutualFollowersCount', delta));
    }
  }
  return {
    revert() {
      for (const undo of undos.reverse()) undo();
    },
  };
}

/** Stops fetches that would overwrite an optimistic change with what the server had before. */
export async function cancelRelationshipQueries(
  queryClient: QueryClient,
  viewerID: string,
  userID: string,
): Promise<void> {
  await Promise.all([
    queryClient.cancelQueries({ queryKey: followKeys.type(viewerID, userID) }),
    queryClient.cancelQueries({ queryKey: followKeys.counts(viewerID) }),
    queryClient.cancelQueries({ queryKey: followKeys.counts(userID) }),
  ]);
}
