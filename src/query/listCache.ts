import type { InfiniteData, QueryClient } from '@tanstack/react-query';
import type { FollowListPage, FollowListType, FollowUserProfile } from '../client/types';
import * as keys from './keys';

/** What an infinite follow-list query holds. */
export type FollowListData = InfiniteData<FollowListPage, string>;

type Undo = () => void;

/** Where a row sat, so that a rollback can put it back exactly there. */
interface RowPosition {
  pageIndex: number;
  index: number;
  row: FollowUserProfile;
}

function findRow(data: FollowListData, userID: string): RowPosition | undefined {
  for (let pageIndex = 0; pageIndex < data.pages.length; pageIndex++) {
    const list = data.pages[pageIndex]?.resultList ?? [];
    const index = list.findIndex((row) => row.userID === userID);
    const row = list[index];
    if (row) return { pageIndex, index, row };
  }
  return undefined;
}

function withPage(
  data: FollowListData,
  pageIndex: number,
  edit: (rows: FollowUserProfile[]) => FollowUserProfile[],
): FollowListData {
  const pages = data.pages.map((page, i) =>
    i === pageIndex ? { ...page, resultList: edit(page.resultList) } : page,
  );
  return { ...data, pages };
}

function insertRow(data: FollowListData, position: RowPosition): FollowListData {
  if (data.pages.length === 0 || findRow(data, position.row.userID)) return data;
  const pageIndex = Math.min(position.pageIndex, data.pages.length - 1);
  return withPage(data, pageIndex, (rows) => {
    const next = rows.slice();
    next.splice(Math.min(position.index, rows.length), 0, position.row);
    return next;
  });
}

function removeRow(data: FollowListData, userID: string): FollowListData {
  const found = findRow(data, userID);
  if (!found) return data;
  return withPage(data, found.pageIndex, (rows) => rows.filter((row) => row.userID !== userID));
}

/**
 * Adds `row` at the top of every loaded copy of one list (any page size), unless it is there
 * already. Returns how to undo exactly that.
 */
export function addToLists(
  queryClient: QueryClient,
  owner: string,
  type: FollowListType,
  row: FollowUserProfile,
): Undo {
  const changed: Array<readonly unknown[]> = [];
  for (const [queryKey, data] of queryClient.getQueriesData<FollowListData>({
    queryKey: keys.listsOfType(owner, type),
  })) {
    if (!data || data.pages.length === 0 || findRow(data, row.userID)) continue;
    queryClient.setQueryData<FollowListData>(
      queryKey,
      insertRow(data, { pageIndex: 0, index: 0, row }),
    );
    changed.push(queryKey);
  }
  return () => {
    for (const queryKey of changed) {
      queryClient.setQueryData<FollowListData>(queryKey, (data) =>
        data ? removeRow(data, row.userID) : data,
      );
    }
  };
}

/** Removes `userID` from every loaded copy of one list; the undo puts the row back in place. */
export function removeFromLists(
  queryClient: QueryClient,
  owner: string,
  type: FollowListType,
  userID: string,
): Undo {
  const removed: Array<{ queryKey: readonly unknown[]; position: RowPosition }> = [];
  for (const [queryKey, data] of queryClient.getQueriesData<FollowListData>({
    queryKey: keys.listsOfType(owner, type),
  })) {
    const position = data && findRow(data, userID);
    if (!data || !position) continue;
    queryClient.setQueryData<FollowListData>(queryKey, removeRow(data, userID));
    removed.push({ queryKey, position });
  }
  return () => {
    for (const { queryKey, position } of removed) {
      queryClient.setQueryData<FollowListData>(queryKey, (data) =>
        data ? insertRow(data, position) : data,
      );
    }
  };
}

/**
 * Fills in the profile fields of `profile.userID`'s row in every loaded list of `owner`,
 * keeping each row's place and `followTime`.
 */
export function patchRows(
  queryClient: QueryClient,
  owner: string,
  profile: Partial<FollowUserProfile> & { userID: string },
): void {
  for (const [queryKey, data] of queryClient.getQueriesData<FollowListData>({
    queryKey: keys.lists(owner),
  })) {
    const found = data && findRow(data, profile.userID);
    if (!data || !found) continue;
    queryClient.setQueryData<FollowListData>(
      queryKey,
      withPage(data, found.pageIndex, (rows) =>
        rows.map((row, i) =>
          i === found.index ? { ...row, ...profile, followTime: row.followTime } : row,
        ),
      ),
    );
  }
}

/** The freshest profile fields the cache holds for `userID`, from any loaded list. */
export function findCachedProfile(
  queryClient: QueryClient,
  userID: string,
): FollowUserProfile | undefined {
  for (const [, data] of queryClient.getQueriesData<FollowListData>({
    queryKey: keys.allLists(),
  })) {
    const found = data && findRow(data, userID);
    if (found) return found.row;
  }
  return undefined;
}
