import { type HttpHandler, http } from 'msw';
import { FollowErrorCode } from '../src/client/errors';
import type { RestPortraitGetResponse, RestUserProfileItem } from '../src/client/protocol';
import { FOLLOW_LIMITS } from '../src/client/types';
import { type FollowDb, FollowDbError } from './db';
import { toProfileItems } from './profile';
import { parseBody, type RequestBody, readAccountList } from './request-validation';
import { restFail, restOk } from './rest-response';

/** The path of Tencent's profile read, on any origin. */
export const PROFILE_API_PATH = '*/v4/profile/:command';

type Fields<T> = Omit<T, 'ActionStatus' | 'ErrorCode' | 'ErrorInfo' | 'ErrorDisplay'>;

/** The profile service answers bad parameters with its own 40001, not the follow API's 30001. */
function asProfileError<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof FollowDbError && error.code === FollowErrorCode.InvalidParameters) {
      throw new FollowDbError(FollowErrorCode.ProfileInvalidParameters, error.message);
    }
    throw error;
  }
}

function readTagList(body: RequestBody): string[] {
  const value = body.TagList;
  const fail = (why: string) =>
    new FollowDbError(FollowErrorCode.ProfileInvalidParameters, `TagList${why}`);
  if (value === undefined) throw fail(' is required');
  if (!Array.isArray(value)) throw fail(' must be an array of tag names');
  if (value.length === 0) throw fail(' is empty; name the profile tags to read');
  const bad = value.findIndex((tag) => typeof tag !== 'string' || tag === '');
  if (bad >= 0) throw fail(`[${bad}] must be a non-empty string`);
  return value as string[];
}

/**
 * The fields of a successful portrait_get answer from `db`: each asked account with the asked
 * tags it has, in the asked order. An unknown account gets `ResultCode` 40003 and an empty
 * profile, and is listed in `Fail_Account` (present only when some account failed).
 * @throws {FollowDbError} 40001 for a body outside the limits (1–100 accounts, a TagList).
 */
export function answerPortraitGet(
  db: FollowDb,
  body: RequestBody,
): Fields<RestPortraitGetResponse> {
  const accounts = asProfileError(() => readAccountList(body, FOLLOW_LIMITS.profileBatch));
  const tags = new Set(readTagList(body));
  const failed: string[] = [];
  const UserProfileItem = accounts.map((account): RestUserProfileItem => {
    const user = db.getUser(account);
    if (!user) {
      failed.push(account);
      return {
        To_Account: account,
        ProfileItem: [],
        ResultCode: FollowErrorCode.ProfileAccountNotFound,
        ResultInfo: `UserID ${account} does not exist`,
      };
    }
    const ProfileItem = toProfileItems(user).filter((item) => tags.has(item.Tag));
    return { To_Account: account, ProfileItem, ResultCode: 0, ResultInfo: '' };
  });
  return failed.length > 0 ? { UserProfileItem, Fail_Account: failed } : { UserProfileItem };
}

/**
 * msw handlers answering `POST *\/v4/profile/portrait_get` from `db`, as Tencent's profile
 * service does; any other profile command is refused with 40001.
 */
export function createProfileHandlers(
  db: FollowDb,
  checkRequest: (url: URL) => void = () => {},
): HttpHandler[] {
  return [
    http.post(PROFILE_API_PATH, async ({ request, params }) => {
      try {
        checkRequest(new URL(request.url));
        if (params.command !== 'portrait_get') {
          throw new FollowDbError(
            FollowErrorCode.ProfileInvalidParameters,
            `Unknown profile command ${String(params.command)}; the mock answers portrait_get`,
          );
        }
        const text = await request.text();
        return restOk(
          answerPortraitGet(
            db,
            asProfileError(() => parseBody(text)),
          ),
        );
      } catch (error) {
        if (error instanceof FollowDbError) return restFail(error.code, error.message);
        throw error;
      }
    }),
  ];
}
