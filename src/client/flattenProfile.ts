import { PROFILE_TAG_FIELDS, type RestFollowGetItem, type RestProfileItem } from './protocol';
import type { FollowUserProfile } from './types';

/**
 * Flattens REST `ProfileItem` tags into SDK fields as the SDK does: known tags get their field
 * name from {@link PROFILE_TAG_FIELDS} (Nick → `nick`, Image → `avatar`, …), any other tag
 * (`Tag_Profile_Custom_*`) keeps its tag name.
 */
export function flattenProfileItems(items: readonly RestProfileItem[]): Record<string, unknown> {
  // fromEntries defines own properties, so a tag named "__proto__" cannot reach the prototype.
  return Object.fromEntries(
    items.map(({ Tag, Value }) => [
      Object.hasOwn(PROFILE_TAG_FIELDS, Tag) ? PROFILE_TAG_FIELDS[Tag] : Tag,
      Value,
    ]),
  );
}

/** One `follow_get` row as an SDK list row: `{ userID, followTime, nick, avatar, … }`. */
export function toFollowUserProfile(item: RestFollowGetItem): FollowUserProfile {
  // userID and followTime last, so no profile tag can overwrite them.
  return {
    ...flattenProfileItems(item.ProfileItem),
    userID: item.To_Account,
    followTime: item.FollowTime,
  };
}
