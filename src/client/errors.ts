import {
  ABORTED,
  APP_RATE_LIMITED,
  FEATURE_DISABLED,
  HTTP_ERROR,
  INVALID_ARGUMENT,
  INVALID_USER_ID,
  MALFORMED_RESPONSE,
  NETWORK_ERROR,
  RATE_LIMITED,
  SDK_APP_ID_INVALID,
  SDK_FEATURE_DISABLED,
  SDK_NETWORK_ERROR,
  SDK_NETWORK_TIMEOUT,
  SDK_NO_NETWORK,
  SDK_NOT_LOGGED_IN,
  SDK_NOT_READY,
  SDK_RATE_LIMITED,
  SELF_FOLLOW,
  SERVER_INTERNAL,
  SERVER_OVERLOADED,
  SERVER_TIMEOUT,
  TIMEOUT,
  TOO_FREQUENT,
  TOO_FREQUENT_AGAIN,
  UNKNOWN,
  UNSUPPORTED,
} from './errorCodes';

/**
 * Error codes a {@link FollowError} can carry. 3xxxx and 6xxxx come from the server
 * (PROTOCOL.md); 2xxx and 3xxx from the `@tencentcloud/chat` SDK itself (read from 3.6.6);
 * 9xxxx are raised by the kit itself before or around a request.
 */
export const FollowErrorCode = {
  /** 2024 (SDK): nobody is logged in on the SDK instance. The kit waits for SDK_READY. */
  SdkNotLoggedIn: SDK_NOT_LOGGED_IN,
  /** 2800 (SDK): the SDK's connection failed; retry. */
  SdkNetworkError: SDK_NETWORK_ERROR,
  /** 2801 (SDK): no answer on the SDK's connection in time; retry. */
  SdkNetworkTimeout: SDK_NETWORK_TIMEOUT,
  /** 2805 (SDK): the device is offline; retry. */
  SdkNoNetwork: SDK_NO_NETWORK,
  /**
   * 2996 (SDK): the SDK's own rate limit, e.g. 20 `checkFollowType` calls per 5 s; retry
   * after the window. The kit paces its checks to stay under it.
   */
  SdkRateLimited: SDK_RATE_LIMITED,
  /** 2999 (SDK): the SDK is not ready yet (logging in, syncing); retry. */
  SdkNotReady: SDK_NOT_READY,
  /** 3000 (SDK): a login is in progress. The kit waits for SDK_READY. */
  SdkLoggingIn: 3000,
  /** 3001 (SDK): the login failed. */
  SdkLoginFailed: 3001,
  /** 3005 (SDK): the user logged out. The kit waits for the next SDK_READY. */
  SdkLoggedOut: 3005,
  /**
   * 3122 (SDK): the follow feature is not enabled for the app (the SDK's counterpart of
   * 30005, decided by the SDK before any request).
   */
  SdkFeatureDisabled: SDK_FEATURE_DISABLED,
  /** 30001: bad request parameters (read the message). */
  InvalidParameters: 30001,
  /** 30002: SDKAppID does not match. */
  SdkAppIdMismatch: 30002,
  /** 30003: a requested account does not exist. */
  AccountNotFound: 30003,
  /** 30004: the call needs app-admin permission. */
  AdminRequired: 30004,
  /** 30005: the follow feature is not enabled for the app. */
  FeatureDisabled: FEATURE_DISABLED,
  /** 30006: server internal error; retry. */
  ServerInternal: SERVER_INTERNAL,
  /** 30007: server network timeout; retry later. */
  ServerTimeout: SERVER_TIMEOUT,
  /** 30010 (kit's choice, per user): nobody can follow themselves. */
  CannotFollowSelf: 30010,
  /** 30011 (kit's choice, per user): the 5000-follow cap is reached. */
  FollowLimitReached: 30011,
  /** 40001 (profile service): bad portrait_get parameters (read the message). */
  ProfileInvalidParameters: 40001,
  /**
   * 40003 (profile service): the account does not exist (was never imported); per account
   * in portrait_get's `ResultCode`, the account also listed in `Fail_Account`.
   */
  ProfileAccountNotFound: 40003,
  /** 60006 (Tencent's public code): the SDKAppID is invalid; check it. */
  SdkAppIdInvalid: SDK_APP_ID_INVALID,
  /** 60007 (Tencent's public code): over 200 calls/second for one command; retry. */
  RateLimited: RATE_LIMITED,
  /** 60011 (Tencent's public code): the whole SDKAppID is over its call rate; retry. */
  AppRateLimited: APP_RATE_LIMITED,
  /** 60018 (Tencent's public code): too many requests, try again later (also 60019). */
  TooFrequent: TOO_FREQUENT,
  /** 60022 (Tencent's public code): the service is overloaded; retry later. */
  ServerOverloaded: SERVER_OVERLOADED,
  /** 90001: an empty, non-string or malformed user ID, refused before any request. */
  InvalidUserID: INVALID_USER_ID,
  /** 90002: following or unfollowing the signed-in user, refused before any request. */
  SelfFollow: SELF_FOLLOW,
  /** 90003: the request never got an answer (offline, DNS, CORS, connection reset). */
  NetworkError: NETWORK_ERROR,
  /** 90004: the server answered with an HTTP status other than 2xx. */
  HttpError: HTTP_ERROR,
  /** 90005: no answer within the client's timeout. */
  Timeout: TIMEOUT,
  /** 90006: the answer was not JSON or not in the protocol's shape. */
  MalformedResponse: MALFORMED_RESPONSE,
  /** 90007: the caller aborted the request. */
  Aborted: ABORTED,
  /** 90008: the client lacks a capability the call needs (e.g. other users' lists). */
  Unsupported: UNSUPPORTED,
  /** 90009: a failure with no code of its own (a bug, an unexpected exception). */
  Unknown: UNKNOWN,
  /**
   * 90010: an argument other than a user ID (list type, cursor, page size) is invalid,
   * refused before any request.
   */
  InvalidArgument: INVALID_ARGUMENT,
} as const;

