/**
 * The transport layer's contract: the FollowClient shape, errors and ID checks. The REST
 * client and its wire format are exported from `src/rest.ts` (`react-follow-kit/rest`).
 */
export { chunk } from './chunk';
export {
  FollowError,
  FollowErrorCode,
  type FollowErrorCodeValue,
  type FollowErrorOptions,
  RETRYABLE_FOLLOW_ERROR_CODES,
  toFollowError,
} from './errors';
export {
  FOLLOW_LIMITS,
  FOLLOW_LIST_TYPES,
  type FollowClient,
  type FollowCountInfo,
  FollowEvent,
  type FollowEventHandler,
  type FollowEventMessage,
  type FollowEventName,
  type FollowEventSource,
  type FollowListPage,
  type FollowListType,
  type FollowListUpdatedEvent,
  type FollowOperationResult,
  type FollowProfileHint,
  type FollowResponse,
  FollowType,
  type FollowTypeResult,
  type FollowUserProfile,
  type GetUserProfileOptions,
  type ProfileCustomField,
  type UserFollowListOptions,
  type UserFollowTypeOptions,
  type UserProfile,
} from './types';
export { isValidUserID, validateUserID, validateUserIDList } from './validateUserIDs';
