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
export { flattenProfileItems, toFollowUserProfile } from './client/flattenProfile';
export {
  type FollowCommand,
  PROFILE_TAG_FIELDS,
  REST_FOLLOW_TYPE,
  type RestBaseResponse,
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
  type RestProfileItem,
  type RestResultItem,
} from './client/protocol';
export {
  readBaseResponse,
  readFollowChangeResponse,
  readFollowCheckResponse,
  readFollowGetInfoResponse,
  readFollowGetResponse,
} from './client/restResponseShapes';
