/**
 * react-follow-kit/rest: the REST client for `v4/follow/*` (through the app's backend proxy
 * or the mock) and the wire format it speaks. Apps on a `TencentCloudChat` instance never
 * import it.
 */
export {
  createRestFollowClient,
  type RestFollowClient,
  type RestFollowClientOptions,
  type RestQueryParams,
} from './client/createRestFollowClient';
export { flattenProfileItems, toFollowUserProfile, toUserProfile } from './client/flattenProfile';
export {
  type FollowCommand,
  PROFILE_TAG_FIELDS,
  type ProfileCommand,
  REST_FOLLOW_TYPE,
  type RestBaseResponse,
  type RestCommand,
  type RestFollowAddRequest,
  type RestFollowChangeResponse,
  type RestFollowCheckRequest,
  type RestFollowCheckResponse,
  type RestFollowDeleteRequest,
  type RestFollowGetInfoRequest,
  type RestFollowGetInfoResponse,
  type RestFollowGetItem,
  type RestFollowGetRequest,
  type RestFollowGetResponse,
  type RestFollowInfoItem,
  type RestPortraitGetRequest,
  type RestPortraitGetResponse,
  type RestProfileItem,
  type RestResultItem,
  type RestUserProfileItem,
  restCommandPath,
} from './client/protocol';
export {
  readBaseResponse,
  readFollowChangeResponse,
  readFollowCheckResponse,
  readFollowGetInfoResponse,
  readFollowGetResponse,
  readPortraitGetResponse,
} from './client/restResponseShapes';
