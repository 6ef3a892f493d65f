/**
 * The codes the kit's own code raises or reacts to, one constant each: bundlers inline them,
 * so a page that never reads the public {@link FollowErrorCode} table does not carry it.
 * What each means is documented on that table.
 */
export const SDK_NOT_LOGGED_IN = 2024;
export const SDK_NETWORK_ERROR = 2800;
export const SDK_NETWORK_TIMEOUT = 2801;
export const SDK_NO_NETWORK = 2805;
export const SDK_RATE_LIMITED = 2996;
export const SDK_NOT_READY = 2999;
export const SDK_FEATURE_DISABLED = 3122;
export const FEATURE_DISABLED = 30005;
export const SERVER_INTERNAL = 30006;
export const SERVER_TIMEOUT = 30007;
export const ACCOUNT_NOT_FOUND = 30003;
export const FOLLOW_LIMIT_REACHED = 30011;
export const SDK_APP_ID_INVALID = 60006;
export const RATE_LIMITED = 60007;
export const APP_RATE_LIMITED = 60011;
export const TOO_FREQUENT = 60018;
export const TOO_FREQUENT_AGAIN = 60019;
export const SERVER_OVERLOADED = 60022;
export const INVALID_USER_ID = 90001;
export const SELF_FOLLOW = 90002;
export const NETWORK_ERROR = 90003;
export const HTTP_ERROR = 90004;
export const TIMEOUT = 90005;
export const MALFORMED_RESPONSE = 90006;
export const ABORTED = 90007;
export const UNSUPPORTED = 90008;
export const UNKNOWN = 90009;
export const INVALID_ARGUMENT = 90010;
