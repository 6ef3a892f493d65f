'use client';

import { type RefObject, useCallback, useLayoutEffect, useRef } from 'react';
import type { FollowUserProfile } from '../../client/types';

interface LostFocus {
  userID: string;
  index: number;
}

/**
 * Keeps keyboard focus in the list when the focused row leaves it (unfollowing someone from my
 * following list removes their row at once): focus moves to the button of the row that took
 * its place, else to the viewport. Rows only scrolled out of the window are left alone.
 * Returns the callback a row calls when it unmounts holding focus.
 */
export function useFocusRecovery(
  rows: FollowUserProfile[],
  listRef: RefObject<HTMLElement | null>,
  fallbackRef: RefObject<HTMLElement | null>,
) {
  const lost = useRef<LostFocus | null>(null);
  useLayoutEffect(() => {
    const focus = lost.current;
    if (!focus) return;
    lost.current = null;
    if (rows.some((row) => row.userID === focus.userID)) return;
    const index = Math.min(focus.index, rows.length - 1);
    const next = listRef.current?.querySelector<HTMLElement>(
      `[aria-posinset="${index + 1}"] button`,
    );
    (next ?? fallbackRef.current)?.focus();
  });
  return useCallback((userID: string, index: number) => {
    lost.current = { userID, index };
  }, []);
}
