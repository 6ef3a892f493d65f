/**
 * The follow subset of a `TencentCloudChat` instance (`@tencentcloud/chat` 3.6), plus one
 * optional extension. A real SDK instance is assignable to {@link FollowClient} as it is.
 */

import {
  CALLS_PER_SECOND,
  CHANGE_BATCH,
  CHECK_BATCH,
  DEFAULT_PAGE_SIZE,
  FOLLOWER,
  FOLLOWING,
  INFO_BATCH,
  MAX_FOLLOWING,
  MAX_PAGE_SIZE,
  MAX_USER_ID_BYTES,
  MUTUAL,
  MUTUAL_FOLLOWERS_LIST_UPDATED,
  MY_FOLLOWERS_LIST_UPDATED,
  MY_FOLLOWING_LIST_UPDATED,
  NO_RELATIONSHIP,
  PROFILE_BATCH,
} from './followConstants';

/** Relationship between the signed-in user ("me") and another user, as `checkFollowType` reports it. */
export const FollowType = {
  /** No relationship. */
  None: NO_RELATIONSHIP,
  /** The user follows me (is my follower / fan). */
  Follower: FOLLOWER,
  /** I follow the user. */
  Following: FOLLOWING,
  /** Both of the above. */
  Mutual: MUTUAL,
} as const;

/** One of the {@link FollowType} values: 0 | 1 | 2 | 3. */
export type FollowType = (typeof FollowType)[keyof typeof FollowType];

/** The three lists of a user, in the order the kit shows them. */
export const FOLLOW_LIST_TYPES = ['followers', 'following', 'mutual'] as const;

/** Which list of a user to read. */
export type FollowListType = (typeof FOLLOW_LIST_TYPES)[number];

/** Per-call limits of the REST API and the SDK. */
export const FOLLOW_LIMITS = {
  /** IDs per follow_add / follow_delete / follow_get_info call. */
  changeBatch: CHANGE_BATCH,
  infoBatch: INFO_BATCH,
  /** IDs per follow_check call. */
  checkBatch: CHECK_BATCH,
  /** Accounts per portrait_get call, and per call of the SDK's `getUserProfile` to its server. */
  profileBatch: PROFILE_BATCH,
  /** follow_get WantNum: default and maximum. */
  defaultPageSize: DEFAULT_PAGE_SIZE,
  maxPageSize: MAX_PAGE_SIZE,
  /** How many users one user can follow. */
  maxFollowing: MAX_FOLLOWING,
  /** Calls per second per command. */
  callsPerSecond: CALLS_PER_SECOND,
  /** Longest user ID in UTF-8 bytes (Tencent's UserID limit). */
  maxUserIDBytes: MAX_USER_ID_BYTES,
} as const;

/**
 * What a caller knows of a user's profile beyond the ID (a list row knows the name and
 * avatar; the app knows the signed-in user's): shown in the rows a follow creates.
 */
export interface FollowProfileHint {
  nick?: string | undefined;
  avatar?: string | undefined;
  selfSignature?: string | undefined;
}

/** One custom profile field, as the SDK's `Profile.profileCustomField` holds it. */
export interface ProfileCustomField {
  /** The tag, e.g. `Tag_Profile_Custom_Hobby`. */
  key: string;
  value: unknown;
}

/**
 * A user's profile as the SDK's `getUserProfile` returns it (its `Profile`): standard tags
 * flattened into fields, custom tags in `profileCustomField`. Fields the user never set are
 * missing.
 */
export interface UserProfile {
  userID: string;
  nick?: string;
  avatar?: string;
  selfSignature?: string;
  gender?: string;
  location?: string;
  allowType?: string;
  birthday?: number;
  language?: number;
  level?: number;
  role?: number;
  messageSettings?: number;
  adminForbidType?: string;
  profileCustomField?: ProfileCustomField[];
}

/** The argument of {@link FollowClient.getUserProfile}, as the SDK takes it. */
export interface GetUserProfileOptions {
  userIDList: string[];
}

/** Every SDK method resolves with `{ code: 0, data }`. */
export interface FollowResponse<T> {
  code: number;
  data: T;
}

/** Per-user outcome of `followUser` / `unfollowUser`. `resultCode` 0 means success. */
export interface FollowOperationResult {
  userID: string;
  resultCode: number;
  resultInfo: string;
}

/**
 * A row of a follow list, with profile tags flattened as the SDK does
 * (Nick → `nick`, Image → `avatar`, …). Custom tags keep their tag name.
 */
export interface FollowUserProfile {
  userID: string;
  /** When the relationship was made, in unix seconds. */
  followTime: number;
  nick?: string;
  avatar?: string;
  selfSignature?: string;
  gender?: string | number;
  location?: string;
  allowType?: string | number;
  level?: number;
  role?: number;
  birthday?: number;
  language?: number;
  messageSettings?: number;
  adminForbidType?: string;
  [customTag: string]: unknown;
}

/** One page of a follow list. `nextCursor` is '' on the last page. */
export interface FollowListPage {
  resultList: FollowUserProfile[];
  nextCursor: string;
}

/** Counts of one user, as `getUserFollowInfo` returns them (in the order asked, without the ID). */
export interface FollowCountInfo {
  followersCount: number;
  followingCount: number;
  mutualFollowersCount: number;
}

