import { HttpResponse, http } from 'msw';
import { scenarios } from '../../mocks';
import { recordRequests, rejectionOf, setupRestClient } from '../../test/client/restClientHarness';
import { server } from '../../test/server';
import { FollowError, FollowErrorCode } from './errors';

const users = [{ userID: 'alice' }, { userID: 'bob' }];

async function followError(promise: Promise<unknown>): Promise<FollowError> {
  const error = await rejectionOf(promise);
  expect(error).toBeInstanceOf(FollowError);
  return error as FollowError;
}

/** A one-off handler in front of the mock server answering every follow call with `body`. */
function answerWith(response: () => Response) {
  server.use(http.post('*/v4/follow/:command', response));
}

describe('createRestFollowClient: transport failures', () => {
  it('reports a non-2xx answer as HttpError with the status', async () => {
    const { client } = setupRestClient({ db: { users } });
    server.use(...scenarios.httpError(502));
    const error = await followError(client.followUser(['alice']));
    expect(error.code).toBe(FollowErrorCode.HttpError);
    expect(error.status).toBe(502);
    expect(error.message).toContain('502');
    expect(error.retryable).toBe(true);
  });

  it('reports a failed fetch as NetworkError', async () => {
    const { client } = setupRestClient({ db: { users } });
    server.use(...scenarios.networkError());
    const error = await followError(client.checkFollowType(['alice']));
    expect(error.code).toBe(FollowErrorCode.NetworkError);
    expect(error.message).toContain('follow_check');
    expect(error.retryable).toBe(true);
  });

  it('reports no answer within timeoutMs as Timeout', async () => {
    const { client } = setupRestClient({ db: { users }, client: { timeoutMs: 20 } });
    server.use(...scenarios.latency(500));
    const started = Date.now();
    const error = await followError(client.getMyFollowersList());
    expect(error.code).toBe(FollowErrorCode.Timeout);
    expect(error.message).toBe('No answer to follow_get within 20 ms.');
    expect(Date.now() - started).toBeLessThan(400);
  });

  it('answers normally when the server is slow but within the timeout', async () => {
    const { client } = setupRestClient({ db: { users }, client: { timeoutMs: 1000 } });
    server.use(...scenarios.latency(30));
    await expect(client.checkFollowType(['alice'])).resolves.toMatchObject({ code: 0 });
  });

  it("reports the client's signal as Aborted, in flight or before sending", async () => {
    const controller = new AbortController();
    const { client } = setupRestClient({ db: { users }, client: { signal: controller.signal } });
    server.use(...scenarios.latency(500));
    const pending = client.followUser(['alice']);
    setTimeout(() => controller.abort(), 10);
    const error = await followError(pending);
    expect(error.code).toBe(FollowErrorCode.Aborted);
    expect(error.retryable).toBe(false);

    const requests = recordRequests();
    expect((await followError(client.checkFollowType(['bob']))).code).toBe(FollowErrorCode.Aborted);
    expect(requests.count()).toBe(0);
  });

  it('aborts one listing through its own signal', async () => {
    const { client } = setupRestClient({ db: { users } });
    server.use(...scenarios.latency(500));
    const controller = new AbortController();
    const reason = new Error('unmounted');
    const pending = client.getUserFollowList({
      userID: 'alice',
      type: 'followers',
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(reason), 10);
    const error = await followError(pending);
    expect(error.code).toBe(FollowErrorCode.Aborted);
    expect(error.cause).toBe(reason);
  });
});

describe('createRestFollowClient: malformed answers', () => {
  it('reports a body that is not JSON as MalformedResponse', async () => {
    const { client } = setupRestClient({ db: { users } });
    answerWith(
      () =>
        new HttpResponse('<html>Bad gateway</html>', { headers: { 'content-type': 'text/html' } }),
    );
    const error = await followError(client.followUser(['alice']));
    expect(error.code).toBe(FollowErrorCode.MalformedResponse);
    expect(error.message).toBe('Malformed follow_add response: the body is not JSON.');
  });

  it.each([
    ['JSON that is not an object', () => HttpResponse.json([1, 2]), 'the body is an array'],
    [
      'a body without ActionStatus',
      () => HttpResponse.json({ ErrorCode: 0 }),
      'ActionStatus is missing',
    ],
    [
      'a body without the result array',
      () => HttpResponse.json({ ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' }),
      'ResultItem is missing, expected an array',
    ],
    [
      'a result of the wrong type',
      () =>
        HttpResponse.json({
          ActionStatus: 'OK',
          ErrorCode: 0,
          ErrorInfo: '',
          ResultItem: [{ To_Account: 'alice', ResultCode: '0', FollowType: 2 }],
        }),
      'ResultItem[0].ResultCode is "0", expected an integer',
    ],
  ])('reports %s as MalformedResponse naming the field', async (_, response, detail) => {
    const { client } = setupRestClient({ db: { users } });
    answerWith(response);
    const error = await followError(client.checkFollowType(['alice']));
    expect(error.code).toBe(FollowErrorCode.MalformedResponse);
    expect(error.message).toContain(detail);
  });

  it('reports an info answer that leaves out an asked user as MalformedResponse', async () => {
    const { client } = setupRestClient({ db: { users } });
    answerWith(() =>
      HttpResponse.json({
        ActionStatus: 'OK',
        ErrorCode: 0,
        ErrorInfo: '',
        ErrorDisplay: '',
        FollowInfo: [],
      }),
    );
    const error = await followError(client.getUserFollowInfo(['alice']));
    expect(error.code).toBe(FollowErrorCode.MalformedResponse);
    expect(error.userID).toBe('alice');
  });
});

describe('createRestFollowClient: server errors', () => {
  it.each([
    [FollowErrorCode.ServerInternal, true],
    [FollowErrorCode.AccountNotFound, false],
    [FollowErrorCode.InvalidParameters, false],
  ])('rejects ActionStatus FAIL %i with the server code and ErrorInfo', async (code, retryable) => {
    const { client } = setupRestClient({ db: { users } });
    server.use(...scenarios.failNext(1, code));
    const error = await followError(client.followUser(['alice']));
    expect(error.code).toBe(code);
    expect(error.message).not.toBe('');
    expect(error.retryable).toBe(retryable);
    // failNext(1): the next call goes through.
    await expect(client.followUser(['alice'])).resolves.toMatchObject({ code: 0 });
  });

  it("carries the real server's ErrorInfo: 30003 for an unknown signed-in user", async () => {
    const { client } = setupRestClient({ db: { users }, client: { userID: 'ghost' } });
    const error = await followError(client.checkFollowType(['alice']));
    expect(error.code).toBe(FollowErrorCode.AccountNotFound);
    expect(error.message).toBe('From_Account ghost does not exist');
  });

  it("carries the real server's ErrorInfo: 30001 for a garbled cursor", async () => {
    const { client } = setupRestClient({ db: { users } });
    const error = await followError(client.getMyFollowersList('not-a-cursor'));
    expect(error.code).toBe(FollowErrorCode.InvalidParameters);
    expect(error.message.length).toBeGreaterThan(0);
  });

  it('reports the rate limit as retryable 60007', async () => {
    const { client } = setupRestClient({ db: { users } });
    server.use(...scenarios.rateLimit(2));
    await client.checkFollowType(['alice']);
    await client.checkFollowType(['alice']);
    const error = await followError(client.checkFollowType(['alice']));
    expect(error.code).toBe(FollowErrorCode.RateLimited);
    expect(error.retryable).toBe(true);
  });

  it('stops a chunked follow at the first failed call', async () => {
    const targets = Array.from({ length: 45 }, (_, i) => `u${i}`);
    const { db, client } = setupRestClient({
      db: { users: targets.map((userID) => ({ userID })) },
    });
    let calls = 0;
    server.use(
      http.post('*/v4/follow/follow_add', () => {
        calls++;
        return calls === 2
          ? HttpResponse.json({
              ActionStatus: 'FAIL',
              ErrorCode: 30006,
              ErrorInfo: 'busy',
              ErrorDisplay: '',
            })
          : undefined;
      }),
    );
    const error = await followError(client.followUser(targets));
    expect(error).toMatchObject({ code: FollowErrorCode.ServerInternal, message: 'busy' });
    expect(calls).toBe(2);
    expect(db.counts('me').following).toBe(20);
  });
});
