import fc from 'fast-check';
import type { MockUser } from '../../mocks';
import {
  BASE_URL,
  recordRequests,
  rejectionOf,
  setupRestClient,
} from '../../test/client/restClientHarness';
import { server } from '../../test/server';
import { createRestFollowClient } from './createRestFollowClient';
import { FollowError, FollowErrorCode } from './errors';
import { FollowEvent, type FollowEventMessage, FollowType } from './types';
import { isValidUserID } from './validateUserIDs';

const alice: MockUser = {
  userID: 'alice',
  nick: 'Alice',
  avatar: 'https://img.example.test/alice.png',
  selfSignature: 'Hello',
  gender: 'Gender_Type_Female',
  level: 7,
  custom: { Hobby: 'chess' },
};
const bob: MockUser = { userID: 'bob', nick: 'Bob' };
const carol: MockUser = { userID: 'carol' };

/** 1,700,000,000 s, then one second later per call, so every follow has its own time. */
function tickingClock() {
  let ms = 1_700_000_000_000;
  return () => {
    ms += 1000;
    return ms;
  };
}

const ids = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) => `${prefix}${String(i).padStart(3, '0')}`);

describe('createRestFollowClient: requests and SDK shapes', () => {
  it('followUser sends follow_add as the protocol has it and answers per user', async () => {
    const { db, client } = setupRestClient({ db: { users: [alice, bob] } });
    const requests = recordRequests();

    await expect(client.followUser(['alice', 'bob'])).resolves.toEqual({
      code: 0,
      data: [
        { userID: 'alice', resultCode: 0, resultInfo: '' },
        { userID: 'bob', resultCode: 0, resultInfo: '' },
      ],
    });
    expect(db.followType('me', 'alice')).toBe(FollowType.Following);

    const [request] = await requests.sent();
    expect(request?.url.origin + (request?.url.pathname ?? '')).toBe(
      `${BASE_URL}/v4/follow/follow_add`,
    );
    expect(request?.body).toEqual({
      From_Account: 'me',
      FollowItem: [{ To_Account: 'alice' }, { To_Account: 'bob' }],
    });
    expect(request?.url.searchParams.get('contenttype')).toBe('json');
    const random = Number(request?.url.searchParams.get('random'));
    expect(Number.isInteger(random) && random >= 0 && random < 2 ** 32).toBe(true);
    expect(request?.headers.get('content-type')).toBe('application/json');
  });

  it('unfollowUser sends follow_delete with a To_Account list', async () => {
    const { db, client } = setupRestClient({ db: { users: [alice], follows: [['me', 'alice']] } });
    const requests = recordRequests();

    await expect(client.unfollowUser(['alice'])).resolves.toEqual({
      code: 0,
      data: [{ userID: 'alice', resultCode: 0, resultInfo: '' }],
    });
    expect(db.followType('me', 'alice')).toBe(FollowType.None);
    expect((await requests.sent())[0]?.body).toEqual({ From_Account: 'me', To_Account: ['alice'] });
  });

  it('returns per-user failures as results, not rejections, like the SDK', async () => {
    const { client } = setupRestClient({ db: { users: [alice] } });
    const { data } = await client.followUser(['alice', 'me', 'nobody']);
    expect(data.map(({ userID, resultCode }) => [userID, resultCode])).toEqual([
      ['alice', 0],
      ['me', FollowErrorCode.CannotFollowSelf],
      ['nobody', FollowErrorCode.AccountNotFound],
    ]);
    expect(data[2]?.resultInfo).not.toBe('');
  });

  it('drops duplicate IDs before sending', async () => {
    const { client } = setupRestClient({ db: { users: [alice, bob] } });
    const requests = recordRequests();
    const { data } = await client.followUser(['alice', 'bob', 'alice']);
    expect(data.map((result) => result.userID)).toEqual(['alice', 'bob']);
    expect((await requests.sent())[0]?.body.FollowItem).toHaveLength(2);
  });

  it('lists my followers, following and mutuals with profiles flattened and follow times kept', async () => {
    const { db, client } = setupRestClient({
      db: {
        users: [alice, bob, carol],
        follows: [
          ['alice', 'me'],
          ['me', 'alice'],
          ['bob', 'me'],
          ['me', 'carol'],
        ],
        now: tickingClock(),
      },
    });
    const requests = recordRequests();

    const followers = await client.getMyFollowersList();
    expect(followers.code).toBe(0);
    expect(followers.data.nextCursor).toBe('');
    const times = new Map(
      db.page('me', 'followers', '', 10).items.map((i) => [i.userID, i.followTime]),
    );
    expect(followers.data.resultList).toEqual([
      { userID: 'bob', followTime: times.get('bob'), nick: 'Bob' },
      {
        userID: 'alice',
        followTime: times.get('alice'),
        nick: 'Alice',
        avatar: 'https://img.example.test/alice.png',
        selfSignature: 'Hello',
        gender: 'Gender_Type_Female',
        level: 7,
        Tag_Profile_Custom_Hobby: 'chess',
      },
    ]);
    expect(typeof times.get('bob')).toBe('number');

    const following = await client.getMyFollowingList('');
    expect(following.data.resultList.map((row) => row.userID)).toEqual(['carol', 'alice']);
    const mutual = await client.getMutualFollowersList();
    expect(mutual.data.resultList.map((row) => row.userID)).toEqual(['alice']);

    expect((await requests.sent()).map((r) => r.body)).toEqual([
      { From_Account: 'me', FollowType: 1, StartCursor: '', WantNum: 100 },
      { From_Account: 'me', FollowType: 2, StartCursor: '', WantNum: 100 },
      { From_Account: 'me', FollowType: 3, StartCursor: '', WantNum: 100 },
    ]);
  });

  it('pages with the pageSize option and the cursor the server gives', async () => {
    const fans = ids('fan', 5);
    const { client } = setupRestClient({
      db: { follows: fans.map((fan) => [fan, 'me'] as [string, string]) },
      client: { pageSize: 2 },
    });
    const requests = recordRequests();
    const seen: string[] = [];
    let cursor = '';
    let pages = 0;
    do {
      const { data } = await client.getMyFollowersList(cursor);
      seen.push(...data.resultList.map((row) => row.userID));
      cursor = data.nextCursor;
      pages++;
    } while (cursor !== '' && pages < 10);
    expect(pages).toBe(3);
    expect(seen).toEqual([...fans].reverse());
    const sent = await requests.sent();
    expect(sent.map((r) => r.body.WantNum)).toEqual([2, 2, 2]);
    expect(sent[1]?.body.StartCursor).not.toBe('');
  });

  it('getUserFollowInfo answers in the order asked, duplicates included; omitted means me', async () => {
    const { client } = setupRestClient({
      db: {
        users: [alice, bob],
        follows: [
          ['alice', 'me'],
          ['me', 'alice'],
          ['bob', 'alice'],
          ['me', 'bob'],
        ],
      },
    });
    const requests = recordRequests();

    await expect(client.getUserFollowInfo(['bob', 'alice', 'bob'])).resolves.toEqual({
      code: 0,
      data: [
        { followersCount: 1, followingCount: 1, mutualFollowersCount: 0 },
        { followersCount: 2, followingCount: 1, mutualFollowersCount: 1 },
        { followersCount: 1, followingCount: 1, mutualFollowersCount: 0 },
      ],
    });
    await expect(client.getUserFollowInfo()).resolves.toEqual({
      code: 0,
      data: [{ followersCount: 1, followingCount: 2, mutualFollowersCount: 1 }],
    });
    expect((await requests.sent()).map((r) => r.body)).toEqual([
      { From_Account: 'me', To_Account: ['bob', 'alice'] },
      { From_Account: 'me', To_Account: ['me'] },
    ]);
  });

  it('checkFollowType reports each relationship', async () => {
    const { client } = setupRestClient({
      db: {
        users: [alice, bob, carol],
        follows: [
          ['alice', 'me'],
          ['me', 'bob'],
          ['carol', 'me'],
          ['me', 'carol'],
        ],
      },
    });
    await expect(client.checkFollowType(['alice', 'bob', 'carol', 'me'])).resolves.toEqual({
      code: 0,
      data: [
        { userID: 'alice', followType: FollowType.Follower },
        { userID: 'bob', followType: FollowType.Following },
        { userID: 'carol', followType: FollowType.Mutual },
        { userID: 'me', followType: FollowType.None },
      ],
    });
  });

  it('checkUserFollowType sends follow_check from the given user and reports from their side', async () => {
    const { client } = setupRestClient({
      db: {
        users: [alice, bob, carol],
        // From alice's side: bob follows her, she follows carol.
        follows: [
          ['bob', 'alice'],
          ['alice', 'carol'],
          ['me', 'bob'],
        ],
      },
    });
    const requests = recordRequests();
    await expect(
      client.checkUserFollowType({ userID: 'alice', userIDList: ['bob', 'carol', 'me'] }),
    ).resolves.toEqual({
      code: 0,
      data: [
        { userID: 'bob', followType: FollowType.Follower },
        { userID: 'carol', followType: FollowType.Following },
        { userID: 'me', followType: FollowType.None },
      ],
    });
    expect((await requests.sent()).map((r) => r.body)).toEqual([
      { From_Account: 'alice', To_Account: ['bob', 'carol', 'me'] },
    ]);
    const invalid = await rejectionOf(
      client.checkUserFollowType({ userID: '', userIDList: ['bob'] }),
    );
    expect(invalid).toMatchObject({ code: FollowErrorCode.InvalidUserID });
    expect(requests.count()).toBe(1);
  });

  it('any list of valid IDs round-trips through followUser and checkFollowType', async () => {
    const userID = fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 12 })
      .filter((id) => isValidUserID(id) && id !== 'me');
    await fc.assert(
      fc.asyncProperty(fc.array(userID, { minLength: 1, maxLength: 30 }), async (list) => {
        server.resetHandlers();
        const { client } = setupRestClient({ db: { users: list.map((id) => ({ userID: id })) } });
        const unique = [...new Set(list)];
        const followed = await client.followUser(list);
        expect(followed.data).toEqual(
          unique.map((id) => ({ userID: id, resultCode: 0, resultInfo: '' })),
        );
        const checked = await client.checkFollowType(list);
        expect(checked.data).toEqual(
          unique.map((id) => ({ userID: id, followType: FollowType.Following })),
        );
      }),
      { numRuns: 25 },
    );
  });
});

