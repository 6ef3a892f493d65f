import type { FollowMessages } from './messages';

// English in parts, one per component: each component hands its own part to
// `useFollowMessages`, so an app carries the English of the components it imports only.
// The whole catalog is `en` (en.ts). Parts are joined with a pure `Object.assign`, not spread:
// bundlers keep object spreads even when unused, and so would carry every part.

/** Shared by every component that loads something. */
const STATUS_MESSAGES = {
  loading: 'Loading…',
  retry: 'Retry',
} satisfies Partial<FollowMessages>;

/** `FollowButton` and its unfollow confirmation. */
export const BUTTON_MESSAGES = /* @__PURE__ */ Object.assign({}, STATUS_MESSAGES, {
  follow: 'Follow',
  followBack: 'Follow back',
  following: 'Following',
  mutual: 'Mutual',
  buttonName: '{action} {name}',
  retryStatusName: 'Retry loading follow status of {name}',
  followFailed: "Couldn't follow {name}. Try again.",
  unfollowFailed: "Couldn't unfollow {name}. Try again.",
  followLimitReached: 'You can follow up to {count} accounts. Unfollow someone to follow {name}.',
  followAccountMissing: "Couldn't follow {name}: this account doesn't exist.",
  confirmUnfollowTitle: 'Unfollow {name}?',
  confirmUnfollow: 'Unfollow',
  cancel: 'Cancel',
} satisfies Partial<FollowMessages>);

/** `FollowCounts` (and the panel's tab counts). */
export const COUNTS_MESSAGES = /* @__PURE__ */ Object.assign({}, STATUS_MESSAGES, {
  followersCount: { one: '{count} follower', other: '{count} followers' },
  followingCount: '{count} following',
  mutualCount: '{count} mutual',
  countsLabel: 'Follow counts',
  countsLoading: 'Loading counts…',
  countsFailed: "Couldn't load counts.",
} satisfies Partial<FollowMessages>);

/** The names of the three lists. */
const LIST_TITLE_MESSAGES = {
  followersTitle: 'Followers',
  followingTitle: 'Following',
  mutualTitle: 'Mutual',
} satisfies Partial<FollowMessages>;

/** `FollowerList`: its titles, states and paging. */
export const LIST_MESSAGES = /* @__PURE__ */ Object.assign(
  {},
  STATUS_MESSAGES,
  LIST_TITLE_MESSAGES,
  {
    listLoading: 'Loading…',
    emptyFollowers: 'No followers yet.',
    emptyFollowing: 'Not following anyone yet.',
    emptyMutual: 'No mutual follows yet.',
    emptyFollowersHelp: 'People who follow this account will show up here.',
    emptyFollowingHelp: 'People this account follows will show up here.',
    emptyMutualHelp: 'People who follow this account and are followed back will show up here.',
    listFailed: "Couldn't load this list.",
    loadMore: 'Load more',
    loadingMore: 'Loading more…',
  } satisfies Partial<FollowMessages>,
);

/** `FollowPanel`: its label, the tab titles and their counts. */
export const PANEL_MESSAGES = /* @__PURE__ */ Object.assign(
  {},
  COUNTS_MESSAGES,
  LIST_TITLE_MESSAGES,
  {
    panelLabel: 'Followers and following',
  } satisfies Partial<FollowMessages>,
);

/** `FollowsYouBadge`. */
export const BADGE_MESSAGES = {
  followsYou: 'Follows you',
} satisfies Partial<FollowMessages>;

/** `KnownFollowers`. */
export const KNOWN_FOLLOWERS_MESSAGES = /* @__PURE__ */ Object.assign({}, STATUS_MESSAGES, {
  knownFollowersSummary: 'Followed by {names}',
  knownFollowersOthers: { one: '{count} other you follow', other: '{count} others you follow' },
  knownFollowersSeeAll: 'See all',
  knownFollowersSeeAllName: {
    one: 'See all: the {count} person you follow who follows {name}',
    other: 'See all {count} people you follow who follow {name}',
  },
  knownFollowersListLabel: 'People you follow who follow {name}',
} satisfies Partial<FollowMessages>);

/** `ProfileCard` (and the hover card around it). */
export const PROFILE_MESSAGES = /* @__PURE__ */ Object.assign({}, STATUS_MESSAGES, {
  profileLoading: 'Loading profile…',
  profileFailed: "Couldn't load this profile.",
  profileUnknown: "This account doesn't exist.",
  userHandle: '@{name}',
} satisfies Partial<FollowMessages>);

/** Texts of a whole profile page around the components. */
export const PAGE_MESSAGES = {
  yourFollowersTitle: 'Your followers',
} satisfies Partial<FollowMessages>;
