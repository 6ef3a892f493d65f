'use client';

import {
  type InfiniteData,
  type UseInfiniteQueryResult,
  useInfiniteQuery,
} from '@tanstack/react-query';
import { useRef } from 'react';
import type { FollowListPage, FollowUserProfile } from '../client/types';
import { useFollowKit } from './FollowKitProvider';
import { followListOptions } from './listOptions';
import type { FollowListParams } from './listPages';

/** Options of {@link useFollowers}. */
export interface UseFollowersOptions extends FollowListParams {
  /** Set false to wait (e.g. a hidden tab). @default true */
  enabled?: boolean;
}

interface RowsMemo {
  pages: FollowListPage[];
  rows: FollowUserProfile[];
  seen: Set<string>;
}

/**
 * Rows of every loaded page, each user once. When pages are only appended (scrolling), the
 * work is proportional to the new page, not to the whole list.
 */
function useDedupedRows(data: InfiniteData<FollowListPage, unknown> | undefined) {
  const memo = useRef<RowsMemo>({ pages: [], rows: [], seen: new Set() });
  const pages = data?.pages ?? [];
  const previous = memo.current;
  if (pages === previous.pages) return previous.rows;
  const appended =
    pages.length >= previous.pages.length && previous.pages.every((page, i) => page === pages[i]);
  const next: RowsMemo = appended
    ? { pages, rows: previous.rows.slice(), seen: previous.seen }
    : { pages, rows: [], seen: new Set() };
  for (const page of pages.slice(appended ? previous.pages.length : 0)) {
    for (const row of page.resultList) {
      if (next.seen.has(row.userID)) continue;
      next.seen.add(row.userID);
      next.rows.push(row);
    }
  }
  memo.current = next;
  return next.rows;
}

/** TanStack's infinite query result for a list, plus its rows. */
export type FollowersState = UseInfiniteQueryResult<
  InfiniteData<FollowListPage, unknown>,
  Error
> & {
  /** Every loaded row, each user once, in list order. */
  rows: FollowUserProfile[];
};

/**
 * A followers, following or mutual list over cursors, for me or (with a client that has
 * `getUserFollowList`) anyone. `rows` holds every loaded row once; `fetchNextPage` loads more.
 * Returns TanStack's result object itself, so a component re-renders only for what it reads.
 *
 * @example
 * const { rows, hasNextPage, fetchNextPage } = useFollowers({ type: 'followers' });
 */
export function useFollowers({ enabled = true, ...params }: UseFollowersOptions): FollowersState {
  const kit = useFollowKit();
  const query = useInfiniteQuery({ ...followListOptions(kit, params), enabled });
  const rows = useDedupedRows(query.data);
  // Not a spread: that would read every field and turn TanStack's render tracking off.
  return Object.assign(query, { rows });
}
