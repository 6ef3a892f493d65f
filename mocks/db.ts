import { FollowErrorCode } from '../src/client/errors';
import { toFollowUserProfile } from '../src/client/flattenProfile';
import type { RestFollowGetItem } from '../src/client/protocol';
import {
  FOLLOW_LIMITS,
  FollowEvent,
  type FollowEventSource,
  type FollowListType,
  type FollowType,
} from '../src/client/types';
import { encodeCursor, readCursor } from './cursor';
import { describeResultCode, FollowDbError } from './db-error';
import { FollowEventHub, notifyAll } from './follow-events';
import { FollowIndex } from './follow-index';
import { type MockUser, toRestFollowItem } from './profile';

export { describeResultCode, FollowDbError } from './db-error';
export type { MockUser } from './profile';

/** Options of {@link createFollowDb}. */
export interface FollowDbOptions {
  /** Users with profiles. Every ID named in `follows` becomes a user too. */
  users?: Iterable<MockUser>;
  /**
   * `[fromUserID, toUserID]` edges, applied in order: later is newer. An optional third
   * element is the follow time in unix seconds (a saved store keeps its times); without it
   * the edge is timed by `now`.
   */
  follows?: Iterable<readonly [from: string, to: string, time?: number]>;
  /** Clock in milliseconds, for follow times. Default: `Date.now`. */
  now?: () => number;
  /** How many users one user may follow. Default: 5000 (`FOLLOW_LIMITS.maxFollowing`). */
  maxFollowing?: number;
}

/** A real change of the follow graph (idempotent no-ops are not reported). */
export interface FollowChange {
  kind: 'follow' | 'unfollow';
  from: string;
  to: string;
  /** When it happened, in unix seconds (like `FollowTime`). */
  time: number;
}

/** One row of {@link FollowDb.page}. */
export interface FollowPageItem {
  userID: string;
  /** When the relationship began, in unix seconds; for mutuals, when the second follow came. */
  followTime: number;
}

/** A page of a list, newest first. `nextCursor` is '' on the last page. */
export interface FollowDbPage {
  items: FollowPageItem[];
  nextCursor: string;
}

/** A user's list sizes. */
export interface MockFollowCounts {
  followers: number;
  following: number;
  mutual: number;
}

/** Everything needed to rebuild a store: pass it to {@link createFollowDb} as options. */
export interface FollowDbSnapshot {
  users: MockUser[];
  /** `[from, to, followTime in unix seconds]`, oldest first. */
  follows: Array<[from: string, to: string, time: number]>;
}

/** The mock server's state: users, follow edges and one ordered index per user and list. */
export interface FollowDb {
  /** How many users one user may follow. */
  readonly maxFollowing: number;
  hasUser(userID: string): boolean;
  getUser(userID: string): Readonly<MockUser> | undefined;
  /** Adds a user, or replaces the profile of an existing one (bumping its profile sequence). */
  addUser(user: MockUser): void;
  /**
   * `userID` as a follow_get row with `followTime`: profile tags and `profile_sequence`, which
   * starts at 1 and grows with every profile replacement.
   */
  restItem(userID: string, followTime: number): RestFollowGetItem;
  /**
   * `from` follows `to`. Returns 0, or a per-item code: 30010 for oneself, 30003 for an
   * unknown user, 30011 when `from` is at the following cap. Following again is a no-op 0.
   */
  follow(from: string, to: string): number;
  /** `from` stops following `to`. Same codes as {@link follow}; unfollowing again is a no-op 0. */
  unfollow(from: string, to: string): number;
  /** The relationship seen from `from`: 1 `to` follows `from`, 2 `from` follows `to`, 3 both. */
  followType(from: string, to: string): FollowType;
  /** List sizes; zeros for an unknown user. */
  counts(userID: string): MockFollowCounts;
  /**
   * Up to `wantNum` entries of `owner`'s list, newest first, after `cursor` ('' = first page).
   * @throws {FollowDbError} 30001 for a cursor that is garbled or belongs to another list,
   * or a `wantNum` that is not a positive integer; 30003 for an unknown owner.
   */
  page(owner: string, type: FollowListType, cursor: string, wantNum: number): FollowDbPage;
  /** Calls `listener` after every real change. Returns the unsubscribe function. */
  subscribe(listener: (change: FollowChange) => void): () => void;
  /**
   * The SDK follow events `userID` would receive when other users' actions change their
   * lists. Their own actions send them nothing: the kit applies its writes optimistically.
   */
  eventsFor(userID: string): FollowEventSource;
  /** Users and edges with their times, in order: `createFollowDb(db.snapshot())` rebuilds it. */
  snapshot(): FollowDbSnapshot;
}

