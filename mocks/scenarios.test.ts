import { FollowErrorCode } from '../src/client/errors';
import { server } from '../test/server';
import { createFollowDb } from './db';
import { createFollowHandlers } from './handlers';
import { scenarios } from './scenarios';
import { callFollowApi, postFollow } from './test-support';

const CHECK = { From_Account: 'me', To_Account: ['alice'] };
const FOLLOW = { From_Account: 'me', FollowItem: [{ To_Account: 'alice' }] };

/** The follow server with `faults` in front of it. */
function serveWith(...faults: Parameters<typeof server.use>) {
  const db = createFollowDb({ users: [{ userID: 'me' }, { userID: 'alice' }] });
  server.use(...createFollowHandlers(db));
  server.use(...faults);
  return db;
}

async function statusOf(command: string, body: unknown) {
  const response = await postFollow(command, body);
  return response.status === 200
    ? ((await response.json()) as { ErrorCode: number }).ErrorCode
    : response.status;
}

describe('scenarios.latency', () => {
  it('delays each call by a fixed time, then answers normally', async () => {
    serveWith(...scenarios.latency(80));
    const started = performance.now();
    const body = await callFollowApi('follow_check', CHECK);
    expect(performance.now() - started).toBeGreaterThanOrEqual(75);
    expect(body.ResultItem).toEqual([
      { To_Account: 'alice', ResultCode: 0, ResultInfo: '', FollowType: 0 },
    ]);
  });

  it('delays by a random time within { min, max }', async () => {
    serveWith(...scenarios.latency({ min: 60, max: 90 }));
    const started = performance.now();
    expect((await callFollowApi('follow_check', CHECK)).ActionStatus).toBe('OK');
    expect(performance.now() - started).toBeGreaterThanOrEqual(55);
  });

  it('leaves commands outside its list undelayed', async () => {
    serveWith(...scenarios.latency(2000, { commands: ['follow_add'] }));
    const started = performance.now();
    await callFollowApi('follow_check', CHECK);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('scenarios.failNext', () => {
  it('fails the next n calls with 30006, changing nothing, then lets calls through', async () => {
    const db = serveWith(...scenarios.failNext(2));
    const failed = await callFollowApi('follow_add', FOLLOW);
    expect(failed).toEqual({
      ActionStatus: 'FAIL',
      ErrorCode: FollowErrorCode.ServerInternal,
      ErrorInfo: expect.stringMatching(/internal error/i),
      ErrorDisplay: '',
    });
    expect(await statusOf('follow_check', CHECK)).toBe(30006);
    expect(db.followType('me', 'alice')).toBe(0);
    const third = await callFollowApi('follow_add', FOLLOW);
    expect(third.ResultItem).toEqual([{ To_Account: 'alice', ResultCode: 0, ResultInfo: '' }]);
    expect(db.followType('me', 'alice')).toBe(2);
  });

  it('fails with the code asked for, e.g. the 30007 timeout', async () => {
    serveWith(...scenarios.failNext(1, FollowErrorCode.ServerTimeout));
    const body = await callFollowApi('follow_check', CHECK);
    expect(body).toMatchObject({
      ActionStatus: 'FAIL',
      ErrorCode: 30007,
      ErrorInfo: expect.stringMatching(/timeout/i),
    });
    expect(await statusOf('follow_check', CHECK)).toBe(0);
  });

  it('hits only the commands it names', async () => {
    const db = serveWith(...scenarios.failNext(1, 30006, { commands: ['follow_add'] }));
    expect(await statusOf('follow_check', CHECK)).toBe(0);
    expect(await statusOf('follow_add', FOLLOW)).toBe(30006);
    expect(await statusOf('follow_add', FOLLOW)).toBe(0);
    expect(db.followType('me', 'alice')).toBe(2);
  });
});

describe('scenarios.httpError', () => {
  it('answers HTTP 502 the given number of times, then normally', async () => {
    serveWith(...scenarios.httpError(502, { times: 2 }));
    expect(await statusOf('follow_check', CHECK)).toBe(502);
    expect(await statusOf('follow_add', FOLLOW)).toBe(502);
    expect(await statusOf('follow_check', CHECK)).toBe(0);
  });

  it('keeps failing without a count, with the status asked for', async () => {
    serveWith(...scenarios.httpError(503));
    for (let i = 0; i < 3; i++) expect(await statusOf('follow_check', CHECK)).toBe(503);
  });
});

describe('scenarios.networkError', () => {
  it('makes fetch reject, then answers normally', async () => {
    serveWith(...scenarios.networkError({ times: 1 }));
    await expect(postFollow('follow_check', CHECK)).rejects.toThrow(TypeError);
    expect(await statusOf('follow_check', CHECK)).toBe(0);
  });
});

describe('scenarios.rateLimit', () => {
  it('refuses calls over the limit per command and second with 60007', async () => {
    let now = 10_000;
    serveWith(...scenarios.rateLimit(2, { now: () => now }));
    expect(await statusOf('follow_check', CHECK)).toBe(0);
    expect(await statusOf('follow_check', CHECK)).toBe(0);
    const limited = await callFollowApi('follow_check', CHECK);
    expect(limited).toMatchObject({
      ActionStatus: 'FAIL',
      ErrorCode: FollowErrorCode.RateLimited,
      ErrorInfo: expect.stringMatching(/follow_check .* 2 calls per second/),
    });
    expect(await statusOf('follow_add', FOLLOW)).toBe(0);
    now += 999;
    expect(await statusOf('follow_check', CHECK)).toBe(60007);
    now += 1;
    expect(await statusOf('follow_check', CHECK)).toBe(0);
  });

  it('allows 200 calls per second by default', async () => {
    serveWith(...scenarios.rateLimit(undefined, { now: () => 0 }));
    const codes = await Promise.all(
      Array.from({ length: 201 }, () => statusOf('follow_check', CHECK)),
    );
    expect(codes.filter((code) => code === 0)).toHaveLength(200);
    expect(codes.filter((code) => code === 60007)).toHaveLength(1);
  });
});

describe('scenarios together', () => {
  it('apply in the order given: latency first, then the fault', async () => {
    serveWith(...scenarios.latency(60), ...scenarios.failNext(1));
    const started = performance.now();
    expect(await statusOf('follow_check', CHECK)).toBe(30006);
    expect(performance.now() - started).toBeGreaterThanOrEqual(55);
    expect(await statusOf('follow_check', CHECK)).toBe(0);
  });
});
