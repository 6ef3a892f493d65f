import { type HttpHandler, http } from 'msw';
import { FollowErrorCode } from '../src/client/errors';
import {
  type FollowCommand,
  REST_FOLLOW_TYPE,
  type RestFollowChangeResponse,
  type RestFollowCheckResponse,
  type RestFollowGetInfoResponse,
  type RestFollowGetResponse,
  type RestResultItem,
} from '../src/client/protocol';
import type { FollowListType } from '../src/client/types';
import { FOLLOW_LIMITS } from '../src/client/types';
import { describeResultCode, type FollowDb, FollowDbError } from './db';
import { createProfileHandlers } from './profile-handlers';
import {
  parseBody,
  type RequestBody,
  readAccountList,
  readFollowItems,
  readFollowType,
  readFromAccount,
  readStartCursor,
  readWantNum,
} from './request-validation';
import { restFail, restOk } from './rest-response';

/** Options of {@link createFollowHandlers}. */
export interface FollowHandlersOptions {
  /** When set, requests whose `sdkappid` query parameter differs are refused with 30002. */
  sdkAppID?: number;
  /**
   * Checks a request's credentials (`sdkappid`, `identifier`, `usersig`, …) before anything
   * else, throwing a {@link FollowDbError} with Tencent's code to refuse it. The strict mode
   * of `react-follow-kit/mocks/node` (`strictCredentials`) is one.
   */
  checkCredentials?: (url: URL) => void;
}

/** The path every follow call is made to, on any origin. */
export const FOLLOW_API_PATH = '*/v4/follow/:command';

/**
 * msw handlers answering `POST *\/v4/follow/<command>` from `db`, in the REST format of
 * Tencent Cloud Chat: HTTP 200 with `ActionStatus` / `ErrorCode` / `ErrorInfo` /
 * `ErrorDisplay`, also for API errors. `POST *\/v4/profile/portrait_get` (the profile
 * look-up the follow API lacks) is answered from the same users.
 */
export function createFollowHandlers(
  db: FollowDb,
  options: FollowHandlersOptions = {},
): HttpHandler[] {
  const checkRequest = (url: URL) => {
    options.checkCredentials?.(url);
    checkAppID(url, options.sdkAppID);
  };
  return [
    ...createProfileHandlers(db, checkRequest),
    http.post(FOLLOW_API_PATH, async ({ request, params }) => {
      try {
        checkRequest(new URL(request.url));
        const body = parseBody(await request.text());
        return restOk(answerFollowCommand(db, String(params.command), body));
      } catch (error) {
        if (error instanceof FollowDbError) return restFail(error.code, error.message);
        throw error;
      }
    }),
  ];
}

/**
 * The fields of a successful answer to one follow command (REST field names), from `db`.
 * The REST handlers and the SDK socket mock share it.
 * @throws {FollowDbError} with the request-level code (30001, 30003, …) the server would send.
 */
export function answerFollowCommand(db: FollowDb, command: string, body: RequestBody): object {
  return COMMANDS[commandNamed(command)](db, body);
}

type Fields<T> = Omit<T, 'ActionStatus' | 'ErrorCode' | 'ErrorInfo' | 'ErrorDisplay'>;

const COMMANDS: { [C in FollowCommand]: (db: FollowDb, body: RequestBody) => object } = {
  follow_add(db, body): Fields<RestFollowChangeResponse> {
    const targets = readFollowItems(body);
    const from = readExistingFrom(db, body);
    return { ResultItem: targets.map((to) => resultItem(db, from, to, db.follow(from, to))) };
  },

  follow_delete(db, body): Fields<RestFollowChangeResponse> {
    const targets = readAccountList(body, FOLLOW_LIMITS.changeBatch);
    const from = readExistingFrom(db, body);
    return { ResultItem: targets.map((to) => resultItem(db, from, to, db.unfollow(from, to))) };
  },

  follow_get(db, body): Fields<RestFollowGetResponse> {
    const type = LIST_TYPES[readFollowType(body)];
    const cursor = readStartCursor(body);
    const wantNum = readWantNum(body);
    const owner = readExistingFrom(db, body);
    const { items, nextCursor } = db.page(owner, type, cursor, wantNum);
    const FollowItem = items.map(({ userID, followTime }) => db.restItem(userID, followTime));
    return { FollowItem, NextCursor: nextCursor };
  },

  follow_check(db, body): Fields<RestFollowCheckResponse> {
    const targets = readAccountList(body, FOLLOW_LIMITS.checkBatch);
    const from = readExistingFrom(db, body);
    const ResultItem = targets.map((to) => {
      const code = existenceCode(db, to);
      return { ...resultItem(db, from, to, code), FollowType: code ? 0 : db.followType(from, to) };
    });
    return { ResultItem };
  },

  follow_get_info(db, body): Fields<RestFollowGetInfoResponse> {
    const targets = readAccountList(body, FOLLOW_LIMITS.infoBatch);
    const from = readExistingFrom(db, body);
    const FollowInfo = targets.map((to) => {
      const counts = db.counts(to);
      return {
        ...resultItem(db, from, to, existenceCode(db, to)),
        FollowerCount: counts.followers,
        FollowingCount: counts.following,
        MutualFollowingCount: counts.mutual,
      };
    });
    return { FollowInfo };
  },
};

const LIST_TYPES = Object.fromEntries(
  Object.entries(REST_FOLLOW_TYPE).map(([type, value]) => [value, type]),
) as Record<1 | 2 | 3, FollowListType>;

function commandNamed(name: string): FollowCommand {
  if (Object.hasOwn(COMMANDS, name)) return name as FollowCommand;
  const known = Object.keys(COMMANDS).join(', ');
  throw new FollowDbError(
    FollowErrorCode.InvalidParameters,
    `Unknown command ${name}; the follow API has ${known}`,
  );
}

function checkAppID(url: URL, expected: number | undefined): void {
  if (expected === undefined) return;
  const given = url.searchParams.get('sdkappid');
  if (given !== String(expected)) {
    throw new FollowDbError(
      FollowErrorCode.SdkAppIdMismatch,
      `SDKAppID ${given ?? '(missing)'} does not match this app's SDKAppID ${expected}`,
    );
  }
}

/** `From_Account`, which must name an existing user (30003 otherwise). */
function readExistingFrom(db: FollowDb, body: RequestBody): string {
  const from = readFromAccount(body);
  if (!db.hasUser(from)) {
    throw new FollowDbError(FollowErrorCode.AccountNotFound, `From_Account ${from} does not exist`);
  }
  return from;
}

/** The per-item code of a read: 0, or 30003 for an unknown user. */
function existenceCode(db: FollowDb, userID: string): number {
  return db.hasUser(userID) ? 0 : FollowErrorCode.AccountNotFound;
}

function resultItem(db: FollowDb, from: string, to: string, code: number): RestResultItem {
  return {
    To_Account: to,
    ResultCode: code,
    ResultInfo: describeResultCode(code, from, to, db.maxFollowing),
  };
}
