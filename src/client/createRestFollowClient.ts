import { chunk } from './chunk';
import { INVALID_ARGUMENT, MALFORMED_RESPONSE } from './errorCodes';
import { FollowError } from './errors';
import { toFollowUserProfile, toUserProfile } from './flattenProfile';
import {
  CHANGE_BATCH,
  CHECK_BATCH,
  DEFAULT_PAGE_SIZE,
  INFO_BATCH,
  MAX_PAGE_SIZE,
  PROFILE_BATCH,
} from './followConstants';
import { mapChunks } from './mapChunks';
import { type CommandTransport, postCommand, type RestQueryParams } from './postCommand';
import {
  PROFILE_TAG_FIELDS,
  REST_FOLLOW_TYPE,
  type RestFollowAddRequest,
  type RestFollowCheckRequest,
  type RestFollowDeleteRequest,
  type RestFollowGetInfoRequest,
  type RestFollowGetRequest,
  type RestPortraitGetRequest,
  type RestResultItem,
} from './protocol';
import {
  readFollowChangeResponse,
  readFollowCheckResponse,
  readFollowGetInfoResponse,
  readFollowGetResponse,
  readPortraitGetResponse,
} from './restResponseShapes';
import type {
  FollowClient,
  FollowCountInfo,
  FollowEventSource,
  FollowListPage,
  FollowListType,
  FollowOperationResult,
  FollowResponse,
  FollowTypeResult,
  GetUserProfileOptions,
  UserFollowListOptions,
  UserFollowTypeOptions,
  UserProfile,
} from './types';
import { validateUserID, validateUserIDList } from './validateUserIDs';

export type { RestQueryParams } from './postCommand';

/** Options of {@link createRestFollowClient}. */
export interface RestFollowClientOptions {
  /**
   * Where the REST API lives; requests go to `${baseUrl}/v4/follow/<command>`. In production
   * this is the app's own backend, which adds the admin signature and forwards the call. A
   * path ('/api/im') or '' targets the page's own origin.
   */
  baseUrl: string;
  /** The signed-in user ("me"): `From_Account` of every call. */
  userID: string;
  /** The fetch to use. Default: the global `fetch`, looked up at each call. */
  fetch?: typeof globalThis.fetch;
  /** Per request, reading the body included. Default 10000; `Infinity` disables it. */
  timeoutMs?: number;
  /** `WantNum` of the list methods, 1–1000. Default 100. */
  pageSize?: number;
  /**
   * Extra query parameters of every request (e.g. `sdkappid`, `identifier`, `usersig` for a
   * proxy), or a function returning them per request so rotating credentials stay fresh. The
   * client always adds `random=<uint32>` and `contenttype=json`; these override them.
   */
  query?: RestQueryParams | (() => RestQueryParams);
  /** Extra headers of every request (e.g. an auth token), or a function returning them per call. */
  headers?: HeadersInit | (() => HeadersInit);
  /** Source of the three follow events; when given, the client's `on` / `off` delegate to it. */
  events?: FollowEventSource;
  /** Aborting it cancels every pending and future request of the client (e.g. on sign-out). */
  signal?: AbortSignal;
  /**
   * Custom profile tags `getUserProfile` reads besides the standard ones (portrait_get
   * returns only the tags it is asked for), e.g. `['Tag_Profile_Custom_Hobby']`.
   */
  customProfileTags?: readonly string[];
}

/**
 * A {@link FollowClient} over REST: the SDK's methods plus both extensions, and
 * `getUserProfile` over `v4/profile/portrait_get`.
 */
export interface RestFollowClient extends FollowClient {
  getUserFollowList(options: UserFollowListOptions): Promise<FollowResponse<FollowListPage>>;
  checkUserFollowType(options: UserFollowTypeOptions): Promise<FollowResponse<FollowTypeResult[]>>;
  getUserProfile(options: GetUserProfileOptions): Promise<FollowResponse<UserProfile[]>>;
}

const DEFAULT_TIMEOUT_MS = 10_000;

// Writes go one chunk after another: chunks apply in the caller's order, and the first failure
// stops the rest, so a failed call leaves at most the chunks before it applied. Reads have no
// side effects and run a few chunks at once for latency, well under the 200 calls/s limit.
const WRITE_CONCURRENCY = 1;
const READ_CONCURRENCY = 4;

function ok<T>(data: T): FollowResponse<T> {
  return { code: 0, data };
}

function invalidArgument(message: string): FollowError {
  return new FollowError(INVALID_ARGUMENT, message);
}

function isPageSize(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= MAX_PAGE_SIZE;
}

