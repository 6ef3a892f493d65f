import { FollowErrorCode } from '../src/client/errors';
import { FollowEvent, type FollowEventMessage } from '../src/client/types';
import { createFollowDb, type FollowDb, FollowDbError } from './db';

const T0 = Date.UTC(2025, 0, 1) / 1000;

/** A clock the test moves: starts at T0 (unix s) and advances one minute per call. */
function steppingClock() {
  let seconds = T0;
  return () => {
    const ms = seconds * 1000;
    seconds += 60;
    return ms;
  };
}

/** Every entry of a list, paging with `wantNum`. */
function readAll(
  db: FollowDb,
  owner: string,
  type: 'followers' | 'following' | 'mutual',
  wantNum = 3,
) {
  const ids: string[] = [];
  let cursor = '';
  do {
    if (ids.length > 10_000) throw new Error('paging does not end');
    const page = db.page(owner, type, cursor, wantNum);
    ids.push(...page.items.map((item) => item.userID));
    cursor = page.nextCursor;
  } while (cursor !== '');
  return ids;
}

function pageError(run: () => unknown): FollowDbError {
  try {
    run();
  } catch (error) {
    if (error instanceof FollowDbError) return error;
    throw error;
  }
  throw new Error('expected a FollowDbError');
}

describe('createFollowDb', () => {
  it('knows the given users and every user named in follows', () => {
    const db = createFollowDb({
      users: [{ userID: 'me', nick: 'Mia' }],
      follows: [['alice', 'bob']],
    });
    expect(db.hasUser('me')).toBe(true);
    expect(db.hasUser('alice')).toBe(true);
    expect(db.hasUser('bob')).toBe(true);
    expect(db.hasUser('nobody')).toBe(false);
    expect(db.getUser('me')).toEqual({ userID: 'me', nick: 'Mia' });
    expect(db.getUser('alice')).toEqual({ userID: 'alice' });
  });

  it('applies follows in order, later ones newer', () => {
    const db = createFollowDb({
      follows: [
        ['a', 'me'],
        ['b', 'me'],
        ['c', 'me'],
      ],
    });
    expect(readAll(db, 'me', 'followers')).toEqual(['c', 'b', 'a']);
  });

  it('refuses seed follows that break the rules, naming the offending edge', () => {
    expect(() =>
      createFollowDb({
        follows: [
          ['a', 'b'],
          ['c', 'c'],
        ],
      }),
    ).toThrow(/follows\[1\]: c cannot follow/);
    expect(() =>
      createFollowDb({
        maxFollowing: 1,
        follows: [
          ['a', 'b'],
          ['a', 'c'],
        ],
      }),
    ).toThrow(/already follows 1 users/);
  });

  it('replaces a profile on addUser and bumps its profile sequence', () => {
    const db = createFollowDb({ users: [{ userID: 'a', nick: 'Old' }] });
    expect(db.restItem('a', T0).profile_sequence).toBe(1);
    db.addUser({ userID: 'a', nick: 'New' });
    expect(db.getUser('a')?.nick).toBe('New');
    expect(db.restItem('a', T0).profile_sequence).toBe(2);
  });
});

