import type { QueryClient } from '@tanstack/react-query';
import { type FOLLOWER, FOLLOWING } from '../client/followConstants';
import type { FollowProfileHint, FollowType, FollowUserProfile } from '../client/types';
import { countsPatching } from './countsPatching';
import * as keys from './keys';
import { listPatching, type Undo } from './listPatching';

/** One side of a relationship: "I follow them" or "they follow me". */
export type RelationshipBit = typeof FOLLOWING | typeof FOLLOWER;

/** A cache change that can be undone exactly, whatever was written to the cache since. */
export interface CachePatch {
  revert(): void;
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
export interface RelationshipChange {
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
export type KnownProfile = Partial<FollowUserProfile> | FollowProfileHint;

/**
 * Applies one relationship change to every cached reader: the relationship here; both users'
 * counts, my list and theirs (and the mutual ones when the other side is set) through the
 * counts and list code, each registered when its first query is built: without it, nothing of
 * its kind is cached to change. The caller guarantees the change is real (the bit was not
 * already in that state).
 */
export function applyRelationshipChange(
  queryClient: QueryClient,
  change: RelationshipChange,
): CachePatch {
  const { viewerID, userID, bit, on } = change;
  const undos: Undo[] = [
    setBit(queryClient, keys.type(viewerID, userID), bit, on),
    ...(listPatching()?.applyChange(queryClient, change) ?? []),
    ...(countsPatching()?.applyChange(queryClient, change) ?? []),
  ];
  if (bit === FOLLOWING) {
    // Who of my follows follows someone changes with my follows. Only marked stale: a list
    // of them on screen keeps its rows (and focus), the next mount asks again.
    void queryClient.invalidateQueries({
      queryKey: keys.allKnownFollowers(viewerID),
      refetchType: 'none',
    });
  }
  return {
    revert() {
      for (const undo of undos.reverse()) undo();
    },
  };
}

/** The reads an optimistic change of my relationship with `userID` must not be overtaken by. */
function relationshipReadKeys(viewerID: string, userID: string) {
  return [keys.type(viewerID, userID), keys.counts(viewerID), keys.counts(userID)];
}

/** Whether one of those reads is in flight (it would land after the change and undo it). */
export function relationshipReadsInFlight(
  queryClient: QueryClient,
  viewerID: string,
  userID: string,
): boolean {
  return relationshipReadKeys(viewerID, userID).some(
    (queryKey) => queryClient.isFetching({ queryKey }) > 0,
  );
}

/** Stops fetches that would overwrite an optimistic change with what the server had before. */
export async function cancelRelationshipQueries(
  queryClient: QueryClient,
  viewerID: string,
  userID: string,
): Promise<void> {
  await Promise.all(
    relationshipReadKeys(viewerID, userID).map((queryKey) =>
      queryClient.cancelQueries({ queryKey }),
    ),
  );
}
