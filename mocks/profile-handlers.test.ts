import { server } from '../test/server';
import { createFollowDb } from './db';
import { createFollowHandlers } from './handlers';
import { scenarios } from './scenarios';

const OK = { ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '', ErrorDisplay: '' };
const QUERY = 'sdkappid=1&identifier=admin&usersig=x&random=1&contenttype=json';

async function portraitGet(body: unknown, command = 'portrait_get') {
  const response = await fetch(`https://api.example.test/v4/profile/${command}?${QUERY}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  expect(response.status).toBe(200);
  return response.json();
}

function serve() {
  const db = createFollowDb({
    users: [
      { userID: 'alice', nick: 'Alice', selfSignature: 'Hi', custom: { Hobby: 'chess' } },
      { userID: 'bob' },
    ],
  });
  server.use(...createFollowHandlers(db));
  return db;
}

describe('portrait_get', () => {
  it('answers each account with the asked tags it has, in the asked order', async () => {
    serve();
    const body = await portraitGet({
      To_Account: ['bob', 'alice'],
      TagList: ['Tag_Profile_IM_Nick', 'Tag_Profile_Custom_Hobby'],
    });
    expect(body).toEqual({
      ...OK,
      UserProfileItem: [
        { To_Account: 'bob', ProfileItem: [], ResultCode: 0, ResultInfo: '' },
        {
          To_Account: 'alice',
          ProfileItem: [
            { Tag: 'Tag_Profile_IM_Nick', Value: 'Alice' },
            { Tag: 'Tag_Profile_Custom_Hobby', Value: 'chess' },
          ],
          ResultCode: 0,
          ResultInfo: '',
        },
      ],
    });
  });

  it('answers an unknown account with ResultCode 40003 and lists it in Fail_Account', async () => {
    serve();
    const body = await portraitGet({
      To_Account: ['ghost', 'bob'],
      TagList: ['Tag_Profile_IM_Nick'],
    });
    expect(body).toMatchObject({
      ...OK,
      UserProfileItem: [
        { To_Account: 'ghost', ProfileItem: [], ResultCode: 40003 },
        { To_Account: 'bob', ResultCode: 0 },
      ],
      Fail_Account: ['ghost'],
    });
  });

  it('shows profile changes at once: it reads the same store as the follow API', async () => {
    const db = serve();
    db.addUser({ userID: 'bob', nick: 'Bobby' });
    const body = await portraitGet({ To_Account: ['bob'], TagList: ['Tag_Profile_IM_Nick'] });
    expect(body.UserProfileItem[0].ProfileItem).toEqual([
      { Tag: 'Tag_Profile_IM_Nick', Value: 'Bobby' },
    ]);
  });

  it.each([
    ['no To_Account', { TagList: ['Tag_Profile_IM_Nick'] }, /To_Account is required/],
    ['no accounts', { To_Account: [], TagList: ['Tag_Profile_IM_Nick'] }, /To_Account is empty/],
    [
      '101 accounts',
      { To_Account: Array.from({ length: 101 }, (_, i) => `u${i}`), TagList: ['x'] },
      /101 items; at most 100/,
    ],
    ['no TagList', { To_Account: ['bob'] }, /TagList is required/],
    ['an empty TagList', { To_Account: ['bob'], TagList: [] }, /TagList is empty/],
    [
      'a number tag',
      { To_Account: ['bob'], TagList: [3] },
      /TagList\[0\] must be a non-empty string/,
    ],
    ['a body that is not JSON', 'not json', /not valid JSON/],
  ])('refuses %s with 40001 saying why', async (_, request, info) => {
    serve();
    expect(await portraitGet(request)).toEqual({
      ActionStatus: 'FAIL',
      ErrorCode: 40001,
      ErrorInfo: expect.stringMatching(info),
      ErrorDisplay: '',
    });
  });

  it('refuses other profile commands with 40001', async () => {
    serve();
    expect(await portraitGet({}, 'portrait_set')).toMatchObject({
      ActionStatus: 'FAIL',
      ErrorCode: 40001,
      ErrorInfo: expect.stringMatching(/Unknown profile command portrait_set/),
    });
  });

  it('is subject to scenarios, alone when they name it', async () => {
    serve();
    server.use(...scenarios.failNext(1, 30006, { commands: ['portrait_get'] }));
    const request = { To_Account: ['bob'], TagList: ['Tag_Profile_IM_Nick'] };
    expect(await portraitGet(request)).toMatchObject({ ActionStatus: 'FAIL', ErrorCode: 30006 });
    expect(await portraitGet(request)).toMatchObject(OK);
  });
});
