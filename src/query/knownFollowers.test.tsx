import { act, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { createFollowDb } from '../../mocks/index';
import { countFollowCalls, renderFollowHook, TEST_BASE_URL } from '../../test/harness';
import { FollowErrorCode } from '../client/errors';
import type { FollowClient } from '../client/types';
import { createRestFollowClient } from '../rest';
import { useFollowers } from './useFollowers';
import { useFollowUser } from './useFollowMutations';
import { useKnownFollowers } from './useKnownFollowers';

const namesOf = (rows: Array<{ userID: string }>) => rows.map((row) => row.userID);

/**
 * I follow alice, bob, carol and dave. alice follows tara; tara follows bob (the other
 * direction: bob is no follower of tara); carol and tara follow each other; dave and tara have
 * nothing. zed follows tara, but I do not follow zed.
 */
function directionsDb() {
  return createFollowDb({
    users: ['me', 'alice', 'bob', 'carol', 'dave', 'tara', 'zed'].map((userID) => ({ userID })),
    follows: [
      ['me', 'alice'],
      ['me', 'bob'],
      ['me', 'carol'],
      ['me', 'dave'],
      ['alice', 'tara'],
      ['tara', 'bob'],
      ['carol', 'tara'],
      ['tara', 'carol'],
      ['zed', 'tara'],
    ],
  });
}

describe('useKnownFollowers', () => {
  it('finds the users I follow who follow the target, not those the target follows', async () => {
    const { result } = renderFollowHook(() => useKnownFollowers('tara'), { db: directionsDb() });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(namesOf(result.current.allKnownFollowers).sort()).toEqual(['alice', 'carol']);
    expect(result.current.total).toBe(2);
    expect(result.current.isUnsupported).toBe(false);
  });

  it('gives the first `limit` in my following list order, and the total', async () => {
    const follows: Array<[string, string]> = [];
    for (let i = 0; i < 6; i++) follows.push(['me', `f${i}`], [`f${i}`, 'tara']);
    const db = createFollowDb({
      users: [{ userID: 'me' }, { userID: 'tara' }],
      follows,
    });
    const { result } = renderFollowHook(
      () => ({
        known: useKnownFollowers('tara', { limit: 2 }),
        mine: useFollowers({ type: 'following' }),
      }),
      { db },
    );
    await waitFor(() => expect(result.current.known.isSuccess).toBe(true));
    expect(result.current.known.total).toBe(6);
    expect(namesOf(result.current.known.knownFollowers)).toEqual(
      namesOf(result.current.mine.rows).slice(0, 2),
    );
  });

  it('reads my following list once, sharing its cache, and checks 250 follows in 3 calls', async () => {
    const follows: Array<[string, string]> = [];
    for (let i = 0; i < 250; i++) follows.push(['me', `f${i}`]);
    for (let i = 0; i < 250; i += 10) follows.push([`f${i}`, 'tara']);
    const db = createFollowDb({ users: [{ userID: 'me' }, { userID: 'tara' }], follows });
    const calls = countFollowCalls();
    const { result } = renderFollowHook(
      () => ({ known: useKnownFollowers('tara'), mine: useFollowers({ type: 'following' }) }),
      { db },
    );
    await waitFor(() => expect(result.current.known.isSuccess).toBe(true));
    calls.stop();
    expect(result.current.known.total).toBe(25);
    // 100 rows a page: 3 pages, fetched once for both the list and the known followers.
    expect(calls.of('follow_get')).toBe(3);
    expect(calls.of('follow_check')).toBe(3);
    expect(result.current.mine.rows).toHaveLength(250);
  });

  it('caches per target: a second target costs checks, not my list again', async () => {
    const { result } = renderFollowHook(
      () => {
        const [target, setTarget] = useState('tara');
        return { setTarget, known: useKnownFollowers(target) };
      },
      { db: directionsDb() },
    );
    await waitFor(() => expect(result.current.known.isSuccess).toBe(true));
    const calls = countFollowCalls();
    act(() => result.current.setTarget('bob'));
    await waitFor(() => expect(result.current.known.isSuccess).toBe(true));
    expect(result.current.known.total).toBe(0);
    act(() => result.current.setTarget('tara'));
    expect(result.current.known.total).toBe(2);
    calls.stop();
    expect(calls.counts).toEqual({ follow_check: 1 });
  });

  it('reports unsupported, asking nothing, on a client without checkUserFollowType', async () => {
    const { checkUserFollowType: _, ...withoutExtension } = createRestFollowClient({
      baseUrl: TEST_BASE_URL,
      userID: 'me',
    });
    const client: FollowClient = withoutExtension;
    const calls = countFollowCalls();
    const { result } = renderFollowHook(() => useKnownFollowers('tara'), {
      db: directionsDb(),
      client,
    });
    expect(result.current.isUnsupported).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(result.current.fetchStatus).toBe('idle');
    expect(result.current.total).toBeUndefined();
    calls.stop();
    expect(calls.counts).toEqual({});
  });

  it('asks nothing for the signed-in user', async () => {
    const calls = countFollowCalls();
    const { result } = renderFollowHook(() => useKnownFollowers('me'), { db: directionsDb() });
    expect(result.current.isSelf).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 20));
    calls.stop();
    expect(calls.counts).toEqual({});
  });

  it('fails clearly on an invalid target or limit', async () => {
    const { result } = renderFollowHook(() => useKnownFollowers(''), { db: directionsDb() });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toMatchObject({ code: FollowErrorCode.InvalidUserID });
    expect(() =>
      renderFollowHook(() => useKnownFollowers('tara', { limit: 0 }), { db: directionsDb() }),
    ).toThrow(/limit must be a positive integer, got 0/);
  });

  it('is asked again on the next mount after I follow someone who follows the target', async () => {
    const db = directionsDb();
    const first = renderFollowHook(
      () => ({ known: useKnownFollowers('tara'), follow: useFollowUser() }),
      { db },
    );
    await waitFor(() => expect(first.result.current.known.total).toBe(2));
    await act(() => first.result.current.follow.mutateAsync('zed'));
    // Still 2 on screen: a list shown does not change under the reader.
    expect(first.result.current.known.total).toBe(2);
    const state = first.queryClient.getQueryState(['follow', 'knownFollowers', 'me', 'tara']);
    expect(state?.isInvalidated).toBe(true);
  });
});