describe('createRestFollowClient: chunking', () => {
  it('follows 45 users in 3 calls of at most 20, merged in order', async () => {
    const targets = ids('u', 45);
    const { db, client } = setupRestClient({
      db: { users: targets.map((id) => ({ userID: id })) },
    });
    const requests = recordRequests();

    const { data } = await client.followUser(targets);
    expect(data.map((result) => result.userID)).toEqual(targets);
    expect(data.every((result) => result.resultCode === 0)).toBe(true);
    const sent = await requests.sent();
    expect(sent.map((r) => r.command)).toEqual(['follow_add', 'follow_add', 'follow_add']);
    expect(sent.map((r) => (r.body.FollowItem as unknown[]).length)).toEqual([20, 20, 5]);
    expect(db.counts('me').following).toBe(45);

    const unfollowed = await client.unfollowUser(targets);
    expect(unfollowed.data.map((result) => result.userID)).toEqual(targets);
    expect(requests.count()).toBe(6);
  });

  it('checks 250 users in 3 calls of at most 100, merged in order', async () => {
    const targets = ids('u', 250);
    const { client } = setupRestClient({
      db: { users: targets.map((id) => ({ userID: id })), follows: [['u007', 'me']] },
    });
    const requests = recordRequests();

    const { data } = await client.checkFollowType(targets);
    expect(data.map((result) => result.userID)).toEqual(targets);
    expect(data.find((result) => result.userID === 'u007')?.followType).toBe(FollowType.Follower);
    const sent = await requests.sent();
    expect(sent.map((r) => (r.body.To_Account as unknown[]).length).sort()).toEqual([100, 100, 50]);
  });

  it('asks for the counts of 45 users in 3 calls, answered in the order asked', async () => {
    const targets = ids('u', 45);
    const { client } = setupRestClient({
      db: { users: targets.map((id) => ({ userID: id })), follows: [['me', 'u044']] },
    });
    const requests = recordRequests();
    const { data } = await client.getUserFollowInfo(targets);
    expect(data).toHaveLength(45);
    expect(data[44]).toEqual({ followersCount: 1, followingCount: 0, mutualFollowersCount: 0 });
    expect(data[0]).toEqual({ followersCount: 0, followingCount: 0, mutualFollowersCount: 0 });
    expect(requests.count()).toBe(3);
  });
});

