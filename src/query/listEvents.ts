import type { QueryClient } from '@tanstack/react-query';
import { flattenPushedEntry } from '../client/flattenProfile';
import { FOLLOWER, FOLLOWING } from '../client/followConstants';
import type { FollowListType, FollowListUpdatedEvent, FollowUserProfile } from '../client/types';
import type { FollowKit } from './followKit';
import { addToLists, findCachedProfile, patchRows, removeFromLists } from './listCache';
import { fetchFollowPage } from './listPages';
import type { ListPatching, PushedProfile, Undo } from './listPatching';
import type { KnownProfile, RelationshipBit, RelationshipChange } from './relationshipCache';

function pushedProfile(entry: FollowUserProfile | string): PushedProfile | undefined {
  return typeof entry === 'string' ? undefined : flattenPushedEntry(entry);
}

/**
 * Rows added from a push without a name, and none in the cache: the first page of the
 * list (where a new entry sits) has the full row. Without it the row would show a bare ID.
 */
function fillNamelessRows(kit: FollowKit, type: FollowListType, added: PushedProfile[]) {
  const wanted = new Set(
    added
      .filter(({ userID, nick }) => !nick && !findCachedProfile(kit.queryClient, userID)?.nick)
      .map(({ userID }) => userID),
  );
  if (wanted.size === 0) return;
  fetchFollowPage(kit, { type }, '').then(
    (page) => {
      for (const row of page.resultList) {
        if (wanted.has(row.userID)) patchRows(kit.queryClient, kit.userID, row);
      }
    },
    // The row keeps its ID; the next load of the list brings the name.
    () => {},
  );
}

/** The mutual event only moves rows: counts and relationships come with the other two. */
function applyMutualEvent(kit: FollowKit, event: FollowListUpdatedEvent) {
  const added: PushedProfile[] = [];
  for (const entry of event.userInfoList ?? []) {
    const userID = typeof entry === 'string' ? entry : entry.userID;
    if (!userID) continue;
    const profile = pushedProfile(entry);
    if (event.isAdd && profile) {
      added.push(profile);
      const known = findCachedProfile(kit.queryClient, userID);
      addToLists(kit.queryClient, kit.userID, 'mutual', {
        ...known,
        ...profile,
        followTime: Math.floor(Date.now() / 1000),
      } as FollowUserProfile);
    } else if (!event.isAdd) {
      removeFromLists(kit.queryClient, kit.userID, 'mutual', userID);
    }
  }
  fillNamelessRows(kit, 'mutual', added);
}

/** Which lists one side of a relationship moves: mine that holds them, theirs that holds me. */
const LIST_SIDES: Record<RelationshipBit, [mine: FollowListType, theirs: FollowListType]> = {
  [FOLLOWING]: ['following', 'followers'],
  [FOLLOWER]: ['followers', 'following'],
};

function rowFor(queryClient: QueryClient, userID: string, profile?: KnownProfile) {
  const known = findCachedProfile(queryClient, userID);
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
  return on
    ? addToLists(queryClient, owner, list, rowFor(queryClient, member, profile))
    : removeFromLists(queryClient, owner, list, member);
}

function applyChange(queryClient: QueryClient, change: RelationshipChange): Undo[] {
  const { viewerID, userID, bit, on, otherBitSet, profile, viewerProfile } = change;
  const [mine, theirs] = LIST_SIDES[bit];
  const undos = [
    changeLists(queryClient, viewerID, mine, userID, on, profile),
    changeLists(queryClient, userID, theirs, viewerID, on, viewerProfile),
  ];
  // Unknown other side: a row can safely leave a mutual list, but not safely join one.
  if (otherBitSet || !on) {
    undos.push(changeLists(queryClient, viewerID, 'mutual', userID, on, profile));
    undos.push(changeLists(queryClient, userID, 'mutual', viewerID, on, viewerProfile));
  }
  return undos;
}

/** The list code's part of writes and events, registered by `followListOptions`. */
export const LIST_PATCHING: ListPatching = {
  applyChange,
  add: addToLists,
  remove: removeFromLists,
  findProfile: findCachedProfile,
  pushedProfile,
  fillNamelessRows,
  applyMutualEvent,
};
