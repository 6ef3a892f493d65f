import { act, screen, waitFor } from '@testing-library/react';
import { Profiler } from 'react';
import { describe, expect, it } from 'vitest';
import { createFollowDb, scenarios } from '../../mocks/index';
import {
  countFollowCalls,
  renderFollowHook,
  renderWithFollowKit,
  TEST_BASE_URL,
} from '../../test/harness';
import type { FollowEventHandler, FollowEventSource } from '../client/types';
import { createRestFollowClient } from '../rest';
import { useFollowCounts } from './useFollowCounts';
import { useFollowers } from './useFollowers';
import { useFollowUser } from './useFollowMutations';
import { useFollowType } from './useFollowType';

function MyPage() {
  const counts = useFollowCounts();
  const followers = useFollowers({ type: 'followers' });
  const mutual = useFollowers({ type: 'mutual' });
  const type = useFollowType('newfan');
  return (
    <div>
      <p>
        counts:
        {counts.data ? `${counts.data.followersCount}/${counts.data.mutualFollowersCount}` : '?'}
      </p>
      <p>followers:{followers.rows.map((r) => r.nick ?? r.userID).join(',')}</p>
      <p>mutual:{mutual.rows.map((r) => r.userID).join(',')}</p>
      <p>type:{type.followType ?? '?'}</p>
    </div>
  );
}

function CountsLine() {
  const { data } = useFollowCounts();
  return <p>counts:{data ? `${data.followersCount}/${data.mutualFollowersCount}` : '?'}</p>;
}

function ListLine({ type }: { type: 'followers' | 'mutual' }) {
  const { rows } = useFollowers({ type });
  return (
    <p>
      {type}:{rows.map((r) => r.nick ?? r.userID).join(',')}
    </p>
  );
}

function TypeLine({ userID }: { userID: string }) {
  return <p>type:{useFollowType(userID).followType ?? '?'}</p>;
}

const text = (prefix: string) =>
  screen.getByText((content) => content.startsWith(prefix)).textContent;

describe('follow events', () => {
  it('shows a new follower in my followers list and counts without refetching', async () => {
    const db = createFollowDb({
      users: [{ userID: 'me' }, { userID: 'newfan', nick: 'New Fan' }],
      follows: [
        ['old', 'me'],
        ['me', 'newfan'],
      ],
    });
    renderWithFollowKit(<MyPage />, { db });
    await waitFor(() => expect(text('counts:')).toBe('counts:1/0'));
    await waitFor(() => expect(text('type:')).toBe('type:2'));
    expect(text('followers:')).toBe('followers:old');
    const calls = countFollowCalls();
    act(() => void db.follow('newfan', 'me'));
    await waitFor(() => expect(text('followers:')).toBe('followers:New Fan,old'));
    expect(text('mutual:')).toBe('mutual:newfan');
    expect(text('counts:')).toBe('counts:2/1');
    expect(text('type:')).toBe('type:3');
    act(() => void db.unfollow('newfan', 'me'));
    await waitFor(() => expect(text('followers:')).toBe('followers:old'));
    expect(text('mutual:')).toBe('mutual:');
    expect(text('counts:')).toBe('counts:1/0');
    expect(text('type:')).toBe('type:2');
    expect(calls.of('follow_get') + calls.of('follow_get_info') + calls.of('follow_check')).toBe(0);
    calls.stop();
  });

  it('shows a pushed change on every reader of the page in the same commit', async () => {
    const db = createFollowDb({
      users: [{ userID: 'me' }, { userID: 'newfan', nick: 'New Fan' }],
      follows: [
        ['old', 'me'],
        ['me', 'newfan'],
      ],
    });
    const shown: string[] = [];
    const page = () => ['counts:', 'followers:', 'mutual:', 'type:'].map(text).join(' ');
    // Each reader in its own component, as on a page: each one commits on its own.
    renderWithFollowKit(
      <Profiler id="page" onRender={() => shown.push(page())}>
        <CountsLine />
        <ListLine type="followers" />
        <ListLine type="mutual" />
        <TypeLine userID="newfan" />
      </Profiler>,
      { db },
    );
    const before = 'counts:1/0 followers:old mutual: type:2';
    await waitFor(() => expect(page()).toBe(before));
    shown.length = 0;
    act(() => void db.follow('newfan', 'me'));
    const after = 'counts:2/1 followers:New Fan,old mutual:New Fan type:3';
    await waitFor(() => expect(page()).toBe(after));
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(new Set(shown)).toEqual(new Set([after]));
  });

  it('applies a new follower while my own follow of them is still in flight', async () => {
    const db = createFollowDb({ users: [{ userID: 'me' }, { userID: 'newfan', nick: 'New Fan' }] });
    const { result } = renderFollowHook(
      () => ({ type: useFollowType('newfan'), counts: useFollowCounts(), follow: useFollowUser() }),
      { db, handlers: scenarios.latency(300, { commands: ['follow_add'] }) },
    );
    await waitFor(() => expect(result.current.type.followType).toBe(0));
    await waitFor(() => expect(result.current.counts.data).toBeDefined());
    act(() => result.current.follow.mutate('newfan'));
    await waitFor(() => expect(result.current.type.isPending).toBe(true));
    act(() => void db.follow('newfan', 'me'));
    await waitFor(() => expect(result.current.type.isPending).toBe(false));
    expect(result.current.type.followType).toBe(db.followType('me', 'newfan'));
    expect(result.current.type.followType).toBe(3);
    expect(result.current.counts.data).toEqual({
      followersCount: 1,
      followingCount: 1,
      mutualFollowersCount: 1,
    });
  });

  it('skips a pushed change the cache already shows (e.g. delivered twice)', async () => {
    const db = createFollowDb({ follows: [['fan', 'me']] });
    const handlers = new Map<string, FollowEventHandler>();
    const pushChannel: FollowEventSource = {
      on: (name, handler) => void handlers.set(name, handler),
      off: (name) => void handlers.delete(name),
    };
    const client = createRestFollowClient({
      baseUrl: TEST_BASE_URL,
      userID: 'me',
      events: pushChannel,
    });
    const { result } = renderFollowHook(
      () => ({
        counts: useFollowCounts(),
        fans: useFollowers({ type: 'followers' }),
        type: useFollowType('fan'),
      }),
      { db, client },
    );
    await waitFor(() => expect(result.current.type.followType).toBe(1));
    await waitFor(() => expect(result.current.counts.data?.followersCount).toBe(1));
    await waitFor(() => expect(result.current.fans.rows).toHaveLength(1));
    const again = {
      name: 'onMyFollowersListUpdated',
      data: { isAdd: true, userInfoList: [{ userID: 'fan', followTime: 1 }] },
    };
    act(() => handlers.get('onMyFollowersListUpdated')?.(again));
    act(() => handlers.get('onMyFollowersListUpdated')?.(again));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(result.current.counts.data?.followersCount).toBe(1);
    expect(result.current.fans.rows.map((row) => row.userID)).toEqual(['fan']);
  });
});
