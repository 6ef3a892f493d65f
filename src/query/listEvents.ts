import { flattenPushedEntry } from '../client/flattenProfile';
import type { FollowListType, FollowListUpdatedEvent, FollowUserProfile } from '../client/types';
import type { FollowKit } from './followKit';
import { addToLists, findCachedProfile, patchRows, removeFromLists } from './listCache';
import { fetchFollowPage } from './listPages';
import type { ListPatching, PushedProfile } from './listPatching';

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

/** The list code's part of writes and events, registered by `followListOptions`. */
export const LIST_PATCHING: ListPatching = {
  add: addToLists,
  remove: removeFromLists,
  findProfile: findCachedProfile,
  pushedProfile,
  fillNamelessRows,
  applyMutualEvent,
};
