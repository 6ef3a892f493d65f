import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Profiler } from 'react';
import { describe, expect, it } from 'vitest';
import { createFollowDb, type FollowDb, scenarios } from '../../mocks/index';
import { countFollowCalls, renderFollowHook, renderWithFollowKit } from '../../test/harness';
import { server } from '../../test/server';
import { FollowErrorCode } from '../client/errors';
import { followKeys } from './keys';
import { useFollowCounts } from './useFollowCounts';
import { useFollowers } from './useFollowers';
import { useFollowUser, useUnfollowUser } from './useFollowMutations';
import { useFollowType } from './useFollowType';

/** Every reader a page might show about "me" and "a", plus buttons to write. */
function Readers({ target = 'a' }: { target?: string }) {
  const type = useFollowType(target);
  const mine = useFollowCounts();
  const theirs = useFollowCounts(target);
  const myFollowing = useFollowers({ type: 'following' });
  const myMutual = useFollowers({ type: 'mutual' });
  const theirFollowers = useFollowers({ type: 'followers', userID: target });
  const follow = useFollowUser();
  const unfollow = useUnfollowUser();
  const c = (n: number | undefined) => (n === undefined ? '?' : String(n));
  return (
    <div>
      <p>type:{c(type.followType)}</p>
      <p>pending:{String(type.isPending)}</p>
      <p>
        mine:{c(mine.data?.followersCount)}/{c(mine.data?.followingCount)}/
        {c(mine.data?.mutualFollowersCount)}
      </p>
      <p>
        theirs:{c(theirs.data?.followersCount)}/{c(theirs.data?.followingCount)}/
        {c(theirs.data?.mutualFollowersCount)}
      </p>
      <p>myFollowing:{myFollowing.rows.map((r) => r.userID).join(',')}</p>
      <p>myMutual:{myMutual.rows.map((r) => r.userID).join(',')}</p>
      <p>theirFollowers:{theirFollowers.rows.map((r) => r.userID).join(',')}</p>
      <p>error:{follow.error?.code ?? unfollow.error?.code ?? ''}</p>
      <button type="button" onClick={() => follow.mutate(target)}>
        follow
      </button>
      <button type="button" onClick={() => unfollow.mutate(target)}>
        unfollow
      </button>
    </div>
  );
}

function TypeLine() {
  const type = useFollowType('a');
  return (
    <>
      <p>type:{type.followType ?? '?'}</p>
      <p>pending:{String(type.isPending)}</p>
    </>
  );
}

function CountsLine({ name, userID }: { name: string; userID?: string }) {
  const { data } = useFollowCounts(userID);
  const counts = data
    ? `${data.followersCount}/${data.followingCount}/${data.mutualFollowersCount}`
    : '?';
  return (
    <p>
      {name}:{counts}
    </p>
  );
}

function ListLine({ name, type }: { name: string; type: 'following' | 'mutual' }) {
  const { rows } = useFollowers({ type });
  return (
    <p>
      {name}:{rows.map((row) => row.userID).join(',')}
    </p>
  );
}

function FollowAction() {
  const follow = useFollowUser();
  return (
    <>
      <p>error:{follow.error?.code ?? ''}</p>
      <button type="button" onClick={() => follow.mutate('a')}>
        follow
      </button>
    </>
  );
}

const text = (prefix: string) =>
  screen.getByText((content) => content.startsWith(prefix)).textContent;

async function renderLoaded(db: FollowDb) {
  const view = renderWithFollowKit(<Readers />, { db });
  await waitFor(() => {
    expect(text('type:')).not.toBe('type:?');
    expect(text('mine:')).not.toContain('?');
    expect(text('theirs:')).not.toContain('?');
  });
  return view;
}

function graph() {
  // a follows me (so following a makes us mutual); I follow b and c.
  return createFollowDb({
    users: [
      { userID: 'me', nick: 'Mia' },
      { userID: 'a', nick: 'Alice' },
    ],
    follows: [
      ['a', 'me'],
      ['me', 'b'],
      ['me', 'c'],
      ['x', 'a'],
    ],
  });
}

