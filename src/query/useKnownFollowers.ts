'use client';

import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { INVALID_ARGUMENT } from '../client/errorCodes';
import { FollowError } from '../client/errors';
import type { FollowUserProfile } from '../client/types';
import { useFollowKit } from './FollowKitProvider';
import {
  type KnownFollowersData,
  knownFollowersOptions,
  supportsKnownFollowers,
} from './knownFollowers';

/** Options of {@link useKnownFollowers}. */
export interface UseKnownFollowersOptions {
  /** How many profiles `knownFollowers` holds (a positive integer). @default 3 */
  limit?: number;
  /** Set false to wait (e.g. a profile not on screen yet). @default true */
  enabled?: boolean;
}

/** TanStack's query result for the users I follow who follow a user, plus what a UI shows. */
export type KnownFollowersState = UseQueryResult<KnownFollowersData, Error> & {
  /** The first `limit` of them, in the order of my following list; [] while unknown. */
  knownFollowers: FollowUserProfile[];
  /** All of them (for a "see all" list); [] while unknown. */
  allKnownFollowers: FollowUserProfile[];
  /** How many there are; undefined while unknown. */
  total: number | undefined;
  /**
   * The client cannot check relationships from another user's side (it has no
   * `checkUserFollowType`, e.g. a `TencentCloudChat` instance): nothing is asked, and the
   * query stays pending.
   */
  isUnsupported: boolean;
  /** `userID` is the signed-in user: nothing is asked (my own followers are no news to me). */
  isSelf: boolean;
};

const EMPTY: FollowUserProfile[] = [];

function checkLimit(limit: unknown): number {
  if (Number.isInteger(limit) && (limit as number) >= 1) return limit as number;
  throw new FollowError(
    INVALID_ARGUMENT,
    `useKnownFollowers: limit must be a positive integer, got ${String(limit)}.`,
  );
}

/**
 * Social proof: of the users I follow, those who follow `userID` ("Followed by Alice, Bob and
 * 3 others you follow"). Reads my whole following list from its cache (fetching only the pages
 * not loaded yet), then asks `checkUserFollowType` from `userID`'s side in calls of ≤ 100 IDs.
 * Cached per target for a minute; my follows and unfollows mark it stale, so the next mount
 * asks again while a list already on screen keeps its rows.
 *
 * @example
 * const { knownFollowers, total, isUnsupported } = useKnownFollowers('alice', { limit: 3 });
 * @throws FollowError (InvalidArgument) when `limit` is not a positive integer.
 */
export function useKnownFollowers(
  userID: string,
  { limit = 3, enabled = true }: UseKnownFollowersOptions = {},
): KnownFollowersState {
  const max = checkLimit(limit);
  const kit = useFollowKit();
  const isSelf = userID === kit.userID;
  const isUnsupported = !supportsKnownFollowers(kit);
  const query = useQuery({
    ...knownFollowersOptions(kit, userID),
    enabled: enabled && !isSelf && !isUnsupported,
  });
  const all = isSelf ? undefined : query.data?.profiles;
  const first = useMemo(() => all?.slice(0, max) ?? EMPTY, [all, max]);
  // Adds fields to the tracked result rather than spreading it (see useFollowType).
  return Object.assign(query, {
    knownFollowers: first,
    allKnownFollowers: all ?? EMPTY,
    total: all?.length,
    isUnsupported,
    isSelf,
  });
}
