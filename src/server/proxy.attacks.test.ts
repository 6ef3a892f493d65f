// @vitest-environment node
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { strictCredentials } from '../../mocks/credentials';
import {
  makeUserSig,
  proxyStackPerFile,
  SECRET_KEY,
  startProxyStack,
  withRealNetwork,
} from '../../test/proxy-harness';
import { FollowProxyErrorCode as Code, createFollowProxy, toNodeHandler } from '.';

withRealNetwork();
const USER_SIG = makeUserSig();
const holder = proxyStackPerFile({
  secretKey: undefined,
  getUserSig: () => USER_SIG,
  authorizeRead: (_viewer, owner) => owner !== 'carol',
});

/** Every attack is answered by the proxy alone: the mock's request count does not move. */
async function refused(
  attempt: () => Promise<{
    status: number;
    body: { ErrorCode: number; ErrorInfo?: string; ActionStatus?: string };
  }>,
) {
  const before = holder.stack.mock.followRequests;
  const answer = await attempt();
  expect(holder.stack.mock.followRequests).toBe(before);
  return { status: answer.status, code: answer.body.ErrorCode, body: answer.body };
}

describe('createFollowProxy refuses, and never forwards', () => {
  afterAll(() => {
    const everything = [...holder.stack.texts, ...holder.stack.logs].join('\n');
    expect(everything).not.toContain(SECRET_KEY);
    expect(everything).not.toContain(USER_SIG);
  });

  test('a write with a spoofed From_Account: 403, never rewritten', async () => {
    const { call } = holder.stack;
    const add = await refused(() =>
      call('follow_add', { From_Account: 'alice', FollowItem: [{ To_Account: 'bob' }] }),
    );
    expect(add).toMatchObject({ status: 403, code: Code.NotYourAccount });
    expect(add.body.ActionStatus).toBe('FAIL');
    const del = await refused(() =>
      call('follow_delete', { From_Account: 'carol', To_Account: ['alice'] }),
    );
    expect(del).toMatchObject({ status: 403, code: Code.NotYourAccount });
    expect(holder.stack.mock.db.followType('alice', 'bob')).toBe(0);
    expect(holder.stack.mock.db.followType('carol', 'alice')).toBe(2);
  });

  test('a body with two From_Account keys is forwarded as the one the proxy checked', async () => {
    const text =
      '{"From_Account":"alice","From_Account":"me","FollowItem":[{"To_Account":"dave"}]}';
    const answer = await holder.stack.call('follow_add', text);
    expect(answer.body.ActionStatus).toBe('OK');
    expect(holder.stack.mock.db.followType('me', 'dave')).toBe(2);
    expect(holder.stack.mock.db.followType('alice', 'dave')).toBe(0);
  });

  test('reads of another user: allowed by default, refused where authorizeRead says no', async () => {
    const { call } = holder.stack;
    const allowed = await call('follow_get', {
      From_Account: 'alice',
      FollowType: 1,
      StartCursor: '',
    });
    expect(allowed.body.ActionStatus).toBe('OK');
    for (const [command, body] of [
      ['follow_get', { From_Account: 'carol', FollowType: 2, StartCursor: '' }],
      ['follow_check', { From_Account: 'carol', To_Account: ['alice'] }],
      ['follow_get_info', { From_Account: 'carol', To_Account: ['carol'] }],
    ] as const) {
      expect(await refused(() => call(command, body))).toMatchObject({
        status: 403,
        code: Code.ReadNotAllowed,
      });
    }
  });

  test('no session: 401', async () => {
    const body = { From_Account: 'me', To_Account: ['alice'] };
    const none = await refused(() => holder.stack.call('follow_check', body, { token: '' }));
    expect(none).toMatchObject({ status: 401, code: Code.Unauthenticated });
    const forged = await refused(() =>
      holder.stack.call('follow_check', body, { token: 'forged' }),
    );
    expect(forged).toMatchObject({ status: 401, code: Code.Unauthenticated });
  });

  test('other commands, other paths and other methods', async () => {
    const { call, proxyUrl } = holder.stack;
    const body = { From_Account: 'me', To_Account: ['alice'] };
    for (const command of [
      'follow_import',
      'friend_add',
      '',
      'portrait_get',
      'profile/portrait_set',
      'profile/follow_get',
    ]) {
      expect(await refused(() => call(command, body))).toMatchObject({
        status: 404,
        code: Code.InvalidParameters,
      });
    }
    const get = await refused(async () => {
      const response = await fetch(`${proxyUrl}/api/im/v4/follow/follow_get`, {
        headers: { authorization: 'Bearer token-me' },
      });
      expect(response.headers.get('allow')).toBe('POST');
      return { status: response.status, body: await response.json() };
    });
    expect(get).toMatchObject({ status: 405, code: Code.InvalidParameters });
  });

  test('malformed, oversized and over-limit bodies: 400 / 413', async () => {
    const { call } = holder.stack;
    const cases: Array<[string, unknown, number, RegExp]> = [
      ['follow_check', 'not json', 400, /not valid UTF-8 JSON/],
      ['follow_check', '[1,2]', 400, /must be a JSON object, got array/],
      ['follow_check', { To_Account: ['alice'] }, 400, /From_Account/],
      [
        'follow_check',
        { From_Account: 'me', To_Account: Array(101).fill('alice') },
        400,
        /101 items; pass 1 to 100/,
      ],
      [
        'follow_add',
        { From_Account: 'me', FollowItem: Array(21).fill({ To_Account: 'bob' }) },
        400,
        /pass 1 to 20/,
      ],
      ['follow_add', { From_Account: 'me', FollowItem: ['bob'] }, 400, /FollowItem\[0\]/],
      [
        'follow_get',
        { From_Account: 'me', FollowType: 2, StartCursor: '', WantNum: 1001 },
        400,
        /WantNum/,
      ],
      ['follow_get', { From_Account: 'me', FollowType: 4, StartCursor: '' }, 400, /FollowType/],
      [
        'profile/portrait_get',
        { To_Account: Array(101).fill('alice'), TagList: ['Tag_Profile_IM_Nick'] },
        400,
        /To_Account has 101 items; pass 1 to 100/,
      ],
      ['profile/portrait_get', { To_Account: ['alice'] }, 400, /TagList must be an array/],
      ['profile/portrait_get', { To_Account: [''], TagList: ['x'] }, 400, /To_Account\[0\]/],
      [
        'follow_check',
        { From_Account: 'me', To_Account: ['a'], pad: 'x'.repeat(70_000) },
        413,
        /larger than 65536/,
      ],
    ];
    for (const [command, body, status, info] of cases) {
      const answer = await refused(() => call(command, body));
      expect(answer).toMatchObject({ status, code: Code.InvalidParameters });
      expect(answer.body.ErrorInfo).toMatch(info);
    }
  });
});