describe('useFollowUser / useUnfollowUser', () => {
  it('changes every reader before the server answers, with no list refetch', async () => {
    const db = graph();
    await renderLoaded(db);
    await waitFor(() => expect(text('theirFollowers:')).toBe('theirFollowers:x'));
    expect(text('mine:')).toBe('mine:1/2/0');
    expect(text('theirs:')).toBe('theirs:1/1/0');
    server.use(...scenarios.latency(400, { commands: ['follow_add'] }));
    const calls = countFollowCalls();
    await userEvent.setup().click(screen.getByRole('button', { name: 'follow' }));
    expect(text('type:')).toBe('type:3');
    expect(text('pending:')).toBe('pending:true');
    expect(text('mine:')).toBe('mine:1/3/1');
    expect(text('theirs:')).toBe('theirs:2/1/1');
    expect(text('myFollowing:')).toBe('myFollowing:a,c,b');
    expect(text('myMutual:')).toBe('myMutual:a');
    expect(text('theirFollowers:')).toBe('theirFollowers:me,x');
    expect(db.followType('me', 'a')).toBe(1);
    await waitFor(() => expect(text('pending:')).toBe('pending:false'));
    expect(db.followType('me', 'a')).toBe(3);
    expect(text('mine:')).toBe('mine:1/3/1');
    expect(calls.of('follow_add')).toBe(1);
    expect(calls.of('follow_get')).toBe(0);
    calls.stop();
  });

  it('shows me with my profile in their followers list, and them with theirs in mine', async () => {
    const db = createFollowDb({
      users: [{ userID: 'me' }, { userID: 'a', nick: 'Alice' }],
      follows: [['x', 'a']],
    });
    const { result } = renderFollowHook(
      () => ({
        theirs: useFollowers({ type: 'followers', userID: 'a' }),
        mine: useFollowers({ type: 'following' }),
        type: useFollowType('a'),
        follow: useFollowUser(),
      }),
      { db, profile: { nick: 'Mia Chen' } },
    );
    await waitFor(() => expect(result.current.theirs.rows).toHaveLength(1));
    await waitFor(() =>
      expect(result.current.mine.isSuccess && result.current.type.followType === 0).toBe(true),
    );
    act(() => result.current.follow.mutate({ userID: 'a', profile: { nick: 'Alice' } }));
    await waitFor(() =>
      expect(result.current.theirs.rows[0]).toMatchObject({ userID: 'me', nick: 'Mia Chen' }),
    );
    expect(result.current.mine.rows[0]).toMatchObject({ userID: 'a', nick: 'Alice' });
  });

  it('keeps the optimistic counts when a counts read was in flight at the click', async () => {
    const db = graph();
    const { queryClient } = await renderLoaded(db);
    // The read answers (with the old counts) while the follow is still on its way.
    server.use(
      ...scenarios.latency(200, { commands: ['follow_get_info'] }),
      ...scenarios.latency(600, { commands: ['follow_add'] }),
    );
    act(() => void queryClient.refetchQueries({ queryKey: followKeys.counts('a') }));
    await userEvent.setup().click(screen.getByRole('button', { name: 'follow' }));
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(text('pending:')).toBe('pending:true');
    expect(text('theirs:')).toBe('theirs:2/1/1');
    await waitFor(() => expect(text('pending:')).toBe('pending:false'));
    expect(db.counts('a')).toEqual({ followers: 2, following: 1, mutual: 1 });
    expect(text('theirs:')).toBe('theirs:2/1/1');
  });

  it('sends nothing for a follow and an unfollow given in the same task', async () => {
    const db = graph();
    const { result } = renderFollowHook(
      () => ({ type: useFollowType('a'), follow: useFollowUser(), unfollow: useUnfollowUser() }),
      { db },
    );
    await waitFor(() => expect(result.current.type.followType).toBe(1));
    const calls = countFollowCalls();
    await act(async () => {
      await Promise.all([
        result.current.follow.mutateAsync('a'),
        result.current.unfollow.mutateAsync('a'),
      ]);
    });
    expect(result.current.type).toMatchObject({ followType: 1, isPending: false });
    expect(calls.of('follow_add') + calls.of('follow_delete')).toBe(0);
    calls.stop();
  });

  it('rolls every reader back and reports the server error when the follow fails', async () => {
    const db = graph();
    await renderLoaded(db);
    await waitFor(() => expect(text('theirFollowers:')).toBe('theirFollowers:x'));
    server.use(
      ...scenarios.latency(200, { commands: ['follow_add'] }),
      ...scenarios.failNext(1, FollowErrorCode.ServerInternal, { commands: ['follow_add'] }),
    );
    await userEvent.setup().click(screen.getByRole('button', { name: 'follow' }));
    expect(text('type:')).toBe('type:3');
    await waitFor(() => expect(text('error:')).toBe('error:30006'));
    expect(text('type:')).toBe('type:1');
    expect(text('mine:')).toBe('mine:1/2/0');
    expect(text('theirs:')).toBe('theirs:1/1/0');
    expect(text('myFollowing:')).toBe('myFollowing:c,b');
    expect(text('myMutual:')).toBe('myMutual:');
    expect(text('theirFollowers:')).toBe('theirFollowers:x');
    expect(db.followType('me', 'a')).toBe(1);
  });

  it('shows the follow and its rollback on every reader in the same commit', async () => {
    const db = graph();
    const shown: string[] = [];
    const lines = ['type:', 'pending:', 'mine:', 'theirs:', 'myFollowing:', 'myMutual:'];
    const page = () => lines.map(text).join(' ');
    // Each reader in its own component, as on a page: each one commits on its own.
    const view = renderWithFollowKit(
      <Profiler id="page" onRender={() => shown.push(page())}>
        <TypeLine />
        <CountsLine name="mine" />
        <CountsLine name="theirs" userID="a" />
        <ListLine name="myFollowing" type="following" />
        <ListLine name="myMutual" type="mutual" />
        <FollowAction />
      </Profiler>,
      { db },
    );
    await waitFor(() =>
      expect(page()).toBe('type:1 pending:false mine:1/2/0 theirs:1/1/0 myFollowing:c,b myMutual:'),
    );
    server.use(
      ...scenarios.latency(100, { commands: ['follow_add'] }),
      ...scenarios.failNext(1, FollowErrorCode.ServerInternal, { commands: ['follow_add'] }),
    );
    shown.length = 0;
    await userEvent.setup().click(screen.getByRole('button', { name: 'follow' }));
    await waitFor(() => expect(text('error:')).toBe('error:30006'));
    // A frame the browser paints shows the page before the click, all of the follow, or all
    // of the rollback: never the button ahead of the counts.
    expect(new Set(shown)).toEqual(
      new Set([
        'type:1 pending:false mine:1/2/0 theirs:1/1/0 myFollowing:c,b myMutual:',
        'type:3 pending:true mine:1/3/1 theirs:2/1/1 myFollowing:a,c,b myMutual:a',
      ]),
    );
    view.unmount();
  });

  it('puts an unfollowed row back in its place when the unfollow fails', async () => {
    const db = createFollowDb({
      follows: [
        ['me', 'a'],
        ['me', 'b'],
        ['me', 'c'],
      ],
    });
    renderWithFollowKit(<Readers target="b" />, { db });
    await waitFor(() => expect(text('myFollowing:')).toBe('myFollowing:c,b,a'));
    await waitFor(() => expect(text('type:')).toBe('type:2'));
    server.use(...scenarios.networkError({ times: 1, commands: ['follow_delete'] }));
    await userEvent.setup().click(screen.getByRole('button', { name: 'unfollow' }));
    await waitFor(() => expect(text('error:')).toBe(`error:${FollowErrorCode.NetworkError}`));
    expect(text('myFollowing:')).toBe('myFollowing:c,b,a');
    expect(text('type:')).toBe('type:2');
  });

  it('rolls back a per-user refusal inside a successful call (following cap)', async () => {
    const db = createFollowDb({
      maxFollowing: 2,
      follows: [
        ['me', 'b'],
        ['me', 'c'],
      ],
      users: [{ userID: 'a' }],
    });
    const { result } = renderFollowHook(
      () => ({ type: useFollowType('a'), counts: useFollowCounts(), follow: useFollowUser() }),
      { db },
    );
    await waitFor(() => expect(result.current.counts.data?.followingCount).toBe(2));
    await waitFor(() => expect(result.current.type.followType).toBe(0));
    await act(() => result.current.follow.mutateAsync('a').catch(() => {}));
    await waitFor(() =>
      expect(result.current.follow.error).toMatchObject({
        code: FollowErrorCode.FollowLimitReached,
        userID: 'a',
      }),
    );
    expect(result.current.type.followType).toBe(0);
    expect(result.current.counts.data?.followingCount).toBe(2);
  });

  it('refuses self follows and invalid IDs before any request', async () => {
    const calls = countFollowCalls();
    const { result } = renderFollowHook(() => useFollowUser());
    await act(() => result.current.mutateAsync('me').catch(() => {}));
    await waitFor(() =>
      expect(result.current.error).toMatchObject({ code: FollowErrorCode.SelfFollow }),
    );
    await act(() => result.current.mutateAsync(['ok', '']).catch(() => {}));
    await waitFor(() =>
      expect(result.current.error).toMatchObject({ code: FollowErrorCode.InvalidUserID }),
    );
    expect(calls.of('follow_add') + calls.of('follow_check')).toBe(0);
    calls.stop();
  });

  it('follows 45 users with 3 calls of at most 20', async () => {
    const users = Array.from({ length: 45 }, (_, i) => ({ userID: `u${i}` }));
    const db = createFollowDb({ users: [{ userID: 'me' }, ...users] });
    const calls = countFollowCalls();
    const { result } = renderFollowHook(() => useFollowUser(), { db });
    await act(() => result.current.mutateAsync(users.map((u) => u.userID)));
    expect(db.counts('me').following).toBe(45);
    expect(calls.of('follow_add')).toBe(3);
    calls.stop();
  });

  it('sends one request for a burst of clicks that ends where the first one went', async () => {
    const db = graph();
    await renderLoaded(db);
    server.use(...scenarios.latency(1000, { commands: ['follow_add', 'follow_delete'] }));
    const calls = countFollowCalls();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'follow' }));
    await user.click(screen.getByRole('button', { name: 'unfollow' }));
    await user.click(screen.getByRole('button', { name: 'follow' }));
    await user.click(screen.getByRole('button', { name: 'follow' }));
    expect(text('type:')).toBe('type:3');
    await waitFor(() => expect(text('pending:')).toBe('pending:false'));
    expect(calls.of('follow_add')).toBe(1);
    expect(calls.of('follow_delete')).toBe(0);
    expect(db.followType('me', 'a')).toBe(3);
    expect(text('mine:')).toBe('mine:1/3/1');
    calls.stop();
  });
});
