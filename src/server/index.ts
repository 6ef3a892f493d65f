/**
 * `react-follow-kit/server`: the backend half of the REST path, for Node ≥ 20. No React.
 */
export { createFollowProxy, type FetchHandler, type FollowProxy } from './createFollowProxy';
export { FollowProxyErrorCode } from './errors';
export { type NodeRequestListener, toNodeHandler } from './node';
export type { FollowProxyOptions, FollowReadCommand } from './options';
export type { RateLimit } from './rateLimiter';
export { TENCENT_REGIONS, type TencentRegion } from './regions';
export { createUserSigSource, type UserSigSourceOptions } from './userSig';
