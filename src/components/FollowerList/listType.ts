import type { FollowCountInfo, FollowListType } from '../../client/types';
import type { FollowMessageKey } from '../i18n/translator';

const TITLE: Record<FollowListType, FollowMessageKey> = {
  followers: 'followersTitle',
  following: 'followingTitle',
  mutual: 'mutualTitle',
};

const COUNT_FIELD: Record<FollowListType, keyof FollowCountInfo> = {
  followers: 'followersCount',
  following: 'followingCount',
  mutual: 'mutualFollowersCount',
};

/** The message naming a list ("Followers"). */
export function listTitle(type: FollowListType): FollowMessageKey {
  return TITLE[type];
}

/** How many users a list holds, from a user's counts. */
export function totalOf(type: FollowListType, counts: FollowCountInfo | undefined) {
  return counts?.[COUNT_FIELD[type]];
}

/** What a list shows, as its `data-state`. */
export type FollowerListState = 'loading' | 'error' | 'empty' | 'ready';

/** The list's state from its query: an error only counts while there is nothing to show. */
export function listState(
  query: { isPending: boolean; isError: boolean; hasNextPage: boolean },
  rowCount: number,
): FollowerListState {
  if (rowCount > 0) return 'ready';
  if (query.isError) return 'error';
  if (query.isPending) return 'loading';
  return query.hasNextPage ? 'ready' : 'empty';
}

/** `aria-setsize`: exact once every page is in, else the counts' total, else -1 (unknown). */
export function setSizeOf(rowCount: number, hasNextPage: boolean, total: number | undefined) {
  if (!hasNextPage) return rowCount;
  return total !== undefined && total >= rowCount ? total : -1;
}