describe('createRestFollowClient: ID validation', () => {
  it.each([
    ['an empty ID', () => ['alice', '']],
    ['whitespace around an ID', () => [' alice']],
    ['a control character', () => ['al\u0007ice']],
    ['an ID over 32 bytes', () => ['x'.repeat(33)]],
    ['an empty list', () => []],
    ['a non-array', () => 'alice' as unknown as string[]],
  ])('refuses %s with 90001 before any request', async (_, list) => {
    const { client } = setupRestClient({ db: { users: [alice] } });
    const requests = recordRequests();
    for (const call of [
      () => client.followUser(list()),
      () => client.unfollowUser(list()),
      () => client.checkFollowType(list()),
      () => client.getUserFollowInfo(list()),
    ]) {
      const error = await rejectionOf(call());
      expect(error).toBeInstanceOf(FollowError);
      expect((error as FollowError).code).toBe(FollowErrorCode.InvalidUserID);
    }
    expect(requests.count()).toBe(0);
  });

  it('names the bad ID in the message', async () => {
    const { client } = setupRestClient();
    await expect(client.followUser(['alice', 'bo b ', 'carol'])).rejects.toThrow(
      'Invalid user ID "bo b " at index 1: it has leading or trailing whitespace.',
    );
  });

  it('refuses a bad signed-in user or options when the client is made', () => {
    expect(() => createRestFollowClient({ baseUrl: BASE_URL, userID: '' })).toThrow(
      expect.objectContaining({ code: FollowErrorCode.InvalidUserID }),
    );
    for (const pageSize of [0, 1001, 2.5]) {
      expect(() => createRestFollowClient({ baseUrl: BASE_URL, userID: 'me', pageSize })).toThrow(
        RangeError,
      );
    }
    for (const timeoutMs of [0, -1, Number.NaN]) {
      expect(() => createRestFollowClient({ baseUrl: BASE_URL, userID: 'me', timeoutMs })).toThrow(
        RangeError,
      );
    }
  });
});

