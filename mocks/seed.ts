import { initialsAvatar } from './avatar';
import { createFollowDb, type FollowDb, type FollowDbOptions } from './db';
import type { MockUser } from './profile';
import { EMOJI, LOCATIONS, NAME_POOLS, SIGNATURES } from './seed-names';

/** Options of {@link generateFollowGraph}. */
export interface FollowGraphOptions {
  /** Same seed, same graph. */
  seed: number;
  /** Ordinary users, `user-00001`…, following each other at random. */
  userCount: number;
  /** Average number of ordinary users each ordinary user follows. Default: 8. */
  avgFollowing?: number;
  /** Fans of `celebrityID`, as extra users `fan-000001`…; 0 (default) adds no celebrity. */
  celebrityFans?: number;
  /** Who gets the `celebrityFans`. Default: `'celebrity'`; pass `me` to make the signed-in user famous. */
  celebrityID?: string;
  /** The signed-in user's ID; takes the place of the first ordinary user. */
  me?: string;
}

/** Users and edges, ready for {@link createFollowDb}. */
export interface FollowGraph {
  users: MockUser[];
  follows: Array<[from: string, to: string]>;
}

/** mulberry32: a small, fast, seedable PRNG returning numbers in [0, 1). */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

function generateNick(random: () => number): string | undefined {
  if (random() < 0.06) return undefined;
  const pool = pick(random, NAME_POOLS);
  const given = pick(random, pool.given);
  const family = pick(random, pool.family);
  const name = pool.familyFirst ? family + given : `${given} ${family}`;
  return random() < 0.12 ? `${name} ${pick(random, EMOJI)}` : name;
}

function generateSignature(random: () => number): string | undefined {
  const roll = random();
  if (roll < 0.3) return undefined;
  if (roll < 0.9) return pick(random, SIGNATURES);
  return Array.from({ length: 8 + Math.floor(random() * 24) }, () => pick(random, SIGNATURES)).join(
    ' ',
  );
}

/** A user with a deterministic, varied profile: scripts, emoji, missing fields, long texts. */
function generateUser(random: () => number, userID: string): MockUser {
  const nick = generateNick(random);
  const user: MockUser = { userID };
  if (nick !== undefined) user.nick = nick;
  if (random() < 0.85) user.avatar = initialsAvatar(nick ?? userID, Math.floor(random() * 10));
  const selfSignature = generateSignature(random);
  if (selfSignature !== undefined) user.selfSignature = selfSignature;
  if (random() < 0.3) user.location = pick(random, LOCATIONS);
  if (random() < 0.2) user.level = 1 + Math.floor(random() * 60);
  return user;
}

/**
 * A deterministic follow graph: ordinary users who follow each other (some following
 * back), optionally a celebrity with many fans. Generating and loading 100,000 fans takes
 * well under a second.
 */
export function generateFollowGraph(options: FollowGraphOptions): FollowGraph {
  const { seed, userCount, avgFollowing = 8, celebrityFans = 0, me } = options;
  const random = createRandom(seed);
  const ids = Array.from({ length: userCount }, (_, i) =>
    i === 0 && me !== undefined ? me : `user-${String(i + 1).padStart(5, '0')}`,
  );
  const users = ids.map((userID) => generateUser(random, userID));
  const follows: Array<[string, string]> = [];
  const edges = new Set<string>();
  const addFollow = (from: string, to: string) => {
    const key = `${from}\u0000${to}`;
    if (from === to || edges.has(key)) return;
    edges.add(key);
    follows.push([from, to]);
  };
  for (const from of ids) {
    const count = Math.floor(random() * (2 * avgFollowing + 1));
    for (let i = 0; i < count; i++) {
      const to = pick(random, ids);
      addFollow(from, to);
      if (random() < 0.3) addFollow(to, from);
    }
  }
  if (celebrityFans > 0) {
    const celebrityID = options.celebrityID ?? 'celebrity';
    if (!ids.includes(celebrityID)) users.push(generateUser(random, celebrityID));
    for (let i = 1; i <= celebrityFans; i++) {
      const fanID = `fan-${String(i).padStart(6, '0')}`;
      users.push(generateUser(random, fanID));
      follows.push([fanID, celebrityID]);
    }
  }
  return { users, follows };
}

const LONG_SIGNATURE = 'All work and no play makes Vera a verbose signature writer. '
  .repeat(170)
  .slice(0, 10_000);