describe('follow and unfollow', () => {
  it('follows, then reports the relationship from both sides', () => {
    const db = createFollowDb({ users: [{ userID: 'me' }, { userID: 'x' }] });
    expect(db.follow('me', 'x')).toBe(0);
    expect(db.followType('me', 'x')).toBe(2);
    expect(db.followType('x', 'me')).toBe(1);
    expect(db.follow('x', 'me')).toBe(0);
    expect(db.followType('me', 'x')).toBe(3);
    expect(db.followType('x', 'me')).toBe(3);
    expect(db.counts('me')).toEqual({ followers: 1, following: 1, mutual: 1 });
    expect(db.unfollow('x', 'me')).toBe(0);
    expect(db.followType('me', 'x')).toBe(2);
    expect(db.counts('me')).toEqual({ followers: 0, following: 1, mutual: 0 });
    expect(db.counts('x')).toEqual({ followers: 1, following: 0, mutual: 0 });
  });

  it('answers per-item codes for oneself, unknown users and the cap', () => {
    const db = createFollowDb({
      users: [{ userID: 'me' }],
      follows: [['me', 'a']],
      maxFollowing: 1,
    });
    db.addUser({ userID: 'b' });
    expect(db.follow('me', 'me')).toBe(FollowErrorCode.CannotFollowSelf);
    expect(db.unfollow('me', 'me')).toBe(FollowErrorCode.CannotFollowSelf);
    expect(db.follow('me', 'ghost')).toBe(FollowErrorCode.AccountNotFound);
    expect(db.unfollow('me', 'ghost')).toBe(FollowErrorCode.AccountNotFound);
    expect(db.follow('me', 'b')).toBe(FollowErrorCode.FollowLimitReached);
    expect(db.followType('me', 'b')).toBe(0);
  });

  it('caps following at 5000 by default, still allowing a no-op re-follow', () => {
    const follows = Array.from({ length: 5000 }, (_, i) => ['me', `u${i}`] as const);
    const db = createFollowDb({ users: [{ userID: 'one-more' }], follows });
    expect(db.maxFollowing).toBe(5000);
    expect(db.follow('me', 'one-more')).toBe(FollowErrorCode.FollowLimitReached);
    expect(db.follow('me', 'u42')).toBe(0);
    expect(db.unfollow('me', 'u42')).toBe(0);
    expect(db.follow('me', 'one-more')).toBe(0);
    expect(db.counts('me').following).toBe(5000);
  });

  it('keeps the original time on a re-follow and changes nothing on a repeated unfollow', () => {
    const db = createFollowDb({
      follows: [
        ['a', 'me'],
        ['b', 'me'],
      ],
      now: steppingClock(),
    });
    const before = db.page('me', 'followers', '', 10);
    const changes: unknown[] = [];
    db.subscribe((change) => changes.push(change));
    expect(db.follow('a', 'me')).toBe(0);
    expect(db.unfollow('c-not-a-user', 'me')).toBe(FollowErrorCode.AccountNotFound);
    db.addUser({ userID: 'c' });
    expect(db.unfollow('c', 'me')).toBe(0);
    expect(db.page('me', 'followers', '', 10)).toEqual(before);
    expect(changes).toEqual([]);
  });

  it('gives a follow after an unfollow a new time and the top of the list', () => {
    const db = createFollowDb({
      follows: [
        ['a', 'me'],
        ['b', 'me'],
      ],
      now: steppingClock(),
    });
    db.unfollow('a', 'me');
    db.follow('a', 'me');
    expect(db.page('me', 'followers', '', 10).items).toEqual([
      { userID: 'a', followTime: T0 + 180 },
      { userID: 'b', followTime: T0 + 60 },
    ]);
  });
});

