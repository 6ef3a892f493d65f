import { PROFILE_TAG_FIELDS, type RestFollowGetItem, type RestProfileItem } from './protocol';
import type { FollowUserProfile, ProfileCustomField, UserProfile } from './types';

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

const CUSTOM_TAG_PREFIX = 'Tag_Profile_Custom';

/**
 * One account's `ProfileItem` tags as the SDK's `getUserProfile` shapes them (3.6.6's
 * `_getLatestProfileFromResponse`): standard tags become fields, custom tags go to
 * `profileCustomField` as `{ key, value }`, any other tag is dropped.
 */
export function toUserProfile(userID: string, items: readonly RestProfileItem[]): UserProfile {
  const profileCustomField: ProfileCustomField[] = [];
  const fields: Record<string, unknown> = {};
  for (const { Tag, Value } of items) {
    if (Tag.startsWith(CUSTOM_TAG_PREFIX)) profileCustomField.push({ key: Tag, value: Value });
    // Field names come from the fixed table, never from the wire.
    else if (Object.hasOwn(PROFILE_TAG_FIELDS, Tag))
      fields[PROFILE_TAG_FIELDS[Tag] as string] = Value;
  }
  return { ...fields, userID, profileCustomField };
}

/** The profile fields of a list row: what a pushed entry may carry besides raw fields. */
const ROW_FIELDS = new Set([...Object.values(PROFILE_TAG_FIELDS)]);

/**
 * An added entry of a follow event as far as it can be trusted. The SDK (3.6.6) passes the
 * raw push item on with `userID` added: no `followTime`, and profile tags, if any, still as
 * `{ tag, value }` items (`profileItem` / `profileList`). Known profile fields and custom
 * tags are kept; everything else is dropped.
 */
export function flattenPushedEntry(
  entry: Record<string, unknown> & { userID: string },
): Partial<FollowUserProfile> & { userID: string } {
  const tags = [entry.profileItem, entry.profileList, entry.ProfileItem].flatMap((list) =>
    Array.isArray(list) ? list : [],
  ) as Array<Record<string, unknown>>;
  const flattened = flattenProfileItems(
    tags.flatMap((item) => {
      const Tag = item.Tag ?? item.tag;
      return typeof Tag === 'string' ? [{ Tag, Value: item.Value ?? item.value }] : [];
    }) as RestProfileItem[],
  );
  const flat = Object.fromEntries(
    Object.entries(entry).filter(
      ([key, value]) =>
        value !== undefined && (ROW_FIELDS.has(key) || key.startsWith('Tag_Profile_Custom_')),
    ),
  );
  return { ...flattened, ...flat, userID: entry.userID };
}