describe('createRestFollowClient: getUserFollowList', () => {
  const graph = {
    users: [alice, bob, carol],
    follows: [
      ['alice', 'bob'],
      ['alice', 'carol'],
      ['alice', 'me'],
      ['bob', 'alice'],
    ] as Array<[string, string]>,
    now: tickingClock(),
  };

  it("reads another user's lists with a page size", async () => {
    const { client } = setupRestClient({ db: graph });
    const requests = recordRequests();

    const first = await client.getUserFollowList({ userID: 'alice', type: 'following', count: 2 });
    expect(first.data.resultList.map((row) => row.userID)).toEqual(['me', 'carol']);
    expect(first.data.nextCursor).not.toBe('');
    const rest = await client.getUserFollowList({
      userID: 'alice',
      type: 'following',
      nextCursor: first.data.nextCursor,
      count: 2,
    });
    expect(rest.data).toEqual({
      resultList: [expect.objectContaining({ userID: 'bob', nick: 'Bob' })],
      nextCursor: '',
    });
    const fans = await client.getUserFollowList({ userID: 'alice', type: 'followers' });
    expect(fans.data.resultList).toEqual([expect.objectContaining({ userID: 'bob' })]);
    const mutual = await client.getUserFollowList({ userID: 'alice', type: 'mutual' });
    expect(mutual.data.resultList.map((row) => row.userID)).toEqual(['bob']);

    expect((await requests.sent()).map((r) => r.body)).toEqual([
      { From_Account: 'alice', FollowType: 2, StartCursor: '', WantNum: 2 },
      { From_Account: 'alice', FollowType: 2, StartCursor: first.data.nextCursor, WantNum: 2 },
      { From_Account: 'alice', FollowType: 1, StartCursor: '', WantNum: 100 },
      { From_Account: 'alice', FollowType: 3, StartCursor: '', WantNum: 100 },
    ]);
  });

  it('refuses bad arguments with 90010 (or 90001 for the ID) before any request', async () => {
    const { client } = setupRestClient({ db: graph });
    const requests = recordRequests();
    const codeOf = async (promise: Promise<unknown>) =>
      ((await rejectionOf(promise)) as FollowError).code;
    const type = 'following' as const;
    expect(await codeOf(client.getUserFollowList({ userID: ' alice', type }))).toBe(
      FollowErrorCode.InvalidUserID,
    );
    expect(await codeOf(client.getUserFollowList({ userID: 'alice', type: 'fans' as never }))).toBe(
      FollowErrorCode.InvalidArgument,
    );
    expect(await codeOf(client.getUserFollowList({ userID: 'alice', type, count: 1001 }))).toBe(
      FollowErrorCode.InvalidArgument,
    );
    expect(await codeOf(client.getUserFollowList({ userID: 'alice', type, count: 0 }))).toBe(
      FollowErrorCode.InvalidArgument,
    );
    expect(await codeOf(client.getMyFollowersList(7 as never))).toBe(
      FollowErrorCode.InvalidArgument,
    );
    expect(requests.count()).toBe(0);
  });
});