/** Builds a follow store. Large `follows` load in linear time (100,000 edges in milliseconds). */
export function createFollowDb(options: FollowDbOptions = {}): FollowDb {
  return new MemoryFollowDb(options);
}

/** A user and their lists; a list's index is created on its first entry. */
interface UserRecord extends Partial<Record<FollowListType, FollowIndex>> {
  user: MockUser;
  profileSequence: number;
}

type EdgeChange = { code: number; time?: undefined } | { code: 0; time: number };

const NO_CHANGE: EdgeChange = { code: 0 };

class MemoryFollowDb implements FollowDb {
  private readonly records = new Map<string, UserRecord>();
  /** `edgeKey(from, to)` → the sequence number of that follow. */
  private readonly edges = new Map<string, number>();
  /** Unix seconds of each sequence number. */
  private readonly seqTimes: number[] = [0];
  private readonly listeners = new Set<(change: FollowChange) => void>();
  private readonly events = new FollowEventHub();
  private readonly now: () => number;
  readonly maxFollowing: number;

  constructor({ users = [], follows = [], now = Date.now, maxFollowing }: FollowDbOptions) {
    this.now = now;
    this.maxFollowing = maxFollowing ?? FOLLOW_LIMITS.maxFollowing;
    for (const user of users) this.addUser(user);
    let position = 0;
    for (const [from, to, time] of follows) {
      if (!this.records.has(from)) this.records.set(from, newRecord({ userID: from }));
      if (!this.records.has(to)) this.records.set(to, newRecord({ userID: to }));
      const { code } = this.addEdge(from, to, time);
      if (code !== 0) {
        const reason = describeResultCode(code, from, to, this.maxFollowing);
        throw new FollowDbError(code, `follows[${position}]: ${reason}`);
      }
      position++;
    }
  }

  hasUser(userID: string): boolean {
    return this.records.has(userID);
  }

  getUser(userID: string): Readonly<MockUser> | undefined {
    return this.records.get(userID)?.user;
  }

  addUser(user: MockUser): void {
    if (typeof user.userID !== 'string' || user.userID === '') {
      throw new FollowDbError(
        FollowErrorCode.InvalidParameters,
        'userID must be a non-empty string',
      );
    }
    const record = this.records.get(user.userID);
    if (record) {
      record.user = { ...user };
      record.profileSequence++;
    } else {
      this.records.set(user.userID, newRecord({ ...user }));
    }
  }

  follow(from: string, to: string): number {
    const { code, time } = this.addEdge(from, to);
    if (time !== undefined) this.announce({ kind: 'follow', from, to, time });
    return code;
  }

  unfollow(from: string, to: string): number {
    const { code, time } = this.removeEdge(from, to);
    if (time !== undefined) this.announce({ kind: 'unfollow', from, to, time });
    return code;
  }

  followType(from: string, to: string): FollowType {
    const followsMe = this.edges.has(edgeKey(to, from)) ? 1 : 0;
    const iFollow = this.edges.has(edgeKey(from, to)) ? 2 : 0;
    return (followsMe | iFollow) as FollowType;
  }

  counts(userID: string): MockFollowCounts {
    const record = this.records.get(userID);
    return {
      followers: record?.followers?.size ?? 0,
      following: record?.following?.size ?? 0,
      mutual: record?.mutual?.size ?? 0,
    };
  }

  page(owner: string, type: FollowListType, cursor: string, wantNum: number): FollowDbPage {
    if (!Number.isSafeInteger(wantNum) || wantNum < 1) {
      throw new FollowDbError(
        FollowErrorCode.InvalidParameters,
        `wantNum must be a positive integer, got ${wantNum}`,
      );
    }
    const record = this.records.get(owner);
    if (!record) {
      throw new FollowDbError(FollowErrorCode.AccountNotFound, `UserID ${owner} does not exist`);
    }
    const beforeSeq = cursor === '' ? Number.POSITIVE_INFINITY : readCursor(cursor, owner, type);
    const index = record[type];
    if (!index) return { items: [], nextCursor: '' };
    const { entries, hasMore } = index.pageBefore(beforeSeq, wantNum);
    const items = entries.map(({ userID, seq }) => ({
      userID,
      followTime: this.seqTimes[seq] as number,
    }));
    const last = entries.at(-1);
    const nextCursor = hasMore && last ? encodeCursor({ owner, type, beforeSeq: last.seq }) : '';
    return { items, nextCursor };
  }

