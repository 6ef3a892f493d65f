export { followCountsOptions } from './countsOptions';
export {
  type FollowContextValue,
  FollowKitProvider,
  type FollowKitProviderProps,
  useFollowKit,
} from './FollowKitProvider';
export { createFollowKit, type FollowKit, type ViewerProfile } from './followKit';
export { followKeys } from './keys';
export {
  type KnownFollowersData,
  knownFollowersOptions,
  unsupportedKnownFollowersError,
} from './knownFollowers';
export { followListOptions } from './listOptions';
export type { FollowListParams } from './listPages';
export { followTypeOptions } from './options';
export { prefetchFollowerList } from './prefetch';
export {
  PROFILE_STALE_TIME,
  profileBatcherOf,
  unsupportedProfileError,
  userProfileOptions,
} from './profileOptions';
export {
  followRetryDelay,
  followRetryOptions,
  followRetryOptionsFor,
  MAX_READ_RETRIES,
  retryRetryableFollowErrors,
} from './retryPolicy';
export { FOLLOW_STALE_TIME, LIST_STALE_TIME } from './staleTimes';
export { useFollowCounts } from './useFollowCounts';
export { type FollowersState, type UseFollowersOptions, useFollowers } from './useFollowers';
export { type FollowTarget, useFollowUser, useUnfollowUser } from './useFollowMutations';
export { type FollowTypeState, useFollowType } from './useFollowType';
export {
  type KnownFollowersState,
  type UseKnownFollowersOptions,
  useKnownFollowers,
} from './useKnownFollowers';
export { useUserProfile } from './useUserProfile';