describe('createRestFollowClient: events and options', () => {
  it('has no on/off without an event source', () => {
    const { client } = setupRestClient();
    expect('on' in client).toBe(false);
    expect('off' in client).toBe(false);
  });

  it('delegates on/off to the event source it is given', async () => {
    const { db } = setupRestClient({ db: { users: [alice] } });
    const client = createRestFollowClient({
      baseUrl: BASE_URL,
      userID: 'me',
      events: db.eventsFor('me'),
    });
    const received: FollowEventMessage[] = [];
    const handler = (event: FollowEventMessage) => received.push(event);
    client.on?.(FollowEvent.MyFollowersListUpdated, handler);

    db.follow('alice', 'me');
    expect(received).toEqual([
      {
        name: FollowEvent.MyFollowersListUpdated,
        data: {
          isAdd: true,
          userInfoList: [expect.objectContaining({ userID: 'alice', nick: 'Alice' })],
        },
      },
    ]);

    client.off?.(FollowEvent.MyFollowersListUpdated, handler);
    db.unfollow('alice', 'me');
    expect(received).toHaveLength(1);
  });

  it('adds the query parameters and headers it is given, per request when they are functions', async () => {
    const { client } = setupRestClient({
      db: { users: [alice] },
      client: {
        baseUrl: `${BASE_URL}/proxy/`,
        query: { sdkappid: 1400000000, identifier: 'admin', usersig: 'sig', contenttype: 'json' },
        headers: () => ({ authorization: 'Bearer t0k3n' }),
      },
    });
    const requests = recordRequests();
    await client.checkFollowType(['alice']);
    const [request] = await requests.sent();
    expect(request?.url.pathname).toBe('/proxy/v4/follow/follow_check');
    expect(Object.fromEntries(request?.url.searchParams ?? [])).toEqual({
      random: expect.stringMatching(/^\d+$/),
      contenttype: 'json',
      sdkappid: '1400000000',
      identifier: 'admin',
      usersig: 'sig',
    });
    expect(request?.headers.get('authorization')).toBe('Bearer t0k3n');
  });

  it('uses the fetch it is given', async () => {
    const calls: string[] = [];
    const { client } = setupRestClient({
      db: { users: [alice] },
      client: {
        fetch: (input, init) => {
          calls.push(String(input));
          return fetch(input, init);
        },
      },
    });
    await client.checkFollowType(['alice']);
    expect(calls).toEqual([expect.stringContaining(`${BASE_URL}/v4/follow/follow_check?`)]);
  });
});
