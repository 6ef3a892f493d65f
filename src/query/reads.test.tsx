import { act, screen, waitFor } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { createFollowDb, createFollowHandlers } from '../../mocks/index';
import {
  countFollowCalls,
  renderFollowHook,
  renderWithFollowKit,
  TEST_BASE_URL,
} from '../../test/harness';
import { server } from '../../test/server';
import { FollowErrorCode } from '../client/errors';
import { type FollowClient, type FollowListType, FollowType } from '../client/types';
import { createRestFollowClient } from '../rest';
import { useFollowCounts } from './useFollowCounts';
import { useFollowers } from './useFollowers';
import { useFollowType } from './useFollowType';

const ids = (n: number, prefix = 'u') => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

function TypeLabel({ userID }: { userID: string }) {
  const { followType, isLoading } = useFollowType(userID);
  return <li>{isLoading ? `${userID}:loading` : `${userID}:${followType}`}</li>;
}

function MyRows({ type }: { type: FollowListType }) {
  const list = useFollowers({ type });
  return (
    <ul>
      {list.rows.map((row) => (
        <TypeLabel key={row.userID} userID={row.userID} />
      ))}
    </ul>
  );
}

function Counts({ userID }: { userID: string }) {
  const { data } = useFollowCounts(userID);
  return <li>{data ? `${userID}=${data.followersCount}/${data.followingCount}` : `${userID}…`}</li>;
}

describe('useFollowType', () => {
  it('asks 250 distinct IDs in one tick with exactly 3 checkFollowType calls', async () => {
    const users = ids(250);
    const db = createFollowDb({
      users: [{ userID: 'me' }],
      follows: [
        ['me', 'u7'],
        ['u8', 'me'],
      ],
    });
    for (const userID of users) db.addUser({ userID });
    const calls = countFollowCalls();
    renderWithFollowKit(
      <ul>
        {users.map((id) => (
          <TypeLabel key={id} userID={id} />
        ))}
      </ul>,
      { db },
    );
    expect(await screen.findByText('u249:0')).toBeInTheDocument();
    expect(screen.getByText('u7:2')).toBeInTheDocument();
    expect(screen.getByText('u8:1')).toBeInTheDocument();
    expect(calls.of('follow_check')).toBe(3);
    calls.stop();
  });

  it('asks 500 readers of 50 distinct users with one call, and not again while fresh', async () => {
    const users = ids(50);
    const db = createFollowDb({
      users: [{ userID: 'me' }, ...users.map((userID) => ({ userID }))],
    });
    const readers = Array.from({ length: 500 }, (_, i) => users[i % 50] as string);
    const calls = countFollowCalls();
    const { rerender } = renderWithFollowKit(
      <ul>
        {readers.map((id, i) => (
          <TypeLabel key={`${id}-${Math.floor(i / 50)}`} userID={id} />
        ))}
      </ul>,
      { db },
    );
    await waitFor(() => expect(screen.getAllByText(/:0$/)).toHaveLength(500));
    expect(calls.of('follow_check')).toBe(1);
    // New readers of fresh data still subscribe after mounting: let that settle inside act.
    await act(async () =>
      rerender(
        <ul>
          {users.map((id) => (
            <TypeLabel key={`again-${id}`} userID={id} />
          ))}
        </ul>,
      ),
    );
    expect(await screen.findByText('u49:0')).toBeInTheDocument();
    expect(calls.of('follow_check')).toBe(1);
    calls.stop();
  });

  it('gives booleans for each relationship and nothing for my own ID', async () => {
    const db = createFollowDb({
      follows: [
        ['me', 'a'],
        ['b', 'me'],
        ['me', 'c'],
        ['c', 'me'],
      ],
      users: [{ userID: 'me' }, { userID: 'd' }],
    });
    const { result } = renderFollowHook(
      () => ({
        a: useFollowType('a'),
        b: useFollowType('b'),
        c: useFollowType('c'),
        d: useFollowType('d'),
        me: useFollowType('me'),
      }),
      { db },
    );
    await waitFor(() => expect(result.current.d.followType).toBe(FollowType.None));
    expect(result.current.a).toMatchObject({
      isFollowing: true,
      isFollower: false,
      isMutual: false,
    });
    expect(result.current.b).toMatchObject({
      isFollowing: false,
      isFollower: true,
      isMutual: false,
    });
    expect(result.current.c).toMatchObject({ isFollowing: true, isFollower: true, isMutual: true });
    expect(result.current.me).toMatchObject({
      isSelf: true,
      followType: undefined,
      isLoading: false,
    });
  });

  it('reports an invalid user ID as a FollowError without asking the server', async () => {
    const calls = countFollowCalls();
    const { result } = renderFollowHook(() => useFollowType(' bad id'));
    await waitFor(() => expect(result.current.error).not.toBeNull());
    expect(result.current.error).toMatchObject({ code: FollowErrorCode.InvalidUserID });
    expect(calls.of('follow_check')).toBe(0);
    calls.stop();
  });

  it('asks one check call for the rows of my following list: it cannot tell who follows back', async () => {
    const db = createFollowDb({
      follows: [
        ['me', 'a'],
        ['me', 'b'],
        ['b', 'me'],
        ['c', 'me'],
        ['me', 'c'],
      ],
    });
    const calls = countFollowCalls();
    renderWithFollowKit(<MyRows type="following" />, { db });
    expect(await screen.findByText('a:2')).toBeInTheDocument();
    expect(screen.getByText('b:3')).toBeInTheDocument();
    expect(screen.getByText('c:3')).toBeInTheDocument();
    expect(calls.of('follow_check')).toBe(1);
    calls.stop();
  });

  it('costs no check call for the rows of my mutual list', async () => {
    const db = createFollowDb({
      follows: [
        ['me', 'b'],
        ['b', 'me'],
      ],
    });
    const calls = countFollowCalls();
    renderWithFollowKit(<MyRows type="mutual" />, { db });
    expect(await screen.findByText('b:3')).toBeInTheDocument();
    expect(calls.of('follow_check')).toBe(0);
    calls.stop();
  });

  it('makes a fresh "follows me" Mutual when my following list shows them, with no check', async () => {
    const db = createFollowDb({ follows: [['b', 'me']] });
    const calls = countFollowCalls();
    const { rerender } = renderWithFollowKit(<TypeLabel userID="b" />, { db });
    expect(await screen.findByText('b:1')).toBeInTheDocument();
    // I follow b back elsewhere (another device): my following list now holds b.
    db.follow('me', 'b');
    await act(async () => rerender(<MyRows type="following" />));
    expect(await screen.findByText('b:3')).toBeInTheDocument();
    expect(calls.of('follow_check')).toBe(1);
    calls.stop();
  });
});

