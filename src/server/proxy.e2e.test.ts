// @vitest-environment node

import { proxyStackPerFile, SECRET_KEY, withRealNetwork } from '../../test/proxy-harness';
import { createRestFollowClient } from '../client/createRestFollowClient';
import { FollowType } from '../client/types';

withRealNetwork();
const holder = proxyStackPerFile();

function client(userID: string, token: string) {
  return createRestFollowClient({
    baseUrl: `${holder.stack.proxyUrl}/api/im`,
    userID,
    headers: { authorization: `Bearer ${token}` },
    timeoutMs: 5000,
  });
}

describe('REST client → createFollowProxy → HTTP mock (strict credentials)', () => {
  test('follow, check, counts, lists and unfollow all work with a real UserSig', async () => {
    const me = client('me', 'token-me');
    const { db } = holder.stack.mock;

    const followed = await me.followUser(['bob', 'alice']);
    expect(followed.data.map((item) => [item.userID, item.resultCode])).toEqual([
      ['bob', 0],
      ['alice', 0],
    ]);
    expect(db.followType('me', 'bob')).toBe(FollowType.Following);

    const types = await me.checkFollowType(['alice', 'bob', 'carol']);
    expect(types.data).toEqual([
      { userID: 'alice', followType: FollowType.Mutual },
      { userID: 'bob', followType: FollowType.Following },
      { userID: 'carol', followType: FollowType.None },
    ]);

    const counts = await me.getUserFollowInfo(['me']);
    expect(counts.data[0]).toMatchObject({
      followersCount: 1,
      followingCount: 2,
      mutualFollowersCount: 1,
    });

    const following = await me.getMyFollowingList();
    expect(following.data.resultList.map((row) => row.userID)).toEqual(['alice', 'bob']);

    // Another user's list, through the listing extension: allowed by default.
    const alicesFollowers = await me.getUserFollowList({ userID: 'alice', type: 'followers' });
    expect(alicesFollowers.data.resultList.map((row) => row.userID)).toEqual(['me', 'carol']);

    // Relationships from alice's side (what known followers ask): a read, allowed by default.
    const fromAlice = await me.checkUserFollowType({
      userID: 'alice',
      userIDList: ['carol', 'bob', 'me'],
    });
    expect(fromAlice.data).toEqual([
      { userID: 'carol', followType: FollowType.Follower },
      { userID: 'bob', followType: FollowType.None },
      { userID: 'me', followType: FollowType.Mutual },
    ]);

    await me.unfollowUser(['bob']);
    expect(db.followType('me', 'bob')).toBe(FollowType.None);
    const after = await me.getMyFollowingList();
    expect(after.data.resultList.map((row) => row.userID)).toEqual(['alice']);
  });

  test('profiles: getUserProfile reads portrait_get through the proxy, for any signed-in user', async () => {
    const me = client('me', 'token-me');
    const { data } = await me.getUserProfile({ userIDList: ['carol', 'ghost', 'alice'] });
    expect(data).toEqual([
      { userID: 'carol', nick: 'carol', profileCustomField: [] },
      { userID: 'alice', nick: 'alice', profileCustomField: [] },
    ]);
  });

  test('a proxy signing with another secret is refused by the mock with 70009', async () => {
    const { startProxyStack } = await import('../../test/proxy-harness');
    const wrong = await startProxyStack(
      { secretKey: 'not-the-mock-secret' },
      { db: holder.stack.mock.db },
    );
    try {
      const me = createRestFollowClient({
        baseUrl: `${wrong.proxyUrl}/api/im`,
        userID: 'me',
        headers: { authorization: 'Bearer token-me' },
      });
      await expect(me.checkFollowType(['alice'])).rejects.toMatchObject({ code: 70009 });
      expect(wrong.mock.followRequests).toBe(1);
      expect(JSON.stringify(wrong.logs)).not.toContain('not-the-mock-secret');
    } finally {
      await wrong.close();
    }
    expect(holder.stack.texts.join('')).not.toContain(SECRET_KEY);
  });
});

describe('proxy.fetchAs: the same proxy for server code, in-process', () => {
  test('a REST client on fetchAs follows as that user, with no session and a relative baseUrl', async () => {
    const { startProxyStack } = await import('../../test/proxy-harness');
    const sessions: string[] = [];
    const stack = await startProxyStack({
      authenticate: (request) => {
        sessions.push(request.url);
        return null;
      },
    });
    try {
      const alice = createRestFollowClient({
        baseUrl: '/api/im',
        userID: 'alice',
        fetch: stack.proxy.fetchAs('alice'),
      });
      await alice.followUser(['dave']);
      expect(stack.mock.db.followType('alice', 'dave')).toBe(FollowType.Following);
      const counts = await alice.getUserFollowInfo(['dave']);
      expect(counts.data[0]?.followersCount).toBe(1);
      // No session was asked for: fetchAs is the session.
      expect(sessions).toEqual([]);

      // Every other rule still holds: a write as someone else is refused, never rewritten.
      const spoof = await stack.proxy.fetchAs('alice')('/api/im/v4/follow/follow_add', {
        method: 'POST',
        body: JSON.stringify({ From_Account: 'me', FollowItem: [{ To_Account: 'dave' }] }),
      });
      expect(spoof.status).toBe(403);
      expect(stack.mock.db.followType('me', 'dave')).toBe(FollowType.None);

      // And over HTTP the proxy still asks the session, which says no one here.
      const overHttp = createRestFollowClient({
        baseUrl: `${stack.proxyUrl}/api/im`,
        userID: 'alice',
      });
      await expect(overHttp.checkFollowType(['dave'])).rejects.toMatchObject({ status: 401 });
      expect(sessions).toHaveLength(1);
    } finally {
      await stack.close();
    }
  });
});
