import type { QueryClient } from '@tanstack/react-query';
import { FOLLOWER, FOLLOWING, MUTUAL } from '../client/followConstants';
import type {
  FollowListPage,
  FollowListType,
  FollowType,
  FollowUserProfile,
} from '../client/types';
import { callClient, expectShape } from './callClient';
import type { FollowKit } from './followKit';
import { unsupportedListError } from './followKit';
import * as keys from './keys';
import { barrenPagesAtEnd, MAX_BARREN_PAGES } from './pagingProgress';
import { FOLLOW_STALE_TIME } from './staleTimes';

/** Which list to read, of whom, how many rows at a time. */
export interface FollowListParams {
  type: FollowListType;
  /** Whose list; default the signed-in user. */
  userID?: string;
  /**
   * Rows per page (needs a client with `getUserFollowList`); default the client's own. Ignored
   * for my own lists on a `TencentCloudChat` instance: the SDK pages 500 rows at a time (its
   * cloud config, up to 1000) and takes no page size.
   */
  pageSize?: number;
}

const MY_LIST_METHOD = {
  followers: 'getMyFollowersList',
  following: 'getMyFollowingList',
  mutual: 'getMutualFollowersList',
} as const;

function isRow(row: unknown): row is FollowUserProfile {
  return typeof (row as FollowUserProfile | null)?.userID === 'string';
}

/** Fetches one page of a list, choosing the SDK method or the listing extension. */
export async function fetchFollowPage(
  kit: FollowKit,
  { type, userID = kit.userID, pageSize }: FollowListParams,
  cursor: string,
): Promise<FollowListPage> {
  const { client } = kit;
  const mine = userID === kit.userID;
  let page: FollowListPage;
  if (mine && (pageSize === undefined || !client.getUserFollowList)) {
    const method = MY_LIST_METHOD[type];
    page = await callClient(method, () => client[method](cursor));
  } else {
    const extension = client.getUserFollowList?.bind(client);
    if (!extension) throw unsupportedListError();
    page = await callClient('getUserFollowList', () =>
      extension({ userID, type, nextCursor: cursor, ...(pageSize ? { count: pageSize } : {}) }),
    );
  }
  expectShape(
    typeof page === 'object' &&
      page !== null &&
      Array.isArray(page.resultList) &&
      page.resultList.every(isRow) &&
      typeof (page.nextCursor ?? '') === 'string',
    'the follow list',
    'something other than { resultList, nextCursor }',
  );
  if (mine) recordImpliedTypes(kit.queryClient, kit.userID, type, page.resultList);
  return { resultList: page.resultList, nextCursor: page.nextCursor ?? '' };
}

/**
 * What my own lists prove about each row: my mutual list proves both directions; my
 * following list only "I follow them" and my followers list only "they follow me". A
 * relationship is written only when both directions are known, the other one from a fresh
 * cached relationship; otherwise the row's button asks (`checkFollowType`, batched). Writing
 * Following for a row of my following list would show "Following" for someone who follows me
 * back until a check corrected it.
 */
function recordImpliedTypes(
  queryClient: QueryClient,
  viewerID: string,
  type: FollowListType,
  rows: FollowUserProfile[],
) {
  const bit = type === 'following' ? FOLLOWING : FOLLOWER;
  for (const { userID } of rows) {
    const key = keys.type(viewerID, userID);
    if (type === 'mutual') {
      queryClient.setQueryData(key, MUTUAL);
      continue;
    }
    const known = freshType(queryClient, key);
    if (known !== undefined) queryClient.setQueryData(key, (known | bit) as FollowType);
  }
}

/** A cached relationship still trusted (not invalidated, younger than its stale time). */
function freshType(queryClient: QueryClient, key: readonly unknown[]): FollowType | undefined {
  // getQueryState looks the query up by its hash; QueryCache.find scans every query, and
  // this runs for every row of every page.
  const state = queryClient.getQueryState<FollowType>(key);
  if (!state || state.data === undefined || state.isInvalidated) return undefined;
  return Date.now() - state.dataUpdatedAt < FOLLOW_STALE_TIME ? state.data : undefined;
}

/**
 * The next cursor, or undefined to stop: on the last page; when a server hands back a cursor
 * already used; and when a page adds no user the list did not already show (a server that
 * keeps sending fresh cursors with old rows, or empty pages, would otherwise be paged
 * without end: the list never grows, so its load-ahead fires again on every page).
 */
export function nextCursorOf(
  lastPage: FollowListPage,
  pages: FollowListPage[],
  _lastCursor: string,
  cursors: string[],
): string | undefined {
  const next = lastPage.nextCursor;
  if (!next || cursors.includes(next)) return undefined;
  if (barrenPagesAtEnd(pages) >= MAX_BARREN_PAGES) return undefined;
  return next;
}
