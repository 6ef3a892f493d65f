import { chunk } from '../client/chunk';
import { MALFORMED_RESPONSE } from '../client/errorCodes';
import { FollowError } from '../client/errors';

/** Options of {@link createBatcher}. */
export interface BatcherOptions<V> {
  /** Most keys in one call to `fetchBatch`. */
  maxBatchSize: number;
  /** Fetches values for distinct keys; the map must hold every key it was given. */
  fetchBatch: (keys: string[]) => Promise<Map<string, V>>;
  /**
   * Least time between two calls to `fetchBatch`, for a backend with a tighter rate limit
   * than one call per tick: keys asked for meanwhile wait and go out together. @default 0
   */
  minIntervalMs?: number;
}

/** Loads values one key at a time while sending one request per window and batch size. */
export interface Batcher<V> {
  load(key: string): Promise<V>;
}

interface Waiter<V> {
  resolve: (value: V) => void;
  reject: (error: unknown) => void;
}

/**
 * Collects every key asked for until the current task ends, then fetches them in as few
 * calls as `maxBatchSize` allows. A key asked twice in one window is fetched once. With
 * `minIntervalMs`, calls are spaced that far apart and each carries every key waiting by then.
 */
export function createBatcher<V>({
  maxBatchSize,
  fetchBatch,
  minIntervalMs = 0,
}: BatcherOptions<V>): Batcher<V> {
  let pending = new Map<string, Waiter<V>[]>();
  let scheduled = false;
  let lastCallAt = Number.NEGATIVE_INFINITY;

  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    // A macrotask, not a microtask: React may commit a large tree's effects across
    // several microtask turns, and one window must catch all of them.
    setTimeout(flush, Math.max(0, lastCallAt + minIntervalMs - Date.now()));
  };

  const flush = () => {
    scheduled = false;
    const batch = pending;
    pending = new Map();
    const keys = [...batch.keys()];
    // Paced, one call per interval; the keys left over wait for the next one.
    const sent = minIntervalMs > 0 ? keys.slice(0, maxBatchSize) : keys;
    for (const key of keys.slice(sent.length)) pending.set(key, batch.get(key) ?? []);
    for (const keysOfCall of chunk(sent, maxBatchSize)) void runChunk(keysOfCall, batch);
    lastCallAt = Date.now();
    if (pending.size > 0) schedule();
  };

  const runChunk = async (keys: string[], batch: Map<string, Waiter<V>[]>) => {
    try {
      const values = await fetchBatch(keys);
      for (const key of keys) {
        const waiters = batch.get(key) ?? [];
        if (values.has(key)) for (const waiter of waiters) waiter.resolve(values.get(key) as V);
        else for (const waiter of waiters) waiter.reject(missingResult(key));
      }
    } catch (error) {
      for (const key of keys) for (const waiter of batch.get(key) ?? []) waiter.reject(error);
    }
  };

  return {
    load(key) {
      return new Promise<V>((resolve, reject) => {
        const waiters = pending.get(key);
        if (waiters) waiters.push({ resolve, reject });
        else pending.set(key, [{ resolve, reject }]);
        schedule();
      });
    },
  };
}

function missingResult(userID: string): FollowError {
  return new FollowError(MALFORMED_RESPONSE, `The server's answer has no entry for "${userID}".`, {
    userID,
  });
}
