import type { FollowMessages } from '../components/i18n/messages';

/**
 * Simplified Chinese, an opt-in catalog (`react-follow-kit/locales/zh-CN`); English is built in.
 *
 * @example <FollowProvider catalogs={{ 'zh-CN': zhCN }} locale="zh-CN" client={client} userID="me">
 */
export const zhCN: FollowMessages = {
  follow: '关注',
  followBack: '回关',
  following: '已关注',
  mutual: '互相关注',
  buttonName: '{action} {name}',
  loading: '加载中…',
  retry: '重试',
  retryStatusName: '重试加载 {name} 的关注状态',
  followFailed: '关注 {name} 失败，请重试。',
  unfollowFailed: '取消关注 {name} 失败，请重试。',
  followLimitReached: '最多可关注 {count} 个账号。取消关注其他人后才能关注 {name}。',
  followAccountMissing: '无法关注 {name}：该账号不存在。',
  confirmUnfollowTitle: '确定不再关注 {name}？',
  confirmUnfollow: '取消关注',
  cancel: '取消',

  followersCount: '{count} 粉丝',
  followingCount: '{count} 关注',
  mutualCount: '{count} 互关',
  countsLabel: '关注数据',
  countsLoading: '正在加载关注数据…',
  countsFailed: '关注数据加载失败。',

  followersTitle: '粉丝',
  followingTitle: '关注',
  mutualTitle: '互关',
  panelLabel: '粉丝与关注',
  listLoading: '加载中…',
  emptyFollowers: '还没有粉丝。',
  emptyFollowing: '还没有关注任何人。',
  emptyMutual: '还没有互相关注的人。',
  emptyFollowersHelp: '关注此账号的人会显示在这里。',
  emptyFollowingHelp: '此账号关注的人会显示在这里。',
  emptyMutualHelp: '与此账号互相关注的人会显示在这里。',
  followsYou: '关注了你',
  yourFollowersTitle: '你的粉丝',
  listFailed: '列表加载失败。',
  loadMore: '加载更多',
  loadingMore: '正在加载更多…',

  knownFollowersSummary: '被{names}关注',
  knownFollowersOthers: '其他 {count} 位你关注的人',
  knownFollowersSeeAll: '查看全部',
  knownFollowersSeeAllName: '查看全部：你关注的人中关注{name}的 {count} 位',
  knownFollowersListLabel: '你关注的人中关注{name}的人',
  profileLoading: '正在加载资料…',
  profileFailed: '资料加载失败。',
  profileUnknown: '该账号不存在。',
  userHandle: '@{name}',
};
