import type { FollowMessages } from '../components/i18n/messages';

/**
 * Korean, an opt-in catalog (`react-follow-kit/locales/ko`); English is built in.
 *
 * @example <FollowProvider catalogs={{ ko }} locale="ko" client={client} userID="me">
 */
export const ko: FollowMessages = {
  follow: '팔로우',
  followBack: '맞팔로우',
  following: '팔로잉',
  mutual: '서로 팔로우',
  buttonName: '{action} {name}',
  loading: '불러오는 중…',
  retry: '다시 시도',
  retryStatusName: '{name} 팔로우 상태 다시 시도',
  followFailed: '{name} 님을 팔로우하지 못했습니다. 다시 시도해 주세요.',
  unfollowFailed: '{name} 님의 팔로우를 취소하지 못했습니다. 다시 시도해 주세요.',
  followLimitReached:
    '최대 {count}개 계정까지 팔로우할 수 있습니다. {name} 님을 팔로우하려면 다른 계정의 팔로우를 취소해 주세요.',
  followAccountMissing: '{name} 님을 팔로우할 수 없습니다. 존재하지 않는 계정입니다.',
  confirmUnfollowTitle: '{name} 님을 언팔로우할까요?',
  confirmUnfollow: '언팔로우',
  cancel: '취소',

  followersCount: '팔로워 {count}명',
  followingCount: '팔로잉 {count}명',
  mutualCount: '맞팔로우 {count}명',
  countsLabel: '팔로우 현황',
  countsLoading: '팔로우 현황을 불러오는 중…',
  countsFailed: '팔로우 현황을 불러오지 못했습니다.',

  followersTitle: '팔로워',
  followingTitle: '팔로잉',
  mutualTitle: '맞팔로우',
  panelLabel: '팔로워 및 팔로잉',
  listLoading: '불러오는 중…',
  emptyFollowers: '아직 팔로워가 없습니다.',
  emptyFollowing: '아직 팔로우하는 사람이 없습니다.',
  emptyMutual: '아직 맞팔로우한 사람이 없습니다.',
  emptyFollowersHelp: '이 계정을 팔로우하는 사람이 여기에 표시됩니다.',
  emptyFollowingHelp: '이 계정이 팔로우하는 사람이 여기에 표시됩니다.',
  emptyMutualHelp: '이 계정과 서로 팔로우하는 사람이 여기에 표시됩니다.',
  followsYou: '나를 팔로우함',
  yourFollowersTitle: '내 팔로워',
  listFailed: '목록을 불러오지 못했습니다.',
  loadMore: '더 보기',
  loadingMore: '더 불러오는 중…',

  knownFollowersSummary: '팔로워: {names}',
  knownFollowersOthers: '내가 팔로우하는 다른 {count}명',
  knownFollowersSeeAll: '모두 보기',
  knownFollowersSeeAllName: '모두 보기: {name} 님을 팔로우하는 내 팔로잉 {count}명',
  knownFollowersListLabel: '{name} 님을 팔로우하는 내 팔로잉',
  profileLoading: '프로필을 불러오는 중…',
  profileFailed: '프로필을 불러오지 못했습니다.',
  profileUnknown: '존재하지 않는 계정입니다.',
  userHandle: '@{name}',
};
