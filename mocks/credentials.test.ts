// @vitest-environment node
import tlsSigApiV2 from 'tls-sig-api-v2';
import { ADMIN, APP_ID, makeUserSig, SECRET_KEY, withRealNetwork } from '../test/proxy-harness';
import { CredentialErrorCode as Code } from './credentials';
import { createFollowDb } from './db';
import { startFollowMockServer } from './http-server';

withRealNetwork();
let server: Awaited<ReturnType<typeof startFollowMockServer>>;
const DAY = 86_400;
beforeAll(async () => {
  server = await startFollowMockServer({
    port: 0,
    db: createFollowDb({ users: [{ userID: 'me' }, { userID: 'alice' }] }),
    strict: { sdkAppID: APP_ID, secretKey: SECRET_KEY, admins: [ADMIN] },
  });
});
afterAll(() => server.close());

async function check(query: Record<string, string>) {
  const response = await fetch(
    `${server.url}/v4/follow/follow_check?${new URLSearchParams(query)}`,
    {
      method: 'POST',
      body: JSON.stringify({ From_Account: 'me', To_Account: ['alice'] }),
    },
  );
  return (await response.json()) as { ActionStatus: string; ErrorCode: number; ErrorInfo: string };
}

const good = () => ({
  sdkappid: String(APP_ID),
  identifier: ADMIN,
  usersig: makeUserSig(),
  random: '4294967295',
  contenttype: 'json',
});

/** A UserSig made `ageSeconds` ago by Tencent's algorithm, valid for `ttl`. */
function oldUserSig(ageSeconds: number, ttl: number): string {
  const realNow = Date.now;
  Date.now = () => realNow() - ageSeconds * 1000;
  try {
    return new tlsSigApiV2.Api(APP_ID, SECRET_KEY).genUserSig(ADMIN, ttl);
  } finally {
    Date.now = realNow;
  }
}

describe('strict mode: what Tencent checks', () => {
  test('valid credentials pass', async () => {
    expect(await check(good())).toMatchObject({ ActionStatus: 'OK', ErrorCode: 0 });
  });

  test.each([
    ['no sdkappid', { sdkappid: '' }, Code.MissingSdkAppID],
    ['another SDKAppID', { sdkappid: '1400000002' }, Code.UnknownSdkAppID],
    ['no identifier', { identifier: '' }, Code.MissingAccountOrSig],
    ['no usersig', { usersig: '' }, Code.MissingAccountOrSig],
    ['random over 32 bits', { random: '4294967296' }, Code.BadUrl],
    ['contenttype not json', { contenttype: 'xml' }, Code.BadUrl],
    ['a garbled usersig', { usersig: 'eJyrVkrNyclXslIqzy-KSVGqBQA' }, Code.UserSigUnparsable],
    [
      'a usersig made with another key',
      { usersig: makeUserSig('other-secret') },
      Code.UserSigInvalid,
    ],
    [
      'a usersig of another identifier',
      { usersig: makeUserSig(SECRET_KEY, 'someone') },
      Code.IdentifierMismatch,
    ],
    [
      'a usersig of another SDKAppID',
      { usersig: makeUserSig(SECRET_KEY, ADMIN, 1_400_000_002) },
      Code.SdkAppIDMismatch,
    ],
    ['an expired usersig', { usersig: oldUserSig(2 * DAY, DAY) }, Code.UserSigExpired],
    [
      'a valid usersig of a non-admin',
      { identifier: 'me', usersig: makeUserSig(SECRET_KEY, 'me') },
      Code.AdminRequired,
    ],
  ])('%s → its code, and the message does not repeat the UserSig', async (_name, change, code) => {
    const query = { ...good(), ...change };
    const answer = await check(query);
    expect(answer).toMatchObject({ ActionStatus: 'FAIL', ErrorCode: code });
    expect(answer.ErrorInfo).not.toBe('');
    if (query.usersig) expect(answer.ErrorInfo).not.toContain(query.usersig);
  });

  test('an expired-looking but still valid usersig passes', async () => {
    expect(await check({ ...good(), usersig: oldUserSig(DAY - 60, DAY) })).toMatchObject({
      ErrorCode: 0,
    });
  });
});
