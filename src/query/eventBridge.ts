import {
  FollowEvent,
  type FollowEventHandler,
  type FollowListUpdatedEvent,
  FollowType,
  type FollowUserProfile,
} from '../client/types';
import { type FollowKit, withViewerProfile } from './followKit';
import { followKeys } from './keys';
import { addToLists, removeFromLists } from './listCache';
import { applyRelationshipChange, type RelationshipBit } from './relationshipCache';

type Entry = FollowUserProfile | string;

function idOf(entry: Entry): string {
  return typeof entry === 'string' ? entry : entry.userID;
}

/**
 * Applies a change that happened elsewhere (another user, or my other device) to every
 * cached reader, unless the cache already shows it (our own optimistic write, a refetch).
 */
function applyPushedChange(kit: FollowKit, bit: RelationshipBit, event: FollowListUpdatedEvent) {
  const { queryClient, userID: viewerID } = kit;
  for (const entry of event.userInfoList ?? []) {
    const userID = idOf(entry);
    if (!userID || userID === viewerID) continue;
    // My own queued write on this user decides my side; their side still moves.
    if (bit === FollowType.Following && kit.writes.isPending(userID)) continue;
    const type = queryClient.getQueryData<FollowType>(followKeys.type(viewerID, userID));
    if (type !== undefined && ((type & bit) !== 0) === event.isAdd) continue;
    const other = bit === FollowType.Following ? FollowType.Follower : FollowType.Following;
    applyRelationshipChange(queryClient, {
      viewerID,
      userID,
      bit,
      on: event.isAdd,
      otherBitSet: type === undefined ? undefined : (type & other) !== 0,
      ...(typeof entry === 'string' ? {} : { profile: entry }),
      ...withViewerProfile(kit.viewerProfile()),
    });
  }
}

/** The mutual event only moves rows: counts and relationships come with the other two. */
function applyMutualChange(kit: FollowKit, event: FollowListUpdatedEvent) {
  for (const entry of event.userInfoList ?? []) {
    const userID = idOf(entry);
    if (!userID) continue;
    if (event.isAdd && typeof entry !== 'string') {
      addToLists(kit.queryClient, kit.userID, 'mutual', entry);
    } else if (!event.isAdd) {
      removeFromLists(kit.queryClient, kit.userID, 'mutual', userID);
    }
  }
}

/**
 * Subscribes to the client's three follow events (when it has `on`/`off`) and keeps the
 * cache in step without refetching lists. Returns the unsubscribe function.
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
  ];
  for (const [name, handler] of handlers) client.on(name, handler);
  return () => {
    for (const [name, handler] of handlers) client.off?.(name, handler);
  };
}
