import { initialsAvatar, initialsOf } from './avatar';
import { createFollowDb } from './db';
import { createDemoDb, createRandom, demoUsers, generateFollowGraph } from './seed';

const SCRIPTS: Record<string, RegExp> = {
  Latin: /\p{Script=Latin}/u,
  Chinese: /\p{Script=Han}/u,
  Japanese: /[\p{Script=Hiragana}\p{Script=Katakana}]/u,
  Korean: /\p{Script=Hangul}/u,
  Arabic: /\p{Script=Arabic}/u,
  Hebrew: /\p{Script=Hebrew}/u,
  Cyrillic: /\p{Script=Cyrillic}/u,
  emoji: /\p{Extended_Pictographic}/u,
};

describe('createRandom', () => {
  it('repeats its sequence for a seed and stays within [0, 1)', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const values = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(values);
    expect(values.every((value) => value >= 0 && value < 1)).toBe(true);
    expect(new Set(values).size).toBeGreaterThan(990);
  });
});

describe('generateFollowGraph', () => {
  it('gives the same graph for the same seed, without Math.random, and another for another seed', () => {
    vi.spyOn(Math, 'random').mockImplementation(() => {
      throw new Error('Math.random used');
    });
    const graph = generateFollowGraph({ seed: 7, userCount: 50 });
    expect(generateFollowGraph({ seed: 7, userCount: 50 })).toEqual(graph);
    expect(generateFollowGraph({ seed: 8, userCount: 50 })).not.toEqual(graph);
    vi.restoreAllMocks();
  });

  it('makes a valid graph around the signed-in user', () => {
    const { users, follows } = generateFollowGraph({
      seed: 1,
      userCount: 200,
      avgFollowing: 6,
      me: 'me',
    });
    const ids = users.map((user) => user.userID);
    expect(ids).toContain('me');
    expect(new Set(ids).size).toBe(ids.length);
    const edges = follows.map(([from, to]) => `${from}>${to}`);
    expect(new Set(edges).size).toBe(edges.length);
    expect(
      follows.every(([from, to]) => from !== to && ids.includes(from) && ids.includes(to)),
    ).toBe(true);
    const db = createFollowDb({ users, follows });
    const counts = db.counts('me');
    expect(counts.followers + counts.following).toBeGreaterThan(0);
    const meanFollowing = follows.length / users.length;
    expect(meanFollowing).toBeGreaterThan(6 * 0.7);
    expect(meanFollowing).toBeLessThan(6 * 1.8);
  });

  it('writes names in many scripts, with emoji, gaps and long signatures', () => {
    const { users } = generateFollowGraph({ seed: 3, userCount: 400 });
    const nicks = users.flatMap((user) => (user.nick ? [user.nick] : []));
    for (const [script, pattern] of Object.entries(SCRIPTS)) {
      expect(
        nicks.some((nick) => pattern.test(nick)),
        script,
      ).toBe(true);
    }
    expect(users.some((user) => user.nick === undefined)).toBe(true);
    expect(users.some((user) => user.avatar === undefined)).toBe(true);
    expect(users.some((user) => (user.selfSignature?.length ?? 0) > 200)).toBe(true);
    const avatars = users.flatMap((user) => (user.avatar ? [user.avatar] : []));
    expect(avatars.every((avatar) => avatar.startsWith('data:image/svg+xml,'))).toBe(true);
  });

  it('gives the celebrity exactly the fans asked for, newest first, loading 100,000 of them', () => {
    const graph = generateFollowGraph({ seed: 5, userCount: 20, celebrityFans: 100_000 });
    const db = createFollowDb(graph);
    expect(db.counts('celebrity')).toEqual({ followers: 100_000, following: 0, mutual: 0 });
    const page = db.page('celebrity', 'followers', '', 2);
    expect(page.items.map((item) => item.userID)).toEqual(['fan-100000', 'fan-099999']);
    expect(db.getUser('fan-100000')).toBeDefined();
  });

  it('can make the signed-in user the celebrity', () => {
    const graph = generateFollowGraph({
      seed: 5,
      userCount: 20,
      me: 'me',
      celebrityID: 'me',
      celebrityFans: 500,
    });
    const db = createFollowDb(graph);
    expect(db.counts('me').followers).toBeGreaterThanOrEqual(500);
    expect(graph.users.filter((user) => user.userID === 'me')).toHaveLength(1);
  });
});

describe('initialsAvatar', () => {
  it('draws the initials on a coloured circle as an SVG data URI', () => {
    const svg = decodeURIComponent(
      initialsAvatar('Alice Martin', 0).replace('data:image/svg+xml,', ''),
    );
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('<circle');
    expect(svg).toContain('>AM</text>');
    expect(initialsAvatar('Alice Martin', 1)).not.toBe(initialsAvatar('Alice Martin', 0));
  });

  it('takes letters only, so markup in a name cannot reach the SVG', () => {
    expect(initialsOf('<img src=x onerror=alert(1)>')).toBe('SO');
    expect(initialsOf('陈伟')).toBe('陈');
    expect(initialsOf('🌈✨🚀')).toBe('?');
    expect(initialsOf('ليلى حداد')).toBe('لح');
  });
});

describe('createDemoDb', () => {
  it('has the signed-in Mia Chen with followers, followings and mutuals', () => {
    const db = createDemoDb();
    expect(db.getUser('me')?.nick).toBe('Mia Chen');
    const counts = db.counts('me');
    expect(counts.followers).toBeGreaterThanOrEqual(5);
    expect(counts.following).toBeGreaterThanOrEqual(5);
    expect(counts.mutual).toBeGreaterThanOrEqual(2);
    expect(db.followType('me', 'bob')).toBe(0);
  });

  it('includes the hostile profiles a UI must survive', () => {
    expect(demoUsers.some((user) => user.nick?.includes('<img src=x onerror=alert(1)>'))).toBe(
      true,
    );
    expect(demoUsers.some((user) => (user.selfSignature?.length ?? 0) >= 10_000)).toBe(true);
    expect(demoUsers.some((user) => SCRIPTS.Arabic?.test(user.nick ?? ''))).toBe(true);
    expect(demoUsers.some((user) => user.avatar?.startsWith('javascript:'))).toBe(true);
    expect(demoUsers.some((user) => SCRIPTS.emoji?.test(user.nick ?? ''))).toBe(true);
    expect(demoUsers.some((user) => user.nick === undefined && user.avatar === undefined)).toBe(
      true,
    );
  });

  it('is the same world every time, with later follows at the live clock', () => {
    const first = createDemoDb();
    const second = createDemoDb({ now: () => Date.UTC(2030, 0, 1) });
    expect(second.page('me', 'followers', '', 100)).toEqual(first.page('me', 'followers', '', 100));
    second.follow('bob', 'me');
    expect(second.page('me', 'followers', '', 1).items).toEqual([
      { userID: 'bob', followTime: Date.UTC(2030, 0, 1) / 1000 },
    ]);
  });
});
