'use client';

import { type ForwardedRef, type RefObject, useCallback } from 'react';

/** One ref callback that fills both the component's own ref and the one the app passed. */
export function useComposedRef<T>(forwarded: ForwardedRef<T>, own: RefObject<T | null>) {
  return useCallback(
    (node: T | null) => {
      own.current = node;
      if (typeof forwarded === 'function') forwarded(node);
      else if (forwarded) forwarded.current = node;
    },
    [forwarded, own],
  );
}
