import type { FollowClient, FollowEventHandler } from './types';

/**
 * Facts about `TencentCloudChat` instances (`@tencentcloud/chat`, read from 3.6.6) that the
 * kit adapts to: their readiness and their own rate limit on `checkFollowType`.
 */

/** The SDK's events for readiness (`TencentCloudChat.EVENT.SDK_READY` / `SDK_NOT_READY`). */
export const SDK_READY_EVENT = 'sdkStateReady';
export const SDK_NOT_READY_EVENT = 'sdkStateNotReady';

/**
 * The SDK's own limit on `checkFollowType`: 20 calls per 5 s, past which it refuses with
 * 2996 before sending anything (its default `cmd_frequency_limit`).
 */
export const SDK_CHECK_CALLS_PER_WINDOW = 20;
export const SDK_CHECK_WINDOW_MS = 5000;

/** The parts of a `TencentCloudChat` instance beyond {@link FollowClient} that the kit uses. */
interface TencentChatLike extends FollowClient {
  isReady(): boolean;
  login(options: unknown): Promise<unknown>;
  on(eventName: string, handler: FollowEventHandler): void;
  off(eventName: string, handler: FollowEventHandler): void;
}

/** Whether `client` is a `TencentCloudChat` instance (it has `login`, `isReady` and events). */
export function isTencentChatClient(client: FollowClient): client is TencentChatLike {
  const sdk = client as Partial<TencentChatLike>;
  return (
    typeof sdk.isReady === 'function' &&
    typeof sdk.login === 'function' &&
    typeof sdk.on === 'function' &&
    typeof sdk.off === 'function'
  );
}

/** Resolves when the SDK is ready: at once when it is, else at its next SDK_READY. */
export function whenSdkReady(client: TencentChatLike): Promise<void> {
  if (client.isReady()) return Promise.resolve();
  return new Promise((resolve) => {
    const onReady = () => {
      client.off(SDK_READY_EVENT, onReady);
      resolve();
    };
    client.on(SDK_READY_EVENT, onReady);
  });
}

const METHODS = [
  'followUser',
  'unfollowUser',
  'getMyFollowersList',
  'getMyFollowingList',
  'getMutualFollowersList',
  'getUserFollowInfo',
  'checkFollowType',
  'getUserProfile',
] as const;

/**
 * `client` with every follow method (and `getUserProfile`) held until the SDK is ready, so that a provider mounted
 * before login (or during a re-login) waits instead of failing with 2024 / 2999. Any other
 * client is returned as it is.
 */
export function waitingForSdkReady(client: FollowClient): FollowClient {
  if (!isTencentChatClient(client)) return client;
  const gated: FollowClient = {
    on: client.on.bind(client),
    off: client.off.bind(client),
  } as FollowClient;
  for (const method of METHODS) {
    const own = client[method];
    if (typeof own !== 'function') continue;
    const call = own.bind(client) as (...args: unknown[]) => Promise<never>;
    (gated as unknown as Record<string, unknown>)[method] = async (...args: unknown[]) => {
      await whenSdkReady(client);
      return call(...args);
    };
  }
  return gated;
}
