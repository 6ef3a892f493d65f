import { notifyManager } from '@tanstack/react-query';
import {
  FOLLOWER,
  FOLLOWING,
  MUTUAL_FOLLOWERS_LIST_UPDATED,
  MY_FOLLOWERS_LIST_UPDATED,
  MY_FOLLOWING_LIST_UPDATED,
} from '../client/followConstants';
import { SDK_READY_EVENT } from '../client/sdkClient';
import type {
  FollowEventHandler,
  FollowListUpdatedEvent,
  FollowType,
  FollowUserProfile,
} from '../client/types';
import { type FollowKit, withViewerProfile } from './followKit';
import * as keys from './keys';
import { listPatching, type PushedProfile } from './listPatching';
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
  const lists = listPatching();
  const added: PushedProfile[] = [];
  for (const entry of event.userInfoList ?? []) {
    const userID = idOf(entry);
    if (!userID || userID === viewerID) continue;
    // My own queued write on this user decides my side; their side still moves.
    if (bit === FOLLOWING && kit.writes.isPending(userID)) continue;
    const type = queryClient.getQueryData<FollowType>(keys.type(viewerID, userID));
    if (type !== undefined && ((type & bit) !== 0) === event.isAdd) continue;
    const other = bit === FOLLOWING ? FOLLOWER : FOLLOWING;
    const profile = lists?.pushedProfile(entry);
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
  lists?.fillNamelessRows(kit, bit === FOLLOWING ? 'following' : 'followers', added);
}

/**
 * Subscribes to the client's three follow events (when it has `on`/`off`) and keeps the
 * cache in step without refetching lists; on an SDK's SDK_READY, reloads the follow queries
 * that failed. Returns the unsubscribe function.
 */
export function subscribeToFollowEvents(kit: FollowKit): () => void {
  const { client } = kit;
  if (typeof client.on !== 'function' || typeof client.off !== 'function') return () => {};
  const appliers: Array<[string, FollowEventHandler]> = [
    [MY_FOLLOWERS_LIST_UPDATED, (e) => applyPushedChange(kit, FOLLOWER, e.data)],
    [MY_FOLLOWING_LIST_UPDATED, (e) => applyPushedChange(kit, FOLLOWING, e.data)],
    [MUTUAL_FOLLOWERS_LIST_UPDATED, (e) => listPatching()?.applyMutualEvent(kit, e.data)],
    // After a (re-)login, what failed while the SDK was not ready loads again.
    [
      SDK_READY_EVENT,
      () =>
        void kit.queryClient.invalidateQueries({
          queryKey: keys.all,
          predicate: (query) => query.state.status === 'error',
        }),
    ],
  ];
  // Each event in one notification flush: every reader shows all of it in the same commit.
  const handlers = appliers.map(([name, apply]): [string, FollowEventHandler] => [
    name,
    (e) => notifyManager.batch(() => apply(e)),
  ]);
  for (const [name, handler] of handlers) client.on(name, handler);
  return () => {
    for (const [name, handler] of handlers) client.off?.(name, handler);
  };
}
