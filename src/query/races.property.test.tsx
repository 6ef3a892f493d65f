import { act, waitFor } from '@testing-library/react';
import fc from 'fast-check';
import { delay, HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { createFollowDb } from '../../mocks/index';
import { renderFollowHook } from '../../test/harness';
import { useFollowCounts } from './useFollowCounts';
import { useFollowers } from './useFollowers';
import { useFollowUser, useUnfollowUser } from './useFollowMutations';
import { useFollowType } from './useFollowType';

const USERS = ['a', 'b', 'c'] as const;

/** How the network treats one write: its latency, and whether it fails. */
const networkPlan = fc.array(
  fc.record({
    latency: fc.integer({ min: 0, max: 25 }),
    fail: fc.constantFrom('no', 'no', 'server', 'network'),
  }),
  { maxLength: 30 },
);
const clicks = fc.array(
  fc.record({
    user: fc.constantFrom(...USERS),
    follow: fc.boolean(),
    gap: fc.integer({ min: 0, max: 15 }),
  }),
  { minLength: 1, maxLength: 12 },
);

function usePage() {
  return {
    follow: useFollowUser(),
    unfollow: useUnfollowUser(),
    types: [useFollowType('a'), useFollowType('b'), useFollowType('c')],
    counts: [useFollowCounts(), useFollowCounts('a'), useFollowCounts('b'), useFollowCounts('c')],
    following: useFollowers({ type: 'following' }),
    mutual: useFollowers({ type: 'mutual' }),
    theirFollowers: [
      useFollowers({ type: 'followers', userID: 'a' }),
      useFollowers({ type: 'followers', userID: 'b' }),
      useFollowers({ type: 'followers', userID: 'c' }),
    ],
  };
}

const ids = (rows: Array<{ userID: string }>) => rows.map((row) => row.userID).sort();

describe('rapid follow / unfollow', () => {
  it('ends with the cache equal to the server, whatever the clicks, latencies and failures', async () => {
    await fc.assert(
      fc.asyncProperty(clicks, networkPlan, async (sequence, plan) => {
        const db = createFollowDb({
          users: [{ userID: 'me' }],
          follows: [
            ['a', 'me'],
            ['me', 'b'],
            ['c', 'b'],
          ],
        });
        const remaining = [...plan];
        const writes = http.post(/\/v4\/follow\/follow_(add|delete)$/, async () => {
          const step = remaining.shift() ?? { latency: 0, fail: 'no' };
          await delay(step.latency);
          if (step.fail === 'network') return HttpResponse.error();
          if (step.fail === 'server') {
            return HttpResponse.json({
              ActionStatus: 'FAIL',
              ErrorCode: 30006,
              ErrorInfo: 'internal',
              ErrorDisplay: '',
            });
          }
          return undefined;
        });
        const { result, unmount } = renderFollowHook(usePage, { db, handlers: [writes] });
        await waitFor(() => {
          expect(result.current.types.every((t) => t.followType !== undefined)).toBe(true);
          expect(result.current.counts.every((c) => c.data)).toBe(true);
          expect(result.current.following.isSuccess && result.current.mutual.isSuccess).toBe(true);
          expect(result.current.theirFollowers.every((list) => list.isSuccess)).toBe(true);
        });
        // The clicks and the answers that land between them update the page: inside act.
        await act(async () => {
          for (const { user, follow, gap } of sequence) {
            (follow ? result.current.follow : result.current.unfollow).mutate(user);
            await delay(gap);
          }
        });
        await waitFor(() => expect(result.current.types.some((t) => t.isPending)).toBe(false), {
          timeout: 4000,
        });
        const page = result.current;
        USERS.forEach((id, i) => {
          expect(page.types[i]?.followType).toBe(db.followType('me', id));
          const counts = db.counts(id);
          expect(page.counts[i + 1]?.data).toEqual({
            followersCount: counts.followers,
            followingCount: counts.following,
            mutualFollowersCount: counts.mutual,
          });
          expect(ids(page.theirFollowers[i]?.rows ?? [])).toEqual(
            ids(db.page(id, 'followers', '', 100).items),
          );
        });
        const mine = db.counts('me');
        expect(page.counts[0]?.data).toEqual({
          followersCount: mine.followers,
          followingCount: mine.following,
          mutualFollowersCount: mine.mutual,
        });
        expect(ids(page.following.rows)).toEqual(ids(db.page('me', 'following', '', 100).items));
        expect(ids(page.mutual.rows)).toEqual(ids(db.page('me', 'mutual', '', 100).items));
        unmount();
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});
