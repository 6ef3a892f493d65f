/** The transport layer: the FollowClient contract, the REST client, errors and ID checks. */
export { chunk } from './chunk';
export {
  createRestFollowClient,
  type RestFollowClient,
  type RestFollowClientOptions,
  type RestQueryParams,
} from './createRestFollowClient';
export {
  FollowError,
  FollowErrorCode,
  type FollowErrorCodeValue,
  type FollowErrorOptions,
  RETRYABLE_FOLLOW_ERROR_CODES,
  toFollowError,
} from './errors';
export { flattenProfileItems } from './flattenProfile';
export {
  FOLLOW_LIMITS,
  type FollowCommand,
  PROFILE_TAG_FIELDS,
  REST_FOLLOW_TYPE,
} from './protocol';
export {
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
  type FollowResponse,
  FollowType,
  type FollowTypeResult,
  type FollowUserProfile,
  type UserFollowListOptions,
} from './types';
export { isValidUserID, validateUserID, validateUserIDList } from './validateUserIDs';
