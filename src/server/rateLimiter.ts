/** A per-user limit: at most `limit` calls in any `windowMs` (sliding window). */
export interface RateLimit {
  limit: number;
  windowMs: number;
}

/** `take(userID)` is true when the call is allowed, and counts it. */
export function createRateLimiter({ limit, windowMs }: RateLimit, now: () => number) {
  const calls = new Map<string, number[]>();
  let sinceSweep = 0;

  /** Forgets users with no call inside the window, so the map does not grow forever. */
  function sweep(time: number) {
    for (const [userID, times] of calls) {
      if ((times.at(-1) ?? 0) <= time - windowMs) calls.delete(userID);
    }
  }

  return {
    take(userID: string): boolean {
      const time = now();
      if (++sinceSweep >= 1000) {
        sinceSweep = 0;
        sweep(time);
      }
      const recent = (calls.get(userID) ?? []).filter((at) => at > time - windowMs);
      calls.set(userID, recent);
      if (recent.length >= limit) return false;
      recent.push(time);
      return true;
    },
  };
}