/** One of the {@link FollowErrorCode} values, or another code the server sent. */
export type FollowErrorCodeValue = (typeof FollowErrorCode)[keyof typeof FollowErrorCode];

/** Codes worth retrying: the server or the network may answer next time. */
export const RETRYABLE_FOLLOW_ERROR_CODES: ReadonlySet<number> = new Set([
  SDK_NETWORK_ERROR,
  SDK_NETWORK_TIMEOUT,
  SDK_NO_NETWORK,
  SDK_RATE_LIMITED,
  SDK_NOT_READY,
  SERVER_OVERLOADED,
  SERVER_INTERNAL,
  SERVER_TIMEOUT,
  RATE_LIMITED,
  APP_RATE_LIMITED,
  TOO_FREQUENT,
  TOO_FREQUENT_AGAIN,
  NETWORK_ERROR,
  HTTP_ERROR,
  TIMEOUT,
]);

/**
 * What a code means, for errors that arrive without a message (the SDK reads its messages
 * from a table it downloads, which may be missing).
 */
const DEFAULT_MESSAGES: Readonly<Record<number, string>> = {
  [FEATURE_DISABLED]: 'The follow feature is not enabled for this app.',
  [SDK_FEATURE_DISABLED]:
    'The follow feature is not enabled for this app (Tencent Cloud Chat console).',
  [SDK_NOT_LOGGED_IN]: 'Nobody is logged in on the chat SDK.',
  [SDK_NOT_READY]: 'The chat SDK is not ready yet.',
  [SDK_RATE_LIMITED]: 'Too many follow requests in a short time; retrying shortly.',
  [SERVER_OVERLOADED]: 'The follow service is overloaded; retrying later.',
};

/** Options of {@link FollowError}. */
export interface FollowErrorOptions {
  /** The user the error is about, for per-user failures. */
  userID?: string;
  /** HTTP status, for {@link FollowErrorCode.HttpError}. */
  status?: number;
  cause?: unknown;
}

/** Every failure the kit reports: a `code` (see {@link FollowErrorCode}) and a readable message. */
export class FollowError extends Error {
  override readonly name = 'FollowError';
  readonly code: number;
  readonly userID?: string;
  readonly status?: number;

  constructor(code: number, message: string, options: FollowErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    if (options.userID !== undefined) this.userID = options.userID;
    if (options.status !== undefined) this.status = options.status;
  }

  /** True when trying again later may succeed. */
  get retryable(): boolean {
    return RETRYABLE_FOLLOW_ERROR_CODES.has(this.code);
  }
}

/**
 * Turns anything a client rejected with (an SDK error `{ code, message }`, a `FollowError`,
 * a plain Error) into a {@link FollowError}, keeping the code when there is one.
 */
export function toFollowError(error: unknown): FollowError {
  if (error instanceof FollowError) return error;
  if (typeof error === 'object' && error !== null) {
    const { code, message } = error as { code?: unknown; message?: unknown };
    const given = typeof message === 'string' && message ? message : undefined;
    const known = typeof code === 'number' ? DEFAULT_MESSAGES[code] : undefined;
    const text = given ?? known ?? 'The follow request failed.';
    if (typeof code === 'number' && Number.isFinite(code)) {
      return new FollowError(code, text, { cause: error });
    }
    return new FollowError(UNKNOWN, text, { cause: error });
  }
  return new FollowError(UNKNOWN, String(error), { cause: error });
}