function checkCount(count: unknown): number {
  if (isPageSize(count)) return count;
  throw invalidArgument(
    `count must be an integer from 1 to ${MAX_PAGE_SIZE}, got ${String(count)}.`,
  );
}

function checkCursor(cursor: unknown): string {
  if (cursor === undefined) return '';
  if (typeof cursor === 'string') return cursor;
  throw invalidArgument(`The cursor must be a string, got ${typeof cursor}.`);
}

function checkListType(type: unknown): FollowListType {
  if (typeof type === 'string' && Object.hasOwn(REST_FOLLOW_TYPE, type)) {
    return type as FollowListType;
  }
  throw invalidArgument(
    `The list type must be "followers", "following" or "mutual", got ${String(type)}.`,
  );
}

function checkTimeout(timeoutMs: number): number {
  if (typeof timeoutMs === 'number' && timeoutMs > 0) return timeoutMs;
  throw new RangeError(`timeoutMs must be a positive number, got ${String(timeoutMs)}.`);
}

function checkCustomTags(tags: readonly unknown[]): string[] {
  return tags.map((tag) => {
    if (typeof tag === 'string' && tag.startsWith('Tag_Profile_Custom_')) return tag;
    throw new RangeError(
      `customProfileTags must be tags named Tag_Profile_Custom_*, got ${JSON.stringify(tag)}.`,
    );
  });
}

function toOperationResult(item: RestResultItem): FollowOperationResult {
  return { userID: item.To_Account, resultCode: item.ResultCode, resultInfo: item.ResultInfo };
}

/**
 * A {@link FollowClient} that speaks Tencent Cloud Chat's REST follow API (`POST
 * ${baseUrl}/v4/follow/<command>`) and answers in the SDK's shapes, for an app's backend proxy
 * or the kit's mock server.
 *
 * - ID lists are checked before any request ({@link validateUserIDList}: invalid IDs are
 *   refused with code 90001, duplicates are dropped) and split into calls of at most 20 IDs
 *   (100 for `checkFollowType` and `checkUserFollowType`), merged in order.
 * - `checkUserFollowType({ userID, userIDList })` is `follow_check` with `From_Account:
 *   userID`: relationships seen from another user's side.
 * - Per-user failures of `followUser` / `unfollowUser` (non-zero `resultCode`) are results,
 *   not errors, as in the SDK.
 * - Every rejection is a {@link FollowError}: the server's `ErrorCode` and `ErrorInfo` when it
 *   answers `ActionStatus: "FAIL"`, else a 9xxxx code (network, HTTP, timeout, abort,
 *   malformed response).
 *
 * @throws FollowError (InvalidUserID) when `userID` is invalid; RangeError when `pageSize` or
 * `timeoutMs` is out of range.
 */
