import type { QueryClient } from '@tanstack/react-query';
import type { FollowListType, FollowListUpdatedEvent, FollowUserProfile } from '../client/types';
import type { FollowKit } from './followKit';
import type { RelationshipChange } from './relationshipCache';

/** Takes back exactly one cache change. */
export type Undo = () => void;

/** What a pushed entry tells about a user: never trusted as a full row. */
export type PushedProfile = Partial<FollowUserProfile> & { userID: string };

/**
 * How writes and events reach cached follow lists. The list code registers it when a list
 * query is first built ({@link followListOptions}), so a page with only buttons and counts
 * carries none of it: without a list query there is no cached list to patch.
 */
export interface ListPatching {
  /** Moves the rows of one relationship change: my list, theirs, and the mutual ones. */
  applyChange(queryClient: QueryClient, change: RelationshipChange): Undo[];
  /** Adds `row` at the top of every loaded copy of `owner`'s `type` list. */
  add(queryClient: QueryClient, owner: string, type: FollowListType, row: FollowUserProfile): Undo;
  /** Removes `userID` from every loaded copy; the undo puts the row back in place. */
  remove(queryClient: QueryClient, owner: string, type: FollowListType, userID: string): Undo;
  /** The freshest profile fields any loaded list holds for `userID`. */
  findProfile(queryClient: QueryClient, userID: string): FollowUserProfile | undefined;
  /** The profile fields of an entry of a follow event. */
  pushedProfile(entry: FollowUserProfile | string): PushedProfile | undefined;
  /** Loads the names of rows a push added without one. */
  fillNamelessRows(kit: FollowKit, type: FollowListType, added: PushedProfile[]): void;
  /** Applies the mutual-list event (it moves rows only). */
  applyMutualEvent(kit: FollowKit, event: FollowListUpdatedEvent): void;
}

let registered: ListPatching | undefined;

/** The list patching, once any list query exists; undefined before. */
export function listPatching(): ListPatching | undefined {
  return registered;
}

/** Called by the list code; idempotent. */
export function registerListPatching(patching: ListPatching): void {
  registered = patching;
}
