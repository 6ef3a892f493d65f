import type { FollowListType } from '../client/types';

// One function per key rather than one object, so that a bundle carries only the keys its
// components use; the kit reads them as `import * as keys from './keys'`.

/** Everything of the kit: invalidate this to refetch it all. */
export const all = ['follow'] as const;
/** Every cached relationship seen by `viewerID`. */
export const types = (viewerID: string) => ['follow', 'type', viewerID] as const;
/** The relationship between `viewerID` and `userID`, from the viewer's side. */
export const type = (viewerID: string, userID: string) =>
  ['follow', 'type', viewerID, userID] as const;
/** Every cached known-followers entry of `viewerID` (see `useKnownFollowers`). */
export const allKnownFollowers = (viewerID: string) =>
  ['follow', 'knownFollowers', viewerID] as const;
/** The users `viewerID` follows who follow `userID`. */
export const knownFollowers = (viewerID: string, userID: string) =>
  ['follow', 'knownFollowers', viewerID, userID] as const;
/** Every cached counts entry. */
export const allCounts = () => ['follow', 'counts'] as const;
/** Followers, following and mutual counts of `userID`. */
export const counts = (userID: string) => ['follow', 'counts', userID] as const;
/** Every cached profile. */
export const allProfiles = () => ['follow', 'profile'] as const;
/** The profile (nick, avatar, signature, …) of `userID`; `null` data: no such user. */
export const profile = (userID: string) => ['follow', 'profile', userID] as const;
/** Every cached list (infinite queries only; never shared with a plain query). */
export const allLists = () => ['follow', 'list'] as const;
/** Every cached list of `userID`. */
export const lists = (userID: string) => ['follow', 'list', userID] as const;
/** Every cached page size of one list of `userID`. */
export const listsOfType = (userID: string, type: FollowListType) =>
  ['follow', 'list', userID, type] as const;
/** One list of `userID` read `pageSize` rows at a time (`pageSize` undefined: the client's own). */
export const list = (userID: string, type: FollowListType, pageSize: number | undefined) =>
  ['follow', 'list', userID, type, { pageSize: pageSize ?? null }] as const;

/**
 * Query keys of the follow feature, all under `['follow']`. Counts and lists are facts about a
 * user that every viewer shares; a relationship type is seen from the signed-in viewer.
 *
 * @example queryClient.invalidateQueries({ queryKey: followKeys.counts('u2') })
 */
export const followKeys = {
  all,
  types,
  type,
  allKnownFollowers,
  knownFollowers,
  allCounts,
  counts,
  allProfiles,
  profile,
  allLists,
  lists,
  listsOfType,
  list,
};
