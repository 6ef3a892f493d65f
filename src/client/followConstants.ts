/**
 * The relationship bits, limits and event names the kit's own code reads, one constant each:
 * bundlers inline them, so a page carries only the numbers it uses, not the public
 * {@link FollowType}, {@link FOLLOW_LIMITS} and {@link FollowEvent} objects built from them.
 * What each means is documented on those objects.
 */
export const NO_RELATIONSHIP = 0;
export const FOLLOWER = 1;
export const FOLLOWING = 2;
export const MUTUAL = 3;

export const CHANGE_BATCH = 20;
export const INFO_BATCH = 20;
export const CHECK_BATCH = 100;
export const PROFILE_BATCH = 100;
export const DEFAULT_PAGE_SIZE = 100;
export const MAX_PAGE_SIZE = 1000;
export const MAX_FOLLOWING = 5000;
export const CALLS_PER_SECOND = 200;
export const MAX_USER_ID_BYTES = 32;

export const MY_FOLLOWERS_LIST_UPDATED = 'onMyFollowersListUpdated';
export const MY_FOLLOWING_LIST_UPDATED = 'onMyFollowingListUpdated';
export const MUTUAL_FOLLOWERS_LIST_UPDATED = 'onMutualFollowersListUpdated';