  restItem(userID: string, followTime: number): RestFollowGetItem {
    const record = this.records.get(userID);
    return toRestFollowItem(record?.user ?? { userID }, followTime, record?.profileSequence ?? 0);
  }

  subscribe(listener: (change: FollowChange) => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  eventsFor(userID: string): FollowEventSource {
    return this.events.sourceFor(userID);
  }

  snapshot(): FollowDbSnapshot {
    const users = [...this.records.values()].map((record) => ({ ...record.user }));
    // Map order is insertion order, and a re-follow is a new insertion: oldest first.
    const follows = [...this.edges].map(([key, seq]): [string, string, number] => {
      const [from = '', to = ''] = key.split('\u0000');
      return [from, to, this.seqTimes[seq] as number];
    });
    return { users, follows };
  }

  private addEdge(from: string, to: string, givenTime?: number): EdgeChange {
    const failure = this.checkPair(from, to);
    if (failure) return { code: failure };
    const key = edgeKey(from, to);
    if (this.edges.has(key)) return NO_CHANGE;
    if ((this.records.get(from)?.following?.size ?? 0) >= this.maxFollowing) {
      return { code: FollowErrorCode.FollowLimitReached };
    }
    const seq = this.seqTimes.length;
    const time = givenTime ?? Math.floor(this.now() / 1000);
    this.seqTimes.push(time);
    this.edges.set(key, seq);
    this.listOf(from, 'following').append(to, seq);
    this.listOf(to, 'followers').append(from, seq);
    if (this.edges.has(edgeKey(to, from))) {
      this.listOf(from, 'mutual').append(to, seq);
      this.listOf(to, 'mutual').append(from, seq);
    }
    return { code: 0, time };
  }

  private removeEdge(from: string, to: string): EdgeChange {
    const failure = this.checkPair(from, to);
    if (failure) return { code: failure };
    const key = edgeKey(from, to);
    const seq = this.edges.get(key);
    if (seq === undefined) return NO_CHANGE;
    this.edges.delete(key);
    this.listOf(from, 'following').remove(seq);
    this.listOf(to, 'followers').remove(seq);
    const reverseSeq = this.edges.get(edgeKey(to, from));
    if (reverseSeq !== undefined) {
      // A mutual entry carries the sequence of the follow that completed it: the later one.
      const mutualSeq = Math.max(seq, reverseSeq);
      this.listOf(from, 'mutual').remove(mutualSeq);
      this.listOf(to, 'mutual').remove(mutualSeq);
    }
    return { code: 0, time: Math.floor(this.now() / 1000) };
  }

  private checkPair(from: string, to: string): number {
    if (from === to) return FollowErrorCode.CannotFollowSelf;
    if (!this.records.has(from) || !this.records.has(to)) return FollowErrorCode.AccountNotFound;
    return 0;
  }

  private listOf(userID: string, type: FollowListType): FollowIndex {
    const record = this.records.get(userID) as UserRecord;
    const index = record[type] ?? new FollowIndex();
    record[type] = index;
    return index;
  }

  private announce(change: FollowChange): void {
    notifyAll(this.listeners, change);
    const { kind, from: actor, to: target, time } = change;
    if (!this.events.isListening(target)) return;
    const isAdd = kind === 'follow';
    // Added users carry what the follow_get row would, flattened as the SDK flattens it.
    const userInfoList = isAdd ? [toFollowUserProfile(this.restItem(actor, time))] : [actor];
    this.events.emit(target, FollowEvent.MyFollowersListUpdated, { userInfoList, isAdd });
    // The mutual list changed only if the target follows the actor back.
    if (this.edges.has(edgeKey(target, actor))) {
      this.events.emit(target, FollowEvent.MutualFollowersListUpdated, { userInfoList, isAdd });
    }
  }
}

function newRecord(user: MockUser): UserRecord {
  return {
    user,
    profileSequence: 1,
    followers: undefined,
    following: undefined,
    mutual: undefined,
  };
}

/** User IDs never contain NUL, so it separates the two IDs unambiguously. */
function edgeKey(from: string, to: string): string {
  return `${from}\u0000${to}`;
}
