import { flattenPushedEntry } from '../client/flattenProfile';
import { SDK_READY_EVENT } from '../client/sdkClient';
import {
  FollowEvent,
  type FollowEventHandler,
  type FollowListType,
  type FollowListUpdatedEvent,
  FollowType,
  type FollowUserProfile,
} from '../client/types';
import { type FollowKit, withViewerProfile } from './followKit';
import { followKeys } from './keys';
import { addToLists, findCachedProfile, patchRows, removeFromLists } from './listCache';
import { fetchFollowPage } from './listPages';
import { applyRelationshipChange, type RelationshipBit } from './relationshipCache';

type Entry = FollowUserProfile | string;

function idOf(entry: Entry): string {
  return typeof entry === 'string' ? entry : entry.userID;
}

type PushedProfile = Partial<FollowUserProfile> & { userID: string };

/** What an added entry tells about the user, never trusted as a full row. */
function pushedProfile(entry: Entry): PushedProfile | undefined {
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

/**
 * Applies a change that happened elsewhere (another user, or my other device) to every
 * cached reader, unless the cache already shows it (our own optimistic write, a refetch).
 */
function applyPushedChange(kit: FollowKit, bit: RelationshipBit, event: FollowListUpdatedEvent) {
  const { queryClient, userID: viewerID } = kit;
  const added: PushedProfile[] = [];
  for (const entry of event.userInfoList ?? []) {
    const userID = idOf(entry);
    if (!userID || userID === viewerID) continue;
    // My own queued write on this user decides my side; their side still moves.
    if (bit === FollowType.Following && kit.writes.isPending(userID)) continue;
    const type = queryClient.getQueryData<FollowType>(followKeys.type(viewerID, userID));
    if (type !== undefined && ((type & bit) !== 0) === event.isAdd) continue;
    const other = bit === FollowType.Following ? FollowType.Follower : FollowType.Following;
    const profile = pushedProfile(entry);
    if (profile && event.isAdd) added.push(profile);
    applyRelationshipChange(queryClient, {
      viewerID,
      userID,
      bit,
      on: event.isAdd,
      otherBitSet: type === undefined ? undefined : (type & other) !== 0,
      ...(profile ? { profile } : {}),
      ...withViewerProfile(kit.viewerProfile()),
    });
  }
  fillNamelessRows(kit, bit === FollowType.Following ? 'following' : 'followers', added);
}

/** The mutual event only moves rows: counts and relationships come with the other two. */
function applyMutualChange(kit: FollowKit, event: FollowListUpdatedEvent) {
  const added: PushedProfile[] = [];
  for (const entry of event.userInfoList ?? []) {
    const userID = idOf(entry);
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

/**
 * Subscribes to the client's three follow events (when it has `on`/`off`) and keeps the
 * cache in step without refetching lists; on an SDK's SDK_READY, reloads the follow queries
 * that failed. Returns the unsubscribe function.
 */
export function subscribeToFollowEvents(kit: FollowKit): () => void {
  const { client } = kit;
  if (typeof client.on !== 'function' || typeof client.off !== 'function') return () => {};
  const handlers: Array<[string, FollowEventHandler]> = [
    [
      FollowEvent.MyFollowersListUpdated,
      (e) => applyPushedChange(kit, FollowType.Follower, e.data),
    ],
    [
      FollowEvent.MyFollowingListUpdated,
      (e) => applyPushedChange(kit, FollowType.Following, e.data),
    ],
    [FollowEvent.MutualFollowersListUpdated, (e) => applyMutualChange(kit, e.data)],
    // After a (re-)login, what failed while the SDK was not ready loads again.
    [
      SDK_READY_EVENT,
      () =>
        void kit.queryClient.invalidateQueries({
          queryKey: followKeys.all,
          predicate: (query) => query.state.status === 'error',
        }),
    ],
  ];
  for (const [name, handler] of handlers) client.on(name, handler);
  return () => {
    for (const [name, handler] of handlers) client.off?.(name, handler);
  };
}