describe('rate limit', () => {
  test('a burst over the per-user limit gets 60007 and stops at the proxy', async () => {
    const stack = await startProxyStack({ rateLimit: { limit: 5, windowMs: 60_000 } });
    try {
      const body = { From_Account: 'me', To_Account: ['alice'] };
      const answers = await Promise.all(
        Array.from({ length: 12 }, () => stack.call('follow_check', body)),
      );
      expect(answers.filter((a) => a.status === 200)).toHaveLength(5);
      const limited = answers.filter((a) => a.status === 429);
      expect(limited).toHaveLength(7);
      expect(limited.every((a) => a.body.ErrorCode === 60007)).toBe(true);
      expect(stack.mock.followRequests).toBe(5);
      // Another user has their own budget.
      expect(
        (
          await stack.call(
            'follow_check',
            { ...body, From_Account: 'alice' },
            { token: 'token-alice' },
          )
        ).status,
      ).toBe(200);
    } finally {
      await stack.close();
    }
  });
});

describe('upstream failures', () => {
  test('a timeout is a 504 and an unreachable upstream a 502, with no secret in the logs', async () => {
    const slow = await startProxyStack({ timeoutMs: 150 }, { scenario: { latency: 2000 } });
    try {
      const answer = await slow.call('follow_check', { From_Account: 'me', To_Account: ['alice'] });
      expect(answer).toMatchObject({ status: 504, body: { ErrorCode: Code.UpstreamTimeout } });
      expect(slow.logs.join('\n')).toMatch(/follow_check: no upstream answer within 150 ms/);
    } finally {
      await slow.close();
    }
    const gone = await startProxyStack();
    const port = new URL(gone.mock.url).port;
    await gone.mock.close();
    const answer = await gone.call('follow_check', { From_Account: 'me', To_Account: ['alice'] });
    expect(answer).toMatchObject({ status: 502, body: { ErrorCode: Code.UpstreamFailed } });
    expect(gone.logs.join('\n')).toMatch(/network failure/);
    expect([...gone.logs, ...gone.texts].join('\n')).not.toMatch(
      new RegExp(`${SECRET_KEY}|usersig=`),
    );
    expect(port).not.toBe('');
    await gone.close().catch(() => {});
  });
});

describe('what reaches upstream', () => {
  test('admin credentials, a fresh uint32 random per call, and none of the browser query', async () => {
    const urls: URL[] = [];
    const upstream = createServer((request, response) => {
      urls.push(new URL(request.url ?? '/', 'http://upstream'));
      response.setHeader('content-type', 'application/json');
      response.end(
        '{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","ErrorDisplay":"","ResultItem":[]}',
      );
    });
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
    const proxy = createFollowProxy({
      sdkAppID: 1_400_000_001,
      identifier: 'administrator',
      secretKey: SECRET_KEY,
      upstream: `http://127.0.0.1:${(upstream.address() as AddressInfo).port}/`,
      authenticate: () => 'me',
    });
    const front = createServer(toNodeHandler(proxy));
    await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', resolve));
    try {
      const base = `http://127.0.0.1:${(front.address() as AddressInfo).port}`;
      for (let i = 0; i < 3; i++) {
        await fetch(`${base}/v4/follow/follow_check?identifier=root&usersig=evil&sdkappid=1`, {
          method: 'POST',
          body: JSON.stringify({ From_Account: 'me', To_Account: ['alice'] }),
        });
      }
      expect(urls.map((url) => url.pathname)).toEqual(Array(3).fill('/v4/follow/follow_check'));
      const verify = strictCredentials({ sdkAppID: 1_400_000_001, secretKey: SECRET_KEY });
      for (const url of urls) {
        expect(() => verify(url)).not.toThrow();
        expect(url.searchParams.getAll('identifier')).toEqual(['administrator']);
        expect(url.searchParams.get('contenttype')).toBe('json');
      }
      const randoms = urls.map((url) => Number(url.searchParams.get('random')));
      expect(new Set(randoms).size).toBe(3);
      for (const random of randoms) expect(random >>> 0).toBe(random);
    } finally {
      front.closeAllConnections();
      upstream.closeAllConnections();
      await new Promise((resolve) => front.close(resolve));
      await new Promise((resolve) => upstream.close(resolve));
    }
  });
});