describe('page', () => {
  it('lists followers, following and mutuals newest first with their follow times', () => {
    const db = createFollowDb({
      now: steppingClock(),
      follows: [
        ['a', 'me'],
        ['me', 'b'],
        ['me', 'a'],
        ['c', 'me'],
        ['b', 'me'],
      ],
    });
    expect(db.page('me', 'followers', '', 10).items).toEqual([
      { userID: 'b', followTime: T0 + 240 },
      { userID: 'c', followTime: T0 + 180 },
      { userID: 'a', followTime: T0 },
    ]);
    expect(readAll(db, 'me', 'following')).toEqual(['a', 'b']);
    // A mutual dates from the follow that completed it.
    expect(db.page('me', 'mutual', '', 10).items).toEqual([
      { userID: 'b', followTime: T0 + 240 },
      { userID: 'a', followTime: T0 + 120 },
    ]);
    expect(db.page('a', 'mutual', '', 10).items).toEqual([{ userID: 'me', followTime: T0 + 120 }]);
  });

  it('returns a cursor while more entries remain and "" on the last page', () => {
    const db = createFollowDb({
      follows: [
        ['a', 'me'],
        ['b', 'me'],
        ['c', 'me'],
        ['d', 'me'],
      ],
    });
    const first = db.page('me', 'followers', '', 2);
    expect(first.items.map((item) => item.userID)).toEqual(['d', 'c']);
    expect(first.nextCursor).not.toBe('');
    const last = db.page('me', 'followers', first.nextCursor, 2);
    expect(last.items.map((item) => item.userID)).toEqual(['b', 'a']);
    expect(last.nextCursor).toBe('');
  });

  it('ends with "" when only removed entries remain after the page', () => {
    const db = createFollowDb({
      follows: [
        ['a', 'me'],
        ['b', 'me'],
        ['c', 'me'],
        ['d', 'me'],
      ],
    });
    db.unfollow('a', 'me');
    db.unfollow('b', 'me');
    expect(db.page('me', 'followers', '', 2).nextCursor).toBe('');
  });

  it('answers an empty last page for a user with no list', () => {
    const db = createFollowDb({ users: [{ userID: 'me' }] });
    expect(db.page('me', 'mutual', '', 5)).toEqual({ items: [], nextCursor: '' });
  });

  it('skips removed entries, also after many removals', () => {
    const follows = Array.from({ length: 100 }, (_, i) => [`u${i}`, 'me'] as const);
    const db = createFollowDb({ follows });
    for (let i = 0; i < 100; i++) if (i % 10 !== 0) db.unfollow(`u${i}`, 'me');
    expect(readAll(db, 'me', 'followers', 4)).toEqual(
      [90, 80, 70, 60, 50, 40, 30, 20, 10, 0].map((i) => `u${i}`),
    );
    expect(db.counts('me').followers).toBe(10);
  });

  it('never repeats or skips an entry present throughout, whatever changes between pages', () => {
    const follows = Array.from({ length: 30 }, (_, i) => [`u${i}`, 'me'] as const);
    const db = createFollowDb({ follows, users: [{ userID: 'new1' }, { userID: 'new2' }] });
    const seen: string[] = [];
    const touched = new Set<string>();
    let cursor = '';
    let round = 0;
    do {
      if (round > 50) throw new Error('paging does not end');
      const page = db.page('me', 'followers', cursor, 4);
      seen.push(...page.items.map((item) => item.userID));
      cursor = page.nextCursor;
      // Between pages: a newcomer, an unread entry removed, a read entry re-followed.
      const newcomer = round % 2 ? 'new1' : 'new2';
      db.unfollow(newcomer, 'me');
      db.follow(newcomer, 'me');
      db.unfollow(`u${round}`, 'me');
      db.unfollow(`u${29 - round}`, 'me');
      db.follow(`u${29 - round}`, 'me');
      for (const id of [newcomer, `u${round}`, `u${29 - round}`]) touched.add(id);
      round++;
    } while (cursor !== '');
    const throughout = follows.map(([from]) => from).filter((id) => !touched.has(id));
    expect(throughout.length).toBeGreaterThan(10);
    expect(seen.filter((id) => !touched.has(id))).toEqual(throughout.reverse());
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('rejects a garbled cursor or one of another list with 30001', () => {
    const db = createFollowDb({
      follows: [
        ['a', 'me'],
        ['b', 'me'],
        ['me', 'a'],
        ['me', 'b'],
        ['a', 'b'],
      ],
    });
    const cursor = db.page('me', 'followers', '', 1).nextCursor;
    const garbled = pageError(() => db.page('me', 'followers', 'not-a-cursor', 1));
    expect(garbled.code).toBe(FollowErrorCode.InvalidParameters);
    expect(garbled.message).toMatch(/cursor is invalid/i);
    const otherType = pageError(() => db.page('me', 'following', cursor, 1));
    expect(otherType.code).toBe(30001);
    expect(otherType.message).toMatch(/belongs to another list/);
    const otherOwner = pageError(() => db.page('b', 'followers', cursor, 1));
    expect(otherOwner.message).toMatch(/belongs to another list/);
    expect(pageError(() => db.page('me', 'followers', `${cursor}x`, 1)).code).toBe(30001);
  });

  it('rejects a bad wantNum and an unknown owner', () => {
    const db = createFollowDb({ users: [{ userID: 'me' }] });
    expect(pageError(() => db.page('me', 'followers', '', 0)).code).toBe(30001);
    expect(pageError(() => db.page('me', 'followers', '', 1.5)).code).toBe(30001);
    expect(pageError(() => db.page('ghost', 'followers', '', 10)).code).toBe(30003);
  });

  it('serves a page from the middle of 200,000 fans', () => {
    function* fans() {
      for (let i = 0; i < 200_000; i++) yield [`fan-${i}`, 'celebrity'] as const;
    }
    const db = createFollowDb({ follows: fans() });
    expect(db.counts('celebrity').followers).toBe(200_000);
    let cursor = '';
    for (let page = 0; page < 1000; page++)
      cursor = db.page('celebrity', 'followers', cursor, 100).nextCursor;
    db.unfollow('fan-99950', 'celebrity');
    const middle = db.page('celebrity', 'followers', cursor, 100);
    const expected = Array.from({ length: 101 }, (_, i) => `fan-${99_999 - i}`).filter(
      (id) => id !== 'fan-99950',
    );
    expect(middle.items.map((item) => item.userID)).toEqual(expected);
    expect(middle.nextCursor).not.toBe('');
  });
});

describe('subscribe', () => {
  it('reports every real change with its time, until unsubscribed', () => {
    const db = createFollowDb({ users: [{ userID: 'a' }, { userID: 'b' }], now: steppingClock() });
    const changes: unknown[] = [];
    const unsubscribe = db.subscribe((change) => changes.push(change));
    db.follow('a', 'b');
    db.follow('a', 'a');
    db.unfollow('a', 'b');
    unsubscribe();
    db.follow('b', 'a');
    expect(changes).toEqual([
      { kind: 'follow', from: 'a', to: 'b', time: T0 },
      { kind: 'unfollow', from: 'a', to: 'b', time: T0 + 60 },
    ]);
  });
});

describe('eventsFor', () => {
  function listen(db: FollowDb, userID: string) {
    const received: FollowEventMessage[] = [];
    const handler = (event: FollowEventMessage) => received.push(event);
    const events = db.eventsFor(userID);
    for (const name of Object.values(FollowEvent)) events.on(name, handler);
    return {
      received,
      stop: () => {
        for (const name of Object.values(FollowEvent)) events.off(name, handler);
      },
    };
  }

  it("tells me when someone follows me, with the follower's profile", () => {
    const db = createFollowDb({
      users: [
        { userID: 'me' },
        { userID: 'x', nick: 'Xavier', avatar: 'https://a/x.png', custom: { Hobby: 'chess' } },
      ],
      now: steppingClock(),
    });
    const { received } = listen(db, 'me');
    db.follow('x', 'me');
    expect(received).toEqual([
      {
        name: 'onMyFollowersListUpdated',
        data: {
          isAdd: true,
          userInfoList: [
            {
              userID: 'x',
              followTime: T0,
              nick: 'Xavier',
              avatar: 'https://a/x.png',
              Tag_Profile_Custom_Hobby: 'chess',
            },
          ],
        },
      },
    ]);
  });

  it('adds a mutual when the follower is someone I follow, and removes both on unfollow', () => {
    const db = createFollowDb({ follows: [['me', 'x']], now: steppingClock() });
    const { received } = listen(db, 'me');
    db.follow('x', 'me');
    db.unfollow('x', 'me');
    expect(received.map(({ name, data }) => [name, data.isAdd, data.userInfoList])).toEqual([
      ['onMyFollowersListUpdated', true, [{ userID: 'x', followTime: T0 + 60 }]],
      ['onMutualFollowersListUpdated', true, [{ userID: 'x', followTime: T0 + 60 }]],
      ['onMyFollowersListUpdated', false, ['x']],
      ['onMutualFollowersListUpdated', false, ['x']],
    ]);
  });

  it('sends me nothing for my own actions, for no-ops, or after off', () => {
    const db = createFollowDb({ follows: [['x', 'me']] });
    const { received, stop } = listen(db, 'me');
    db.follow('me', 'x');
    db.unfollow('me', 'x');
    db.follow('x', 'me');
    db.unfollow('y-unknown', 'me');
    expect(received).toEqual([]);
    stop();
    db.unfollow('x', 'me');
    expect(received).toEqual([]);
  });

  it('keeps notifying the others when one handler throws, and rethrows on its own task', () => {
    const rethrows: Array<() => void> = [];
    vi.spyOn(globalThis, 'queueMicrotask').mockImplementation((task) => rethrows.push(task));
    const db = createFollowDb({ users: [{ userID: 'me' }, { userID: 'x' }] });
    const events = db.eventsFor('me');
    const calls: string[] = [];
    events.on(FollowEvent.MyFollowersListUpdated, () => {
      throw new Error('handler bug');
    });
    events.on(FollowEvent.MyFollowersListUpdated, () => calls.push('second'));
    expect(db.follow('x', 'me')).toBe(0);
    expect(db.followType('me', 'x')).toBe(1);
    expect(calls).toEqual(['second']);
    expect(rethrows).toHaveLength(1);
    expect(() => rethrows[0]?.()).toThrow('handler bug');
    vi.restoreAllMocks();
  });
});
