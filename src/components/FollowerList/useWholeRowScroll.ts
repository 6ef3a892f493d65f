'use client';

import { type FocusEvent, type RefObject, useCallback } from 'react';

/**
 * A focus handler for the list's viewport. Focus scrolls the nearest edge of a row into view,
 * which leaves the top row cut by the border when the row came from below; this rounds the
 * scroll position so the top row is whole, keeping the focused row fully in view.
 */
export function useWholeRowScroll(viewportRef: RefObject<HTMLElement | null>, rowHeight: number) {
  return useCallback(
    (event: FocusEvent) => {
      const viewport = viewportRef.current;
      const target = event.target as Element;
      const row = target.closest('li[aria-posinset]');
      if (!viewport || !row || !viewport.contains(row)) return;
      // A dialog opened from a row (the unfollow confirmation) scrolls itself into view.
      if (target.closest('[role="dialog"]')) return;
      const top = viewport.scrollTop;
      const rowTop = (Number(row.getAttribute('aria-posinset')) - 1) * rowHeight;
      const rowBottom = rowTop + rowHeight;
      const visible = viewport.clientHeight;
      let next = Math.floor(top / rowHeight) * rowHeight;
      if (rowTop < next) next = rowTop;
      // Whole rows from the top: step down a row at a time until the focused one fits.
      while (rowBottom > next + visible && next + rowHeight <= rowTop) next += rowHeight;
      if (next !== top) viewport.scrollTop = next;
    },
    [viewportRef, rowHeight],
  );
}
