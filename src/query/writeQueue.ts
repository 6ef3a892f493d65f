import { notifyManager } from '@tanstack/react-query';
import { chunk } from '../client/chunk';
import { MALFORMED_RESPONSE } from '../client/errorCodes';
import { FollowError, toFollowError } from '../client/errors';
import { CHANGE_BATCH } from '../client/followConstants';
import type { FollowOperationResult, FollowProfileHint } from '../client/types';
import type { CachePatch } from './relationshipCache';

/** What the write queue needs from the rest of the kit. */
export interface WriteQueueDeps {
  /**
   * Whether I follow `userID` as the cache shows it now, fetching it when unknown; called at
   * the start of a burst of writes, once no read can overwrite what the writes show. A plain
   * boolean when that is already so: the write then starts without a pending-only render.
   */
  readFollowing(userID: string): boolean | Promise<boolean>;
  /** Shows the change in every cached reader at once; the patch undoes exactly that. */
  applyChange(userID: string, follow: boolean, hint?: WriteHint): CachePatch;
  /** Sends one batch of follows or unfollows (≤ 20 IDs). */
  send(follow: boolean, userIDs: string[]): Promise<FollowOperationResult[]>;
}

/** Extra knowledge a caller has about the user (a list row knows the name and avatar). */
export interface WriteHint {
  profile?: FollowProfileHint;
}

interface Waiter {
  want: boolean;
  resolve: () => void;
  reject: (error: FollowError) => void;
}

interface UserWrites {
  /** The server's state as of the last answer (or the cache's when we started). */
  confirmed: boolean;
  /** What the user sees now: the latest intent. */
  displayed: boolean;
  /** Patches applied since `confirmed`, oldest first. */
  patches: CachePatch[];
  inFlight: boolean;
  waiters: Waiter[];
}

/** Per-user serialized, optimistic follow writes (see {@link createFollowWriteQueue}). */
export interface FollowWriteQueue {
  /**
   * Asks for `userID` to be followed (or unfollowed). Resolves when the server agrees or the
   * intent was superseded by a later one; rejects with the server's `FollowError` otherwise.
   */
  request(userID: string, follow: boolean, hint?: WriteHint): Promise<void>;
  /** Whether a write for `userID` is in flight or waiting. */
  isPending(userID: string): boolean;
  /** Listens for changes of {@link FollowWriteQueue.isPending}. */
  subscribe(listener: () => void): () => void;
}

/**
 * Serializes follow writes per user: one request in flight per user, the latest intent
 * queued, repeats dropped. Every click shows at once; when the server says no, everything
 * shown since its last yes is undone. Ready users are sent together, 20 per call.
 */