/** One entry of `checkFollowType`'s result. */
export interface FollowTypeResult {
  userID: string;
  followType: FollowType;
}

/** Payload of the three follow events: added users carry profile fields, removed ones are IDs. */
export interface FollowListUpdatedEvent {
  userInfoList: Array<FollowUserProfile | string>;
  isAdd: boolean;
}

/** The SDK's follow event names (`TencentCloudChat.EVENT.*`). */
export const FollowEvent = {
  MyFollowersListUpdated: MY_FOLLOWERS_LIST_UPDATED,
  MyFollowingListUpdated: MY_FOLLOWING_LIST_UPDATED,
  MutualFollowersListUpdated: MUTUAL_FOLLOWERS_LIST_UPDATED,
} as const;

/** One of the {@link FollowEvent} names. */
export type FollowEventName = (typeof FollowEvent)[keyof typeof FollowEvent];

/** What an SDK event handler receives. */
export interface FollowEventMessage {
  name?: string;
  data: FollowListUpdatedEvent;
}

/** A handler for one of the follow events. */
export type FollowEventHandler = (event: FollowEventMessage) => void;

/** Options of the listing extension, {@link FollowClient.getUserFollowList}. */
export interface UserFollowListOptions {
  /** Whose list to read; any user, not only me. */
  userID: string;
  type: FollowListType;
  /** '' or omitted for the first page. */
  nextCursor?: string;
  /** Page size, 1–1000 over REST. Default: the client's page size. */
  count?: number;
  /** Cancels this request (e.g. the `signal` TanStack Query passes to a query function). */
  signal?: AbortSignal;
}

/** Options of the relationship extension, {@link FollowClient.checkUserFollowType}. */
export interface UserFollowTypeOptions {
  /** Whose side to look from: any user, not only me (REST `follow_check`'s `From_Account`). */
  userID: string;
  /** The users to check against `userID`; at most 100 per call over REST (longer lists are split). */
  userIDList: string[];
  /** Cancels this request (e.g. the `signal` TanStack Query passes to a query function). */
  signal?: AbortSignal;
}

/**
 * The transport the kit talks to: the follow methods of a `TencentCloudChat` instance
 * (same names, arguments and `{ code, data }` results), or {@link createRestFollowClient}.
 * Methods reject with an error carrying `code` and `message`.
 */
export interface FollowClient {
  /** Follow up to 20 users. */
  followUser(userIDList: string[]): Promise<FollowResponse<FollowOperationResult[]>>;
  /** Unfollow up to 20 users. */
  unfollowUser(userIDList: string[]): Promise<FollowResponse<FollowOperationResult[]>>;
  /**
   * A page of my followers (fans). The SDK decides the page size: 500 rows (its cloud config
   * `follow_req_count`, up to 1000); there is no page-size argument.
   */
  getMyFollowersList(nextCursor?: string): Promise<FollowResponse<FollowListPage>>;
  /** A page of the users I follow. */
  getMyFollowingList(nextCursor?: string): Promise<FollowResponse<FollowListPage>>;
  /** A page of my mutual follows. */
  getMutualFollowersList(nextCursor?: string): Promise<FollowResponse<FollowListPage>>;
  /** Counts for users in the order asked; omitted list = me. */
  getUserFollowInfo(userIDList?: string[]): Promise<FollowResponse<FollowCountInfo[]>>;
  /** My relationship with up to 100 users. */
  checkFollowType(userIDList: string[]): Promise<FollowResponse<FollowTypeResult[]>>;
  /** Subscribe to a follow event (present on SDK instances). */
  on?(eventName: string, handler: FollowEventHandler): void;
  /** Unsubscribe from a follow event. */
  off?(eventName: string, handler: FollowEventHandler): void;
  /**
   * Extension, not in the SDK: any user's followers, following or mutual list with a page
   * size. Hooks use it for other users' lists and fail clearly when it is missing.
   */
  getUserFollowList?(options: UserFollowListOptions): Promise<FollowResponse<FollowListPage>>;
  /**
   * Extension, not in the SDK: `checkFollowType` from another user's side. Each result's
   * `followType` is seen from `userID`, exactly as `checkFollowType` sees from me:
   * `Follower` (1) = the listed user follows `userID`, `Following` (2) = `userID` follows the
   * listed user, `Mutual` (3) = both. `useKnownFollowers` needs it (and reports
   * "unsupported" without it); over REST it is `follow_check` with `From_Account: userID`.
   */
  checkUserFollowType?(options: UserFollowTypeOptions): Promise<FollowResponse<FollowTypeResult[]>>;
  /**
   * Profiles of users (the SDK's own method; not part of the follow API). Users that do not
   * exist are left out of `data`, as the SDK leaves them out. Optional: without it,
   * `useUserProfile` fails with code 90008 and the profile card shows the user ID.
   */
  getUserProfile?(options: GetUserProfileOptions): Promise<FollowResponse<UserProfile[]>>;
}

/** A source of the three follow events (an app's push channel, or the mock server's). */
export interface FollowEventSource {
  on(eventName: string, handler: FollowEventHandler): void;
  off(eventName: string, handler: FollowEventHandler): void;
}