/**
 * The demo world of the stories and `npm run dev`: the signed-in user `me` (Mia Chen) with
 * followers, followings and mutuals, ordinary users in several scripts, and hostile
 * profiles a UI must survive (markup in a nick, a 10,000-character signature, RTL text,
 * a `javascript:` avatar, emoji, a user with no profile at all).
 */
export const demoUsers: readonly MockUser[] = [
  {
    userID: 'me',
    nick: 'Mia Chen',
    avatar: initialsAvatar('Mia Chen', 6),
    selfSignature: 'Designer in Shenzhen. I follow people who make nice things.',
    location: 'Shenzhen',
  },
  { userID: 'alice', nick: 'Alice Martin', avatar: initialsAvatar('Alice Martin', 0) },
  {
    userID: 'chen-wei',
    nick: '陈伟',
    avatar: initialsAvatar('陈伟', 3),
    selfSignature: '今天也要加油！',
  },
  { userID: 'ivan', nick: 'Иван Петров', avatar: initialsAvatar('Иван Петров', 5), level: 12 },
  { userID: 'yuki', nick: '佐藤ゆき', avatar: initialsAvatar('佐藤ゆき', 8) },
  { userID: 'minji', nick: '김민지 🌸', avatar: initialsAvatar('김민지', 4) },
  {
    userID: 'layla',
    nick: 'ليلى حداد',
    avatar: initialsAvatar('ليلى حداد', 2),
    selfSignature: 'أحب السفر والقراءة',
  },
  { userID: 'noa', nick: 'נועה לוי', selfSignature: 'צלם חובב ואוהב קפה' },
  { userID: 'sunny', nick: '🌈✨🚀', selfSignature: '👩‍💻🏳️‍🌈🇯🇵' },
  {
    userID: 'xss',
    nick: '<img src=x onerror=alert(1)>',
    selfSignature: '<script>alert(1)</script>',
  },
  {
    userID: 'vera',
    nick: 'Verbose Vera',
    avatar: initialsAvatar('Verbose Vera', 1),
    selfSignature: LONG_SIGNATURE,
  },
  { userID: 'link-trap', nick: 'Link Trap', avatar: 'javascript:alert(1)' },
  {
    userID: 'max',
    nick: 'Maximilian Alexander Friedrich von Hohenzollern-Sigmaringen der Dritte',
    avatar: initialsAvatar('Maximilian Hohenzollern', 7),
  },
  { userID: 'user_8f3a2c' },
  { userID: 'bob', nick: 'Bob Smith', avatar: initialsAvatar('Bob Smith', 9) },
  {
    userID: 'fiona',
    nick: 'Famous Fiona',
    avatar: initialsAvatar('Famous Fiona', 8),
    selfSignature: 'Official account ✔',
  },
];

/** The demo edges, oldest first: mutuals alice, chen-wei, ivan; fans and followings around `me`. */
export const demoFollows: ReadonlyArray<readonly [string, string]> = [
  ['me', 'fiona'],
  ['alice', 'me'],
  ['me', 'alice'],
  ['chen-wei', 'me'],
  ['me', 'chen-wei'],
  ['yuki', 'me'],
  ['me', 'minji'],
  ['layla', 'me'],
  ['me', 'noa'],
  ['me', 'ivan'],
  ['ivan', 'me'],
  ['sunny', 'me'],
  ['xss', 'me'],
  ['me', 'vera'],
  ['link-trap', 'me'],
  ['me', 'max'],
  ['user_8f3a2c', 'me'],
  ['alice', 'fiona'],
  ['bob', 'fiona'],
  ['chen-wei', 'fiona'],
  ['yuki', 'fiona'],
  ['alice', 'bob'],
  ['bob', 'alice'],
];

/** 2024-01-15 09:00 UTC: demo follows are spaced from here so their times never change. */
const DEMO_EPOCH_MS = Date.UTC(2024, 0, 15, 9, 0);

/**
 * A fresh database of the demo world. Its seeded follows have fixed times; later follows
 * use `options.now` (default `Date.now`).
 */
export function createDemoDb(
  options: Pick<FollowDbOptions, 'now' | 'maxFollowing'> = {},
): FollowDb {
  const liveClock = options.now ?? Date.now;
  let seeded = 0;
  let loading = true;
  const db = createFollowDb({
    ...options,
    users: demoUsers,
    follows: demoFollows,
    now: () => (loading ? DEMO_EPOCH_MS + seeded++ * 97 * 60_000 : liveClock()),
  });
  loading = false;
  return db;
}
