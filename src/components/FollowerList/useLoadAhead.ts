'use client';

import { type RefObject, useEffect, useRef } from 'react';

/**
 * Calls `load` when `target` comes within `marginPx` of `root`'s visible area, so the next
 * page arrives before the user reaches the end. The observer is renewed whenever `armed`
 * turns true or `generation` changes (a page arrived): its first report tells whether the
 * target is still near, so short pages keep loading without a scroll. Without
 * IntersectionObserver nothing happens (the Load more button remains).
 */
export function useLoadAhead(
  root: RefObject<HTMLElement | null>,
  target: RefObject<HTMLElement | null>,
  {
    armed,
    generation,
    marginPx,
    load,
  }: {
    armed: boolean;
    generation: number;
    marginPx: number;
    load: () => void;
  },
) {
  const loadRef = useRef(load);
  loadRef.current = load;
  // biome-ignore lint/correctness/useExhaustiveDependencies: generation renews the observer on purpose
  useEffect(() => {
    const element = target.current;
    if (!armed || !element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) loadRef.current();
      },
      { root: root.current, rootMargin: `${marginPx}px 0px` },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [root, target, armed, generation, marginPx]);
}
