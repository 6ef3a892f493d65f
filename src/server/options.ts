import type { FollowCommand } from '../client/protocol';
import type { RateLimit } from './rateLimiter';
import { TENCENT_REGIONS, type TencentRegion } from './regions';
import { createUserSigSource } from './userSig';

/** Commands that read a user's graph, for {@link FollowProxyOptions.authorizeRead}. */
export type FollowReadCommand = Exclude<FollowCommand, 'follow_add' | 'follow_delete'>;

/** Options of `createFollowProxy`. */
export interface FollowProxyOptions {
  /** The app's SDKAppID (Tencent console). */
  sdkAppID: number;
  /** The app admin account the REST calls are made as, e.g. `'administrator'`. */
  identifier: string;
  /** The app's secret key: the proxy makes and caches the admin UserSig itself. */
  secretKey?: string;
  /** Or: returns the admin UserSig (e.g. from a secret store). Called per request. */
  getUserSig?: () => string | Promise<string>;
  /** Validity of a UserSig made from `secretKey`, in seconds. Default: 86,400. */
  userSigTtlSeconds?: number;
  /** The region the app lives in; or give `upstream`. */
  region?: TencentRegion;
  /** An explicit upstream origin instead of `region`, e.g. the mock: `http://127.0.0.1:4010`. */
  upstream?: string;
  /**
   * The signed-in user of `request`, from the app's own session (cookie, bearer token), or
   * null. Every call's identity comes from here, never from the body.
   */
  authenticate: (
    request: Request,
  ) => string | null | undefined | Promise<string | null | undefined>;
  /**
   * Whether `viewer` may read `owner`'s lists, counts or relationships (`command`). Only
   * asked when `owner` is not the viewer. A `follow_check` from another user's side (the
   * client's `checkUserFollowType`, behind `useKnownFollowers`) is such a read: it tells who
   * of `To_Account` follows `owner`. Default: allowed, as public social graphs are.
   */
  authorizeRead?: (
    viewer: string,
    owner: string,
    command: FollowReadCommand,
  ) => boolean | Promise<boolean>;
  /** Per-user limit, e.g. `{ limit: 20, windowMs: 1000 }`. Default: none. */
  rateLimit?: RateLimit;
  /** Upstream deadline in ms. Default: 10,000. */
  timeoutMs?: number;
  /** Largest accepted request body in bytes. Default: 65,536. */
  maxBodyBytes?: number;
  /** Where failures are reported, one line each (never with a secret). Default: `console.error`. */
  log?: (line: string) => void;
  /** Clock in milliseconds, for the rate limit and the UserSig cache. Default: `Date.now`. */
  now?: () => number;
}

/** The options, checked and with defaults. */
export interface ResolvedProxyOptions {
  sdkAppID: number;
  identifier: string;
  userSig: () => string | Promise<string>;
  upstream: string;
  authenticate: FollowProxyOptions['authenticate'];
  authorizeRead: NonNullable<FollowProxyOptions['authorizeRead']>;
  rateLimit: RateLimit | undefined;
  timeoutMs: number;
  maxBodyBytes: number;
  log: (line: string) => void;
  now: () => number;
  /** Strings that must never leave the proxy. */
  secrets: () => Array<string | undefined>;
}

function fail(message: string): never {
  throw new TypeError(`createFollowProxy: ${message}`);
}

function positive(name: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !(value > 0) || !Number.isFinite(value)) {
    fail(`${name} must be a positive number, got ${String(value)}`);
  }
  return value;
}

function resolveUpstream(region: unknown, upstream: unknown): string {
  if ((region === undefined) === (upstream === undefined)) {
    fail('give exactly one of region or upstream');
  }
  if (region !== undefined) {
    if (!Object.hasOwn(TENCENT_REGIONS, String(region))) {
      fail(
        `region must be one of ${Object.keys(TENCENT_REGIONS).join(', ')}, got ${String(region)}`,
      );
    }
    return TENCENT_REGIONS[region as TencentRegion];
  }
  let url: URL;
  try {
    url = new URL(String(upstream));
  } catch {
    fail(`upstream must be an http(s) URL, got ${String(upstream)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    fail(`upstream must be an http(s) URL, got ${String(upstream)}`);
  }
  return url.href.replace(/\/+$/, '');
}

/** Checks `options` once, at creation; messages name the option and never show a secret. */
export function resolveProxyOptions(options: FollowProxyOptions): ResolvedProxyOptions {
  const { sdkAppID, identifier, secretKey, getUserSig } = options;
  if (!Number.isSafeInteger(sdkAppID) || sdkAppID <= 0) {
    fail(`sdkAppID must be a positive integer, got ${String(sdkAppID)}`);
  }
  if (typeof identifier !== 'string' || identifier === '') {
    fail('identifier must be the admin account, a non-empty string');
  }
  if ((secretKey === undefined) === (getUserSig === undefined)) {
    fail('give exactly one of secretKey or getUserSig');
  }
  if (secretKey !== undefined && (typeof secretKey !== 'string' || secretKey === '')) {
    fail('secretKey must be a non-empty string');
  }
  if (getUserSig !== undefined && typeof getUserSig !== 'function') {
    fail('getUserSig must be a function');
  }
  if (typeof options.authenticate !== 'function') fail('authenticate must be a function');
  if (options.authorizeRead !== undefined && typeof options.authorizeRead !== 'function') {
    fail('authorizeRead must be a function');
  }
  const { rateLimit } = options;
  if (rateLimit !== undefined) {
    if (!Number.isSafeInteger(rateLimit.limit) || rateLimit.limit < 1) {
      fail(`rateLimit.limit must be a positive integer, got ${String(rateLimit.limit)}`);
    }
    positive('rateLimit.windowMs', rateLimit.windowMs, 1000);
  }
  const now = options.now ?? Date.now;
  const ttlSeconds = positive('userSigTtlSeconds', options.userSigTtlSeconds, 86_400);
  let lastUserSig: string | undefined;
  const makeUserSig = secretKey
    ? createUserSigSource({ sdkAppID, identifier, secretKey, ttlSeconds, now })
    : (getUserSig as () => string | Promise<string>);
  return {
    sdkAppID,
    identifier,
    userSig: async () => {
      lastUserSig = await makeUserSig();
      return lastUserSig;
    },
    upstream: resolveUpstream(options.region, options.upstream),
    authenticate: options.authenticate,
    authorizeRead: options.authorizeRead ?? (() => true),
    rateLimit,
    timeoutMs: positive('timeoutMs', options.timeoutMs, 10_000),
    maxBodyBytes: positive('maxBodyBytes', options.maxBodyBytes, 64 * 1024),
    log: options.log ?? ((line) => console.error(line)),
    now,
    secrets: () => [secretKey, lastUserSig],
  };
}
