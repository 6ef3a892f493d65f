/**
 * The REST wire format of `POST /v4/follow/<command>` (PROTOCOL.md), shared by the REST
 * client and the mock server so both speak exactly the same field names and limits.
 */

/** The five REST commands. */
export type FollowCommand =
  | 'follow_add'
  | 'follow_delete'
  | 'follow_get'
  | 'follow_check'
  | 'follow_get_info';

/**
 * The profile command the kit reads (`POST /v4/profile/portrait_get`): the follow API has no
 * profile look-up of its own.
 */
export type ProfileCommand = 'portrait_get';

/** Every REST command the kit sends. */
export type RestCommand = FollowCommand | ProfileCommand;

/** The path of `command` under `/v4/`: `follow/<command>` or `profile/portrait_get`. */
export function restCommandPath(command: RestCommand): string {
  return command === 'portrait_get' ? `profile/${command}` : `follow/${command}`;
}

/** REST `FollowType` of follow_get and follow_check (same numbers as the SDK's). */
export const REST_FOLLOW_TYPE = { followers: 1, following: 2, mutual: 3 } as const;

/** Fields every response body carries. */
export interface RestBaseResponse {
  ActionStatus: 'OK' | 'FAIL';
  ErrorCode: number;
  ErrorInfo: string;
  ErrorDisplay: string;
}

export interface RestResultItem {
  To_Account: string;
  ResultCode: number;
  ResultInfo: string;
}

export interface RestFollowAddRequest {
  From_Account: string;
  FollowItem: Array<{ To_Account: string }>;
}

export interface RestFollowDeleteRequest {
  From_Account: string;
  To_Account: string[];
}

export interface RestFollowChangeResponse extends RestBaseResponse {
  ResultItem: RestResultItem[];
}

export interface RestFollowGetRequest {
  From_Account: string;
  FollowType: 1 | 2 | 3;
  StartCursor: string;
  WantNum?: number;
}

export interface RestProfileItem {
  Tag: string;
  Value: unknown;
}

export interface RestFollowGetItem {
  To_Account: string;
  /** Unix seconds. */
  FollowTime: number;
  ProfileItem: RestProfileItem[];
  profile_sequence: number;
}

export interface RestFollowGetResponse extends RestBaseResponse {
  FollowItem: RestFollowGetItem[];
  NextCursor: string;
}

export interface RestFollowCheckRequest {
  From_Account: string;
  To_Account: string[];
}

export interface RestFollowCheckResponse extends RestBaseResponse {
  ResultItem: Array<RestResultItem & { FollowType: 0 | 1 | 2 | 3 }>;
}

export interface RestFollowGetInfoRequest {
  From_Account: string;
  To_Account: string[];
}

export interface RestFollowInfoItem extends RestResultItem {
  FollowerCount: number;
  FollowingCount: number;
  MutualFollowingCount: number;
}

export interface RestFollowGetInfoResponse extends RestBaseResponse {
  FollowInfo: RestFollowInfoItem[];
}

/**
 * Profile tags and the SDK field each flattens into: the same table as the SDK's follow
 * module (3.6.6). Any other tag (`Tag_Profile_Custom_*`) keeps its tag name as the field.
 */
export const PROFILE_TAG_FIELDS: Readonly<Record<string, string>> = {
  Tag_Profile_IM_Nick: 'nick',
  Tag_Profile_IM_Image: 'avatar',
  Tag_Profile_IM_SelfSignature: 'selfSignature',
  Tag_Profile_IM_Gender: 'gender',
  Tag_Profile_IM_Location: 'location',
  Tag_Profile_IM_AllowType: 'allowType',
  Tag_Profile_IM_Level: 'level',
  Tag_Profile_IM_Role: 'role',
  Tag_Profile_IM_BirthDay: 'birthday',
  Tag_Profile_IM_Language: 'language',
  Tag_Profile_IM_MsgSettings: 'messageSettings',
  Tag_Profile_IM_AdminForbidType: 'adminForbidType',
};

/** portrait_get's request: ≤ 100 accounts, and the tags to read (standard or custom). */
export interface RestPortraitGetRequest {
  To_Account: string[];
  TagList: string[];
}

/**
 * One account of a portrait_get answer. `ResultCode` 0 means found; an account the app never
 * imported comes back with a non-zero code and is listed in `Fail_Account` too.
 */
export interface RestUserProfileItem extends RestResultItem {
  ProfileItem: RestProfileItem[];
}

export interface RestPortraitGetResponse extends RestBaseResponse {
  UserProfileItem: RestUserProfileItem[];
  /** Accounts that failed; present only when some did. */
  Fail_Account?: string[];
}