describe('useFollowCounts', () => {
  it('batches 45 users into 3 calls and matches counts to IDs by position', async () => {
    const users = ids(45);
    const db = createFollowDb({
      users: [{ userID: 'me' }, ...users.map((userID) => ({ userID }))],
    });
    for (let i = 0; i < 45; i++)
      for (let j = 0; j < i % 5; j++) db.follow(users[j] as string, users[i] as string);
    const calls = countFollowCalls();
    renderWithFollowKit(
      <ul>
        {users.map((id) => (
          <Counts key={id} userID={id} />
        ))}
      </ul>,
      { db },
    );
    expect(await screen.findByText('u44=4/0')).toBeInTheDocument();
    for (const [i, id] of users.entries()) {
      const c = db.counts(id);
      expect(screen.getByText(`${id}=${c.followers}/${c.following}`)).toBeInTheDocument();
      expect(c.followers).toBe(i % 5);
    }
    expect(calls.of('follow_get_info')).toBe(3);
    calls.stop();
  });

  it("defaults to the signed-in user's counts", async () => {
    const db = createFollowDb({
      follows: [
        ['me', 'a'],
        ['a', 'me'],
        ['b', 'me'],
      ],
    });
    const { result } = renderFollowHook(() => useFollowCounts(), { db });
    await waitFor(() => expect(result.current.data).toBeDefined());
    expect(result.current.data).toEqual({
      followersCount: 2,
      followingCount: 1,
      mutualFollowersCount: 1,
    });
  });

  it('turns a wrong number of entries into a MalformedResponse error', async () => {
    const { result } = renderFollowHook(() => useFollowCounts('x'), {
      db: createFollowDb({ users: [{ userID: 'me' }, { userID: 'x' }] }),
      handlers: [
        http.post('*/v4/follow/follow_get_info', () =>
          HttpResponse.json({
            ActionStatus: 'OK',
            ErrorCode: 0,
            ErrorInfo: '',
            ErrorDisplay: '',
            FollowInfo: [],
          }),
        ),
      ],
    });
    await waitFor(() => expect(result.current.error).not.toBeNull());
    expect(result.current.error).toMatchObject({ code: FollowErrorCode.MalformedResponse });
  });
});

