import * as root from '../index';
import {
  Avatar,
  en,
  FollowButton,
  FollowCounts,
  FollowError,
  FollowErrorCode,
  FollowerList,
  FollowPanel,
  FollowProvider,
  FollowsYouBadge,
  FollowType,
  followKeys,
  KnownFollowers,
  knownFollowersOptions,
  useFollowCounts,
  useFollowers,
  useFollowType,
  useFollowUser,
  useKnownFollowers,
  useUnfollowUser,
} from '../index';
import { ja } from '../locales/ja';
import { ko } from '../locales/ko';
import { zhCN } from '../locales/zh-CN';
import * as rest from '../rest';

describe('the package entry', () => {
  it('exposes the contract of DESIGN.md', () => {
    const functions = {
      FollowProvider,
      FollowError,
      useFollowers,
      useFollowType,
      useFollowCounts,
      useFollowUser,
      useUnfollowUser,
      FollowButton,
      FollowerList,
      FollowCounts,
      FollowPanel,
      FollowsYouBadge,
      Avatar,
      KnownFollowers,
      useKnownFollowers,
      knownFollowersOptions,
    };
    for (const [name, value] of Object.entries(functions)) {
      // Components that forward refs are React's forwardRef objects.
      const renderable = typeof value === 'function' || '$$typeof' in Object(value);
      expect(renderable, name).toBe(true);
    }
    expect(followKeys.counts('u2')).toEqual(['follow', 'counts', 'u2']);
    expect(followKeys.knownFollowers('me', 'u2')).toEqual(['follow', 'knownFollowers', 'me', 'u2']);
    expect(FollowType).toEqual({ None: 0, Follower: 1, Following: 2, Mutual: 3 });
    expect(FollowErrorCode.ServerInternal).toBe(30006);
    for (const name of ['zhCN', 'ko', 'ja', 'followCatalogs']) {
      expect(root, `${name} is opt-in`).not.toHaveProperty(name);
    }
    expect([en.follow, zhCN.follow, ko.follow, ja.follow]).toEqual([
      'Follow',
      '关注',
      '팔로우',
      'フォロー',
    ]);
  });

  it('keeps the REST wire format out of the root, in react-follow-kit/rest', () => {
    for (const name of [
      'createRestFollowClient',
      'PROFILE_TAG_FIELDS',
      'REST_FOLLOW_TYPE',
      'flattenProfileItems',
    ]) {
      expect(root, name).not.toHaveProperty(name);
      expect(rest, name).toHaveProperty(name);
    }
    expect(rest.createRestFollowClient).toBeTypeOf('function');
    expect(rest.readFollowGetResponse).toBeTypeOf('function');
  });
});
