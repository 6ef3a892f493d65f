/** Locales shipped with the kit. */
export type FollowLocale = 'en' | 'zh-CN' | 'ko' | 'ja';

/**
 * A message that depends on a number: one text per plural category of the locale
 * (`Intl.PluralRules`), `other` required. Selected by the `count` value.
 */
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * Every text the components show. Placeholders in braces (`{name}`, `{count}`, `{action}`) are
 * filled in at render; `{count}` is formatted for the locale. Override any of them through
 * `FollowProvider`'s `messages`.
 */
export interface FollowMessages {
  /** Button text with no relationship. */
  follow: string;
  /** Button text when they follow me. */
  followBack: string;
  /** Button text when I follow them. */
  following: string;
  /** Button text when we follow each other. */
  mutual: string;
  /** Accessible name of the follow button: `{action}` is one of the texts above, or `loading`. */
  buttonName: string;
  /** Button text while the relationship is loading. */
  loading: string;
  /** Button text when the relationship could not be loaded. */
  retry: string;
  /** Accessible name of that retry button. */
  retryStatusName: string;
  /** Shown and announced when a follow failed and was undone. */
  followFailed: string;
  /** Shown and announced when an unfollow failed and was undone. */
  unfollowFailed: string;
  /** A follow refused because I follow as many accounts as one may (`{count}`, 5,000). */
  followLimitReached: string;
  /** A follow refused because the account does not exist. */
  followAccountMissing: string;
  /** Title of the unfollow confirmation. */
  confirmUnfollowTitle: string;
  /** Confirm button of the unfollow confirmation. */
  confirmUnfollow: string;
  /** Cancel button of the unfollow confirmation. */
  cancel: string;

  /** Followers count (plural by `{count}`). */
  followersCount: string | PluralMessage;
  /** Following count (plural by `{count}`). */
  followingCount: string | PluralMessage;
  /** Mutual follows count (plural by `{count}`). */
  mutualCount: string | PluralMessage;
  /** Accessible name of the group of counts. */
  countsLabel: string;
  /** Announced while counts load. */
  countsLoading: string;
  /** Shown when counts could not be loaded. */
  countsFailed: string;

  /** Title of the followers list and tab. */
  followersTitle: string;
  /** Title of the following list and tab. */
  followingTitle: string;
  /** Title of the mutual list and tab. */
  mutualTitle: string;
  /** Accessible name of the tab list of `FollowPanel`. */
  panelLabel: string;
  /** Announced while a list loads. */
  listLoading: string;
  /** Empty followers list. */
  emptyFollowers: string;
  /** Empty following list. */
  emptyFollowing: string;
  /** Empty mutual list. */
  emptyMutual: string;
  /** Line of help under the empty followers list's heading. */
  emptyFollowersHelp: string;
  /** Line of help under the empty following list's heading. */
  emptyFollowingHelp: string;
  /** Line of help under the empty mutual list's heading. */
  emptyMutualHelp: string;
  /** Badge beside a user who follows the signed-in user. */
  followsYou: string;
  /** Title of the signed-in user's own followers list on a page that shows someone else's. */
  yourFollowersTitle: string;
  /** Shown when a list (or its next page) could not be loaded. */
  listFailed: string;
  /** Button that loads the next page of a list. */
  loadMore: string;
  /** Text of that button while the next page loads. */
  loadingMore: string;

  /** `KnownFollowers`' sentence: `{names}` is the locale's list of names (`Intl.ListFormat`). */
  knownFollowersSummary: string;
  /** The last item of that list when not every name is shown (plural by `{count}`). */
  knownFollowersOthers: string | PluralMessage;
  /** Button that shows every known follower. */
  knownFollowersSeeAll: string;
  /** Accessible name of that button: starts with its text (plural by `{count}`). */
  knownFollowersSeeAllName: string | PluralMessage;
  /** Accessible name of the list of every known follower of `{name}`. */
  knownFollowersListLabel: string;

  /** Announced while a profile card loads. */
  profileLoading: string;
  /** Shown when a profile could not be loaded. */
  profileFailed: string;
  /** Shown on the card of a user ID the server does not know. */
  profileUnknown: string;
  /** The user ID under the name on a profile card: `{name}` is the ID. */
  userHandle: string;
}
