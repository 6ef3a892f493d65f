import type { FollowMessages } from '../components/i18n/messages';

/**
 * Japanese, an opt-in catalog (`react-follow-kit/locales/ja`); English is built in.
 *
 * @example <FollowProvider catalogs={{ ja }} locale="ja" client={client} userID="me">
 */
export const ja: FollowMessages = {
  follow: 'フォロー',
  followBack: 'フォローバック',
  following: 'フォロー中',
  mutual: '相互フォロー',
  buttonName: '{action} {name}',
  loading: '読み込み中…',
  retry: '再試行',
  retryStatusName: '再試行：{name}さんのフォロー状態を読み込む',
  followFailed: '{name}さんをフォローできませんでした。もう一度お試しください。',
  unfollowFailed: '{name}さんのフォローを解除できませんでした。もう一度お試しください。',
  followLimitReached:
    'フォローできるのは{count}アカウントまでです。{name}さんをフォローするには、ほかのアカウントのフォローを解除してください。',
  followAccountMissing: '{name}さんをフォローできません。このアカウントは存在しません。',
  confirmUnfollowTitle: '{name}さんのフォローを解除しますか？',
  confirmUnfollow: 'フォロー解除',
  cancel: 'キャンセル',

  followersCount: '{count} フォロワー',
  followingCount: '{count} フォロー中',
  mutualCount: '{count} 相互フォロー',
  countsLabel: 'フォロー数',
  countsLoading: 'フォロー数を読み込み中…',
  countsFailed: 'フォロー数を読み込めませんでした。',

  followersTitle: 'フォロワー',
  followingTitle: 'フォロー中',
  mutualTitle: '相互フォロー',
  panelLabel: 'フォロワーとフォロー中',
  listLoading: '読み込み中…',
  emptyFollowers: 'まだフォロワーはいません。',
  emptyFollowing: 'まだ誰もフォローしていません。',
  emptyMutual: 'まだ相互フォローはいません。',
  emptyFollowersHelp: 'このアカウントをフォローしている人がここに表示されます。',
  emptyFollowingHelp: 'このアカウントがフォローしている人がここに表示されます。',
  emptyMutualHelp: 'このアカウントと相互フォローの人がここに表示されます。',
  followsYou: 'フォローされています',
  yourFollowersTitle: 'あなたのフォロワー',
  listFailed: 'リストを読み込めませんでした。',
  loadMore: 'さらに表示',
  loadingMore: 'さらに読み込み中…',

  knownFollowersSummary: '{names}がフォローしています',
  knownFollowersOthers: 'あなたがフォローしている他{count}人',
  knownFollowersSeeAll: 'すべて表示',
  knownFollowersSeeAllName:
    'すべて表示：{name}さんをフォローしている、あなたがフォロー中の{count}人',
  knownFollowersListLabel: '{name}さんをフォローしている、あなたがフォロー中のユーザー',
  profileLoading: 'プロフィールを読み込み中…',
  profileFailed: 'プロフィールを読み込めませんでした。',
  profileUnknown: 'このアカウントは存在しません。',
  userHandle: '@{name}',
};