export function createRestFollowClient(options: RestFollowClientOptions): RestFollowClient {
  const me = validateUserID(options.userID);
  const pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
  if (!isPageSize(pageSize)) {
    throw new RangeError(
      `pageSize must be an integer from 1 to ${MAX_PAGE_SIZE}, got ${pageSize}.`,
    );
  }
  const transport: CommandTransport = {
    baseUrl: options.baseUrl,
    fetch: options.fetch,
    timeoutMs: checkTimeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS),
    query: options.query,
    headers: options.headers,
    signal: options.signal,
  };

  async function changeFollows(
    command: 'follow_add' | 'follow_delete',
    userIDList: string[],
  ): Promise<FollowResponse<FollowOperationResult[]>> {
    const userIDs = validateUserIDList(userIDList);
    const results = await mapChunks(
      chunk(userIDs, CHANGE_BATCH),
      WRITE_CONCURRENCY,
      async (ids) => {
        const body: RestFollowAddRequest | RestFollowDeleteRequest =
          command === 'follow_add'
            ? { From_Account: me, FollowItem: ids.map((id) => ({ To_Account: id })) }
            : { From_Account: me, To_Account: ids };
        const response = readFollowChangeResponse(
          command,
          await postCommand(transport, command, body),
        );
        return response.ResultItem.map(toOperationResult);
      },
    );
    return ok(results);
  }

  async function listPage(
    ownerID: string,
    type: FollowListType,
    cursor: string,
    count: number,
    signal?: AbortSignal,
  ): Promise<FollowResponse<FollowListPage>> {
    const body: RestFollowGetRequest = {
      From_Account: ownerID,
      FollowType: REST_FOLLOW_TYPE[type],
      StartCursor: cursor,
      WantNum: count,
    };
    const response = readFollowGetResponse(
      await postCommand(transport, 'follow_get', body, signal),
    );
    return ok({
      resultList: response.FollowItem.map(toFollowUserProfile),
      nextCursor: response.NextCursor,
    });
  }

  async function getUserFollowInfo(
    userIDList?: string[],
  ): Promise<FollowResponse<FollowCountInfo[]>> {
    const asked = userIDList === undefined ? [me] : userIDList;
    const userIDs = validateUserIDList(asked);
    const infos = await mapChunks(chunk(userIDs, INFO_BATCH), READ_CONCURRENCY, async (ids) => {
      const body: RestFollowGetInfoRequest = { From_Account: me, To_Account: ids };
      return readFollowGetInfoResponse(await postCommand(transport, 'follow_get_info', body))
        .FollowInfo;
    });
    const byID = new Map(infos.map((info) => [info.To_Account, info]));
    // The SDK drops the IDs, so position is all that ties a count to its user: answer once per
    // asked ID, in the asked order, duplicates included. Like the SDK, a per-user ResultCode
    // does not fail the call; the counts are taken as the server sent them.
    const data = asked.map((userID): FollowCountInfo => {
      const info = byID.get(userID);
      if (info === undefined) {
        throw new FollowError(
          MALFORMED_RESPONSE,
          `Malformed follow_get_info response: no FollowInfo for ${JSON.stringify(userID)}.`,
          { userID },
        );
      }
      return {
        followersCount: info.FollowerCount,
        followingCount: info.FollowingCount,
        mutualFollowersCount: info.MutualFollowingCount,
      };
    });
    return ok(data);
  }

  /** Relationships of `ownerID` with each of `userIDList`, seen from `ownerID`'s side. */
  async function checkFrom(
    ownerID: string,
    userIDList: string[],
    signal?: AbortSignal,
  ): Promise<FollowResponse<FollowTypeResult[]>> {
    const userIDs = validateUserIDList(userIDList);
    const results = await mapChunks(chunk(userIDs, CHECK_BATCH), READ_CONCURRENCY, async (ids) => {
      const body: RestFollowCheckRequest = { From_Account: ownerID, To_Account: ids };
      const response = readFollowCheckResponse(
        await postCommand(transport, 'follow_check', body, signal),
      );
      return response.ResultItem.map((item) => ({
        userID: item.To_Account,
        followType: item.FollowType,
      }));
    });
    return ok(results);
  }

  const profileTags = [
    ...Object.keys(PROFILE_TAG_FIELDS),
    ...checkCustomTags(options.customProfileTags ?? []),
  ];

  async function getUserProfile(
    profileOptions: GetUserProfileOptions,
  ): Promise<FollowResponse<UserProfile[]>> {
    const userIDs = validateUserIDList(
      (profileOptions as Partial<GetUserProfileOptions> | undefined)?.userIDList,
    );
    const found = await mapChunks(chunk(userIDs, PROFILE_BATCH), READ_CONCURRENCY, async (ids) => {
      const body: RestPortraitGetRequest = { To_Account: ids, TagList: profileTags };
      const response = readPortraitGetResponse(await postCommand(transport, 'portrait_get', body));
      const failed = new Set(response.Fail_Account);
      // As the SDK does: accounts that failed (never imported) are left out, not errors.
      return response.UserProfileItem.filter(
        (item) => item.ResultCode === 0 && !failed.has(item.To_Account),
      ).map((item) => toUserProfile(item.To_Account, item.ProfileItem));
    });
    return ok(found);
  }

  const client: RestFollowClient = {
    followUser: (userIDList) => changeFollows('follow_add', userIDList),
    unfollowUser: (userIDList) => changeFollows('follow_delete', userIDList),
    getMyFollowersList: async (nextCursor) =>
      listPage(me, 'followers', checkCursor(nextCursor), pageSize),
    getMyFollowingList: async (nextCursor) =>
      listPage(me, 'following', checkCursor(nextCursor), pageSize),
    getMutualFollowersList: async (nextCursor) =>
      listPage(me, 'mutual', checkCursor(nextCursor), pageSize),
    getUserFollowInfo,
    checkFollowType: (userIDList) => checkFrom(me, userIDList),
    checkUserFollowType: async ({ userID, userIDList, signal }) =>
      checkFrom(validateUserID(userID), userIDList, signal),
    getUserFollowList: async ({ userID, type, nextCursor, count, signal }) =>
      listPage(
        validateUserID(userID),
        checkListType(type),
        checkCursor(nextCursor),
        count === undefined ? pageSize : checkCount(count),
        signal,
      ),
    getUserProfile,
  };
  // Only a client with an event source has on/off, so `'on' in client` tells whether it pushes.
  const { events } = options;
  if (events) {
    client.on = (eventName, handler) => events.on(eventName, handler);
    client.off = (eventName, handler) => events.off(eventName, handler);
  }
  return client;
}