export function createFollowWriteQueue(deps: WriteQueueDeps): FollowWriteQueue {
  // A closure rather than a class: a minifier can shorten these names, not class members.
  const users = new Map<string, UserWrites>();
  const starting = new Map<string, Promise<UserWrites>>();
  const listeners = new Set<() => void>();
  let sendScheduled = false;

  const notify = () => {
    for (const listener of listeners) listener();
  };

  const startState = (userID: string, following: boolean): UserWrites => {
    const state: UserWrites = {
      confirmed: following,
      displayed: following,
      patches: [],
      inFlight: false,
      waiters: [],
    };
    users.set(userID, state);
    return state;
  };

  const stateFor = (userID: string): Promise<UserWrites> => {
    const existing = users.get(userID);
    if (existing) return Promise.resolve(existing);
    let started = starting.get(userID);
    if (!started) {
      const following = deps.readFollowing(userID);
      if (typeof following === 'boolean') return Promise.resolve(startState(userID, following));
      started = following.then(
        (known) => {
          starting.delete(userID);
          return startState(userID, known);
        },
        (error) => {
          starting.delete(userID);
          notify();
          throw toFollowError(error);
        },
      );
      starting.set(userID, started);
      notify();
    }
    return started;
  };

  const scheduleSend = () => {
    if (sendScheduled) return;
    sendScheduled = true;
    // Clicks in the same task (a "follow all" button, a burst) share requests.
    setTimeout(() => {
      sendScheduled = false;
      sendReady();
    }, 0);
  };

  const sendReady = () => {
    const ready = { follow: [] as string[], unfollow: [] as string[] };
    for (const [userID, state] of users) {
      if (state.inFlight || state.displayed === state.confirmed) continue;
      (state.displayed ? ready.follow : ready.unfollow).push(userID);
    }
    for (const follow of [true, false]) {
      for (const ids of chunk(follow ? ready.follow : ready.unfollow, CHANGE_BATCH)) {
        void sendBatch(follow, ids);
      }
    }
  };

  const sendBatch = async (follow: boolean, userIDs: string[]) => {
    const sent = new Map<string, number>();
    for (const userID of userIDs) {
      const state = users.get(userID);
      if (!state) continue;
      state.inFlight = true;
      sent.set(userID, state.patches.length);
    }
    let results: Map<string, FollowOperationResult> | undefined;
    let failure: FollowError | undefined;
    try {
      const list = await deps.send(follow, userIDs);
      results = new Map(list.map((item) => [item.userID, item]));
    } catch (error) {
      failure = toFollowError(error);
    }
    notifyManager.batch(() => {
      for (const [userID, sentPatches] of sent) {
        const result = results?.get(userID);
        const error = failure ?? itemError(userID, follow, result);
        if (error) fail(userID, error);
        else confirm(userID, follow, sentPatches);
      }
      notify();
    });
  };

  const confirm = (userID: string, follow: boolean, sentPatches: number) => {
    const state = users.get(userID);
    if (!state) return;
    state.inFlight = false;
    state.confirmed = follow;
    state.patches.splice(0, sentPatches);
    if (state.displayed === state.confirmed) finish(userID, state);
    else scheduleSend();
  };

  const fail = (userID: string, error: FollowError) => {
    const state = users.get(userID);
    if (!state) return;
    for (const patch of state.patches.reverse()) patch.revert();
    users.delete(userID);
    settle(state, error);
  };

  const finish = (userID: string, state: UserWrites) => {
    users.delete(userID);
    settle(state);
    notify();
  };

  // Settled in the notification flush that shows the cache change, so that what a caller
  // does with the outcome (a failure message) lands in the same frame as the rollback.
  const settle = ({ waiters, confirmed }: UserWrites, error?: FollowError) => {
    notifyManager.schedule(() => {
      for (const waiter of waiters) {
        if (!error || waiter.want === confirmed) waiter.resolve();
        else waiter.reject(error);
      }
    });
  };

  return {
    async request(userID, follow, hint) {
      const state = await stateFor(userID);
      // One notification flush: every reader and the pending flag show the click together.
      return notifyManager.batch(() => {
        if (state.displayed === follow) {
          if (!state.inFlight && state.confirmed === follow) finish(userID, state);
          return;
        }
        state.patches.push(deps.applyChange(userID, follow, hint));
        state.displayed = follow;
        const settled = new Promise<void>((resolve, reject) => {
          state.waiters.push({ want: follow, resolve, reject });
        });
        // Clicked back to what the server has before anything was sent: nothing to send.
        if (!state.inFlight && state.displayed === state.confirmed) finish(userID, state);
        else scheduleSend();
        notify();
        return settled;
      });
    },
    isPending: (userID) => users.has(userID) || starting.has(userID),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function itemError(
  userID: string,
  follow: boolean,
  result: FollowOperationResult | undefined,
): FollowError | undefined {
  if (!result) {
    return new FollowError(
      MALFORMED_RESPONSE,
      `The server's answer has no result for "${userID}".`,
      { userID },
    );
  }
  if (result.resultCode === 0) return undefined;
  const action = follow ? 'follow' : 'unfollow';
  const reason = result.resultInfo || `error ${result.resultCode}`;
  return new FollowError(result.resultCode, `Could not ${action} ${userID}: ${reason}`, { userID });
}
