// @vitest-environment node
import { createFollowProxy, createUserSigSource, type FollowProxyOptions } from '.';

const base: FollowProxyOptions = {
  sdkAppID: 1_400_000_001,
  identifier: 'administrator',
  secretKey: 'top-secret-key',
  region: 'singapore',
  authenticate: () => 'me',
};

describe('createFollowProxy options', () => {
  test.each<[Partial<FollowProxyOptions>, RegExp]>([
    [{ sdkAppID: 0 }, /sdkAppID must be a positive integer/],
    [{ identifier: '' }, /identifier must be the admin account/],
    [{ getUserSig: () => 'x' }, /exactly one of secretKey or getUserSig/],
    [{ secretKey: undefined }, /exactly one of secretKey or getUserSig/],
    [{ upstream: 'http://127.0.0.1:4010' }, /exactly one of region or upstream/],
    [{ region: 'mars' as never }, /region must be one of china, singapore/],
    [{ region: undefined, upstream: 'ftp://x' }, /upstream must be an http\(s\) URL/],
    [{ rateLimit: { limit: 0, windowMs: 1000 } }, /rateLimit.limit must be a positive integer/],
    [{ timeoutMs: -1 }, /timeoutMs must be a positive number/],
  ])('%o is refused with a message naming the option, never the secret', (change, message) => {
    const attempt = () => createFollowProxy({ ...base, ...change });
    expect(attempt).toThrow(message);
    expect(attempt).not.toThrow(/top-secret-key/);
  });

  test('a failing authenticate is a 500 in the protocol format, logged without secrets', async () => {
    const logs: string[] = [];
    const proxy = createFollowProxy({
      ...base,
      authenticate: () => {
        throw new Error('session store down (key top-secret-key)');
      },
      log: (line) => logs.push(line),
    });
    const response = await proxy(
      new Request('http://app/api/im/v4/follow/follow_get', { method: 'POST', body: '{}' }),
    );
    expect(response.status).toBe(500);
    expect(await response.json()).toMatchObject({ ActionStatus: 'FAIL', ErrorCode: 91006 });
    expect(logs).toEqual(['follow proxy: internal error: session store down (key [redacted])']);
  });
});

test('fetchAs refuses an empty user ID at once', () => {
  expect(() => createFollowProxy(base).fetchAs('')).toThrow(/userID must be the signed-in user/);
});

describe('createUserSigSource', () => {
  test('reuses the UserSig until shortly before it expires, then makes a new one', () => {
    let now = Date.UTC(2030, 0, 1);
    vi.useFakeTimers({ toFake: ['Date'], now });
    try {
      const userSig = createUserSigSource({
        sdkAppID: 1_400_000_001,
        identifier: 'administrator',
        secretKey: 'top-secret-key',
        ttlSeconds: 3600,
        now: () => now,
      });
      const first = userSig();
      now += 3000 * 1000; // 50 min: 10 min of validity left, more than the 5 min margin
      vi.setSystemTime(now);
      expect(userSig()).toBe(first);
      now += 600 * 1000; // 60 min: inside the 5 min margin, so renewed
      vi.setSystemTime(now);
      expect(userSig()).not.toBe(first);
    } finally {
      vi.useRealTimers();
    }
  });
});
