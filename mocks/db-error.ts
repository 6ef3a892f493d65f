import { FollowErrorCode } from '../src/client/errors';

/** A refused call to the mock server, from the store or the REST layer, with its REST error code. */
export class FollowDbError extends Error {
  override readonly name = 'FollowDbError';
  readonly code: number;

  constructor(code: number, message: string) {
    super(message);
    this.code = code;
  }
}

/** A readable sentence for a result code of {@link FollowDb.follow} or `unfollow`. */
export function describeResultCode(
  code: number,
  from: string,
  to: string,
  maxFollowing: number,
): string {
  switch (code) {
    case 0:
      return '';
    case FollowErrorCode.CannotFollowSelf:
      return `${from} cannot follow or unfollow themselves`;
    case FollowErrorCode.FollowLimitReached:
      return `${from} already follows ${maxFollowing} users, the most allowed`;
    case FollowErrorCode.AccountNotFound:
      return `UserID ${to} does not exist`;
    default:
      return `error ${code}`;
  }
}