describe('useFollowers', () => {
  const fans = (n: number) =>
    createFollowDb({
      users: [{ userID: 'me' }],
      follows: ids(n, 'fan').map((id) => [id, 'me'] as [string, string]),
    });

  it('pages my followers newest first until the last page', async () => {
    const { result } = renderFollowHook(() => useFollowers({ type: 'followers' }), {
      db: fans(250),
      pageSize: 100,
    });
    await waitFor(() => expect(result.current.rows).toHaveLength(100));
    expect(result.current.rows[0]?.userID).toBe('fan249');
    expect(result.current.hasNextPage).toBe(true);
    await result.current.fetchNextPage();
    await result.current.fetchNextPage();
    await waitFor(() => expect(result.current.rows).toHaveLength(250));
    expect(result.current.hasNextPage).toBe(false);
    expect(new Set(result.current.rows.map((row) => row.userID)).size).toBe(250);
  });

  it("reads another user's list with a page size through the listing extension", async () => {
    const db = createFollowDb({
      users: [{ userID: 'me' }],
      follows: [
        ['a', 'star'],
        ['b', 'star'],
        ['c', 'star'],
        ['star', 'a'],
      ],
    });
    const { result } = renderFollowHook(
      () => useFollowers({ type: 'followers', userID: 'star', pageSize: 2 }),
      {
        db,
      },
    );
    await waitFor(() => expect(result.current.rows.map((r) => r.userID)).toEqual(['c', 'b']));
    await result.current.fetchNextPage();
    await waitFor(() => expect(result.current.rows.map((r) => r.userID)).toEqual(['c', 'b', 'a']));
  });

  it("fails clearly for another user's list when the client is a plain SDK-shaped one", async () => {
    const db = createFollowDb({ follows: [['a', 'star']], users: [{ userID: 'me' }] });
    server.use(...createFollowHandlers(db));
    const {
      getUserFollowList: _omitted,
      on: _on,
      off: _off,
      ...sdkLike
    } = createRestFollowClient({
      baseUrl: TEST_BASE_URL,
      userID: 'me',
    });
    const { result } = renderFollowHook(() => useFollowers({ type: 'followers', userID: 'star' }), {
      db,
      client: sdkLike as FollowClient,
    });
    await waitFor(() => expect(result.current.error).not.toBeNull());
    expect(result.current.error).toMatchObject({ code: FollowErrorCode.Unsupported });
    expect(result.current.error?.message).toMatch(/getUserFollowList/);
  });

  it('de-duplicates rows across pages and stops when a cursor repeats', async () => {
    let calls = 0;
    const repeatingCursor = [
      http.post('*/v4/follow/follow_get', () => {
        calls += 1;
        const row = (id: string) => ({
          To_Account: id,
          FollowTime: 1,
          ProfileItem: [],
          profile_sequence: 1,
        });
        return HttpResponse.json({
          ActionStatus: 'OK',
          ErrorCode: 0,
          ErrorInfo: '',
          ErrorDisplay: '',
          FollowItem: calls === 1 ? [row('a'), row('b')] : [row('b'), row('c')],
          NextCursor: 'same-cursor',
        });
      }),
    ];
    const { result } = renderFollowHook(() => useFollowers({ type: 'followers' }), {
      handlers: repeatingCursor,
    });
    await waitFor(() => expect(result.current.rows).toHaveLength(2));
    await result.current.fetchNextPage();
    await waitFor(() => expect(result.current.rows.map((r) => r.userID)).toEqual(['a', 'b', 'c']));
    expect(result.current.hasNextPage).toBe(false);
    expect(calls).toBe(2);
  });

  it('keeps the same rows array between renders when nothing changed', async () => {
    const { result, rerender } = renderFollowHook(() => useFollowers({ type: 'followers' }), {
      db: fans(5),
    });
    await waitFor(() => expect(result.current.rows).toHaveLength(5));
    const before = result.current.rows;
    rerender();
    expect(result.current.rows).toBe(before);
  });
});
