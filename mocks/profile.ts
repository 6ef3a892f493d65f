import {
  PROFILE_TAG_FIELDS,
  type RestFollowGetItem,
  type RestProfileItem,
} from '../src/client/protocol';

/** A user of the mock server and the profile fields its follow lists carry. */
export interface MockUser {
  userID: string;
  nick?: string;
  /** Avatar URL (`Tag_Profile_IM_Image`). */
  avatar?: string;
  selfSignature?: string;
  /** As Tencent sends it, e.g. `'Gender_Type_Female'`. */
  gender?: string;
  location?: string;
  /** As Tencent sends it, e.g. `'AllowType_Type_AllowAny'`. */
  allowType?: string;
  level?: number;
  role?: number;
  /** Custom profile fields; a key `Hobby` becomes the tag `Tag_Profile_Custom_Hobby`. */
  custom?: Record<string, string>;
}

const CUSTOM_TAG_PREFIX = 'Tag_Profile_Custom_';

/** The profile tags a mock user can have: the client's table, for the fields `MockUser` holds. */
const MOCK_USER_FIELDS = [
  'nick',
  'avatar',
  'selfSignature',
  'gender',
  'location',
  'allowType',
  'level',
  'role',
] as const satisfies ReadonlyArray<keyof MockUser>;

const STANDARD_TAGS = Object.entries(PROFILE_TAG_FIELDS).filter(
  (entry): entry is [string, (typeof MOCK_USER_FIELDS)[number]] =>
    (MOCK_USER_FIELDS as readonly string[]).includes(entry[1]),
);

/** The user's `ProfileItem` list as follow_get sends it: only the tags the user has. */
export function toProfileItems(user: MockUser): RestProfileItem[] {
  const items: RestProfileItem[] = [];
  for (const [tag, field] of STANDARD_TAGS) {
    const value = user[field];
    if (value !== undefined) items.push({ Tag: tag, Value: value });
  }
  for (const [key, value] of Object.entries(user.custom ?? {})) {
    const tag = key.startsWith(CUSTOM_TAG_PREFIX) ? key : CUSTOM_TAG_PREFIX + key;
    items.push({ Tag: tag, Value: value });
  }
  return items;
}

/** The user as a follow_get row, the shape every follow list and event is built from. */
export function toRestFollowItem(
  user: MockUser,
  followTime: number,
  profileSequence: number,
): RestFollowGetItem {
  return {
    To_Account: user.userID,
    FollowTime: followTime,
    ProfileItem: toProfileItems(user),
    profile_sequence: profileSequence,
  };
}
