import { FollowErrorCode } from '../src/client/errors';
import { server } from '../test/server';
import { createFollowDb, type FollowDbOptions } from './db';
import { createFollowHandlers, type FollowHandlersOptions } from './handlers';
import { callFollowApi, postFollow } from './test-support';

const NOW_MS = Date.UTC(2025, 2, 1, 12, 0);
const NOW_S = NOW_MS / 1000;

const OK = { ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '', ErrorDisplay: '' };

function serve(options: FollowDbOptions = {}, handlerOptions?: FollowHandlersOptions) {
  const db = createFollowDb({ now: () => NOW_MS, ...options });
  server.use(...createFollowHandlers(db, handlerOptions));
  return db;
}

/** The FAIL body of a request-level error whose ErrorInfo matches `info`. */
function failure(code: number, info: RegExp) {
  return {
    ActionStatus: 'FAIL',
    ErrorCode: code,
    ErrorInfo: expect.stringMatching(info),
    ErrorDisplay: '',
  };
}

const ids = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, i) => `${prefix}${i}`);

describe('follow_add', () => {
  it('follows each user and answers one ResultItem per item', async () => {
    const db = serve({ users: [{ userID: 'me' }, { userID: 'alice' }, { userID: 'bob' }] });
    const body = await callFollowApi('follow_add', {
      From_Account: 'me',
      FollowItem: [{ To_Account: 'alice' }, { To_Account: 'bob' }],
    });
    expect(body).toEqual({
      ...OK,
      ResultItem: [
        { To_Account: 'alice', ResultCode: 0, ResultInfo: '' },
        { To_Account: 'bob', ResultCode: 0, ResultInfo: '' },
      ],
    });
    expect(db.followType('me', 'alice')).toBe(2);
    expect(db.followType('me', 'bob')).toBe(2);
  });

  it('fails per item for oneself and unknown users, still following the rest', async () => {
    const db = serve({ users: [{ userID: 'me' }, { userID: 'alice' }] });
    const body = await callFollowApi('follow_add', {
      From_Account: 'me',
      FollowItem: [{ To_Account: 'me' }, { To_Account: 'ghost' }, { To_Account: 'alice' }],
    });
    expect(body.ActionStatus).toBe('OK');
    expect(body.ResultItem).toEqual([
      { To_Account: 'me', ResultCode: 30010, ResultInfo: expect.stringMatching(/cannot follow/) },
      { To_Account: 'ghost', ResultCode: 30003, ResultInfo: 'UserID ghost does not exist' },
      { To_Account: 'alice', ResultCode: 0, ResultInfo: '' },
    ]);
    expect(db.counts('me').following).toBe(1);
  });

  it('answers 30011 per item at the 5000 cap', async () => {
    const follows = ids('u', 5000).map((id) => ['me', id] as const);
    const db = serve({ users: [{ userID: 'one-more' }], follows });
    const body = await callFollowApi('follow_add', {
      From_Account: 'me',
      FollowItem: [{ To_Account: 'u7' }, { To_Account: 'one-more' }],
    });
    expect(body.ResultItem).toEqual([
      { To_Account: 'u7', ResultCode: 0, ResultInfo: '' },
      { To_Account: 'one-more', ResultCode: 30011, ResultInfo: expect.stringMatching(/5000/) },
    ]);
    expect(db.counts('me').following).toBe(5000);
  });

  it('treats following again as success that keeps the original follow time', async () => {
    let now = NOW_MS;
    const db = createFollowDb({ follows: [['me', 'alice']], now: () => now });
    server.use(...createFollowHandlers(db));
    now += 3_600_000;
    const body = await callFollowApi('follow_add', {
      From_Account: 'me',
      FollowItem: [{ To_Account: 'alice' }],
    });
    expect(body.ResultItem).toEqual([{ To_Account: 'alice', ResultCode: 0, ResultInfo: '' }]);
    const list = await callFollowApi('follow_get', {
      From_Account: 'me',
      FollowType: 2,
      StartCursor: '',
    });
    expect(list.FollowItem.map((item) => item.FollowTime)).toEqual([NOW_S]);
  });

  it.each([
    ['a missing FollowItem', { From_Account: 'me' }, /FollowItem is required/],
    ['an empty FollowItem', { From_Account: 'me', FollowItem: [] }, /FollowItem is empty/],
    [
      '21 items',
      { From_Account: 'me', FollowItem: ids('u', 21).map((id) => ({ To_Account: id })) },
      /^FollowItem has 21 items; at most 20 are allowed$/,
    ],
    [
      'a bare string item',
      { From_Account: 'me', FollowItem: ['alice'] },
      /FollowItem\[0\] must be an object/,
    ],
    [
      'an item without To_Account',
      { From_Account: 'me', FollowItem: [{ To_Account: 'alice' }, {}] },
      /FollowItem\[1\]\.To_Account must be a non-empty string/,
    ],
    [
      'a missing From_Account',
      { FollowItem: [{ To_Account: 'alice' }] },
      /From_Account is required/,
    ],
    [
      'a numeric From_Account',
      { From_Account: 7, FollowItem: [{ To_Account: 'alice' }] },
      /From_Account must be a string, got number/,
    ],
  ])('refuses %s with 30001 and changes nothing', async (_, request, info) => {
    const db = serve({ users: [{ userID: 'me' }, { userID: 'alice' }] });
    expect(await callFollowApi('follow_add', request)).toEqual(failure(30001, info));
    expect(db.counts('me').following).toBe(0);
  });

  it('refuses an unknown From_Account with request-level 30003', async () => {
    serve({ users: [{ userID: 'alice' }] });
    const body = await callFollowApi('follow_add', {
      From_Account: 'ghost',
      FollowItem: [{ To_Account: 'alice' }],
    });
    expect(body).toEqual(failure(30003, /From_Account ghost does not exist/));
  });
});

describe('follow_delete', () => {
  it('unfollows, succeeding also for users not followed, failing per item for oneself and unknowns', async () => {
    const db = serve({ follows: [['me', 'alice']], users: [{ userID: 'bob' }] });
    const body = await callFollowApi('follow_delete', {
      From_Account: 'me',
      To_Account: ['alice', 'bob', 'me', 'ghost'],
    });
    expect(body).toEqual({
      ...OK,
      ResultItem: [
        { To_Account: 'alice', ResultCode: 0, ResultInfo: '' },
        { To_Account: 'bob', ResultCode: 0, ResultInfo: '' },
        { To_Account: 'me', ResultCode: 30010, ResultInfo: expect.any(String) },
        { To_Account: 'ghost', ResultCode: 30003, ResultInfo: 'UserID ghost does not exist' },
      ],
    });
    expect(db.followType('me', 'alice')).toBe(0);
  });

  it.each([
    [
      'a string To_Account',
      { From_Account: 'me', To_Account: 'alice' },
      /To_Account must be an array, got string/,
    ],
    ['an empty To_Account', { From_Account: 'me', To_Account: [] }, /To_Account is empty/],
    [
      '21 IDs',
      { From_Account: 'me', To_Account: ids('u', 21) },
      /To_Account has 21 items; at most 20 are allowed/,
    ],
    [
      'an empty ID',
      { From_Account: 'me', To_Account: ['alice', ''] },
      /To_Account\[1\] must be a non-empty string/,
    ],
  ])('refuses %s with 30001', async (_, request, info) => {
    const db = serve({ follows: [['me', 'alice']] });
    expect(await callFollowApi('follow_delete', request)).toEqual(failure(30001, info));
    expect(db.followType('me', 'alice')).toBe(2);
  });
});

describe('follow_get', () => {
  it('lists rows with the exact fields, profile tags the user has, newest first', async () => {
    let now = NOW_MS;
    const db = createFollowDb({
      now: () => (now += 1000),
      users: [
        {
          userID: 'alice',
          nick: 'Alice',
          avatar: 'https://img.example/alice.png',
          selfSignature: 'Hi',
          gender: 'Gender_Type_Female',
          location: 'Berlin',
          level: 3,
          role: 1,
          custom: { Hobby: 'chess' },
        },
      ],
      follows: [
        ['alice', 'me'],
        ['bob', 'me'],
      ],
    });
    server.use(...createFollowHandlers(db));
    const body = await callFollowApi('follow_get', {
      From_Account: 'me',
      FollowType: 1,
      StartCursor: '',
      WantNum: 10,
    });
    expect(body).toEqual({
      ...OK,
      NextCursor: '',
      FollowItem: [
        { To_Account: 'bob', FollowTime: NOW_S + 2, ProfileItem: [], profile_sequence: 1 },
        {
          To_Account: 'alice',
          FollowTime: NOW_S + 1,
          ProfileItem: [
            { Tag: 'Tag_Profile_IM_Nick', Value: 'Alice' },
            { Tag: 'Tag_Profile_IM_Image', Value: 'https://img.example/alice.png' },
            { Tag: 'Tag_Profile_IM_SelfSignature', Value: 'Hi' },
            { Tag: 'Tag_Profile_IM_Gender', Value: 'Gender_Type_Female' },
            { Tag: 'Tag_Profile_IM_Location', Value: 'Berlin' },
            { Tag: 'Tag_Profile_IM_Level', Value: 3 },
            { Tag: 'Tag_Profile_IM_Role', Value: 1 },
            { Tag: 'Tag_Profile_Custom_Hobby', Value: 'chess' },
          ],
          profile_sequence: 1,
        },
      ],
    });
  });

  it('lists fans, follows and mutual follows by FollowType 1, 2, 3', async () => {
    serve({
      follows: [
        ['a', 'me'],
        ['me', 'b'],
        ['me', 'a'],
        ['c', 'me'],
      ],
    });
    const list = async (FollowType: number) =>
      (
        await callFollowApi('follow_get', { From_Account: 'me', FollowType, StartCursor: '' })
      ).FollowItem.map((item) => item.To_Account);
    expect(await list(1)).toEqual(['c', 'a']);
    expect(await list(2)).toEqual(['a', 'b']);
    expect(await list(3)).toEqual(['a']);
  });

  it('pages 100 by default and 1000 at most, with NextCursor "" on the last page', async () => {
    serve({ follows: ids('fan', 1150).map((id) => [id, 'me'] as const) });
    const first = await callFollowApi('follow_get', {
      From_Account: 'me',
      FollowType: 1,
      StartCursor: '',
    });
    expect(first.FollowItem).toHaveLength(100);
    expect(first.FollowItem[0]?.To_Account).toBe('fan1149');
    const big = await callFollowApi('follow_get', {
      From_Account: 'me',
      FollowType: 1,
      StartCursor: first.NextCursor,
      WantNum: 1000,
    });
    expect(big.FollowItem).toHaveLength(1000);
    expect(big.FollowItem[0]?.To_Account).toBe('fan1049');
    const last = await callFollowApi('follow_get', {
      From_Account: 'me',
      FollowType: 1,
      StartCursor: big.NextCursor,
      WantNum: 1000,
    });
    expect(last.FollowItem.map((item) => item.To_Account)).toEqual([
      'fan49',
      ...ids('fan', 49).reverse(),
    ]);
    expect(last.NextCursor).toBe('');
  });

  it('never repeats or skips a row present throughout while others follow and unfollow', async () => {
    const db = serve({
      follows: ids('fan', 10).map((id) => [id, 'me'] as const),
      users: [{ userID: 'late' }],
    });
    const page1 = await callFollowApi('follow_get', {
      From_Account: 'me',
      FollowType: 1,
      StartCursor: '',
      WantNum: 4,
    });
    db.follow('late', 'me');
    db.unfollow('fan9', 'me');
    db.unfollow('fan3', 'me');
    const page2 = await callFollowApi('follow_get', {
      From_Account: 'me',
      FollowType: 1,
      StartCursor: page1.NextCursor,
      WantNum: 4,
    });
    const seen = [...page1.FollowItem, ...page2.FollowItem].map((item) => item.To_Account);
    expect(seen).toEqual(['fan9', 'fan8', 'fan7', 'fan6', 'fan5', 'fan4', 'fan2', 'fan1']);
  });

  it.each([
    [
      'a missing FollowType',
      { StartCursor: '' },
      /FollowType must be 1 \(fans\), 2 \(follows\) or 3 \(mutual follows\), got nothing/,
    ],
    ['FollowType 4', { FollowType: 4, StartCursor: '' }, /FollowType must be .*got 4/],
    ['FollowType "1"', { FollowType: '1', StartCursor: '' }, /FollowType must be .*got "1"/],
    ['a missing StartCursor', { FollowType: 1 }, /StartCursor is required/],
    ['a numeric StartCursor', { FollowType: 1, StartCursor: 0 }, /StartCursor must be a string/],
    ['a garbled StartCursor', { FollowType: 1, StartCursor: 'page-2' }, /StartCursor is invalid/],
    [
      'WantNum 0',
      { FollowType: 1, StartCursor: '', WantNum: 0 },
      /WantNum must be an integer from 1 to 1000, got 0/,
    ],
    ['WantNum 1001', { FollowType: 1, StartCursor: '', WantNum: 1001 }, /got 1001/],
    ['WantNum 2.5', { FollowType: 1, StartCursor: '', WantNum: 2.5 }, /got 2.5/],
    ['WantNum "10"', { FollowType: 1, StartCursor: '', WantNum: '10' }, /got "10"/],
  ])('refuses %s with 30001', async (_, fields, info) => {
    serve({ follows: [['a', 'me']] });
    expect(await callFollowApi('follow_get', { From_Account: 'me', ...fields })).toEqual(
      failure(30001, info),
    );
  });

  it("refuses another list's cursor with 30001", async () => {
    serve({
      follows: [
        ['a', 'me'],
        ['b', 'me'],
        ['me', 'a'],
        ['me', 'b'],
        ['a', 'b'],
        ['c', 'b'],
      ],
    });
    const { NextCursor } = await callFollowApi('follow_get', {
      From_Account: 'me',
      FollowType: 1,
      StartCursor: '',
      WantNum: 1,
    });
    expect(NextCursor).not.toBe('');
    const asFollowing = { From_Account: 'me', FollowType: 2, StartCursor: NextCursor };
    expect(await callFollowApi('follow_get', asFollowing)).toEqual(
      failure(30001, /belongs to another list/),
    );
    const asOtherUser = { From_Account: 'b', FollowType: 1, StartCursor: NextCursor };
    expect(await callFollowApi('follow_get', asOtherUser)).toEqual(
      failure(30001, /belongs to another list/),
    );
  });

  it('refuses an unknown From_Account with 30003', async () => {
    serve({ users: [{ userID: 'me' }] });
    const body = await callFollowApi('follow_get', {
      From_Account: 'ghost',
      FollowType: 1,
      StartCursor: '',
    });
    expect(body).toEqual(failure(30003, /ghost/));
  });
});

describe('follow_check', () => {
  it('answers each FollowType from From_Account’s side, and 30003 with 0 for unknown users', async () => {
    serve({
      follows: [
        ['fan', 'me'],
        ['me', 'idol'],
        ['me', 'friend'],
        ['friend', 'me'],
      ],
      users: [{ userID: 'stranger' }],
    });
    const body = await callFollowApi('follow_check', {
      From_Account: 'me',
      To_Account: ['stranger', 'fan', 'idol', 'friend', 'ghost'],
    });
    expect(body).toEqual({
      ...OK,
      ResultItem: [
        { To_Account: 'stranger', ResultCode: 0, ResultInfo: '', FollowType: 0 },
        { To_Account: 'fan', ResultCode: 0, ResultInfo: '', FollowType: 1 },
        { To_Account: 'idol', ResultCode: 0, ResultInfo: '', FollowType: 2 },
        { To_Account: 'friend', ResultCode: 0, ResultInfo: '', FollowType: 3 },
        {
          To_Account: 'ghost',
          ResultCode: 30003,
          ResultInfo: 'UserID ghost does not exist',
          FollowType: 0,
        },
      ],
    });
  });

  it('accepts 100 IDs and refuses 101 with 30001', async () => {
    serve({ users: [{ userID: 'me' }] });
    const hundred = await callFollowApi('follow_check', {
      From_Account: 'me',
      To_Account: ids('u', 100),
    });
    expect(hundred.ResultItem).toHaveLength(100);
    const tooMany = await callFollowApi('follow_check', {
      From_Account: 'me',
      To_Account: ids('u', 101),
    });
    expect(tooMany).toEqual(failure(30001, /To_Account has 101 items; at most 100 are allowed/));
  });
});

describe('follow_get_info', () => {
  it('answers the counts of each user, and 30003 with zeros for unknown users', async () => {
    serve({
      follows: [
        ['a', 'me'],
        ['b', 'me'],
        ['me', 'a'],
        ['me', 'c'],
      ],
    });
    const body = await callFollowApi('follow_get_info', {
      From_Account: 'me',
      To_Account: ['me', 'a', 'ghost'],
    });
    expect(body).toEqual({
      ...OK,
      FollowInfo: [
        {
          To_Account: 'me',
          ResultCode: 0,
          ResultInfo: '',
          FollowerCount: 2,
          FollowingCount: 2,
          MutualFollowingCount: 1,
        },
        {
          To_Account: 'a',
          ResultCode: 0,
          ResultInfo: '',
          FollowerCount: 1,
          FollowingCount: 1,
          MutualFollowingCount: 1,
        },
        {
          To_Account: 'ghost',
          ResultCode: 30003,
          ResultInfo: 'UserID ghost does not exist',
          FollowerCount: 0,
          FollowingCount: 0,
          MutualFollowingCount: 0,
        },
      ],
    });
  });

  it('refuses 21 IDs and an unknown From_Account', async () => {
    serve({ users: [{ userID: 'me' }] });
    const tooMany = await callFollowApi('follow_get_info', {
      From_Account: 'me',
      To_Account: ids('u', 21),
    });
    expect(tooMany).toEqual(failure(30001, /To_Account has 21 items; at most 20 are allowed/));
    const unknown = await callFollowApi('follow_get_info', {
      From_Account: 'ghost',
      To_Account: ['me'],
    });
    expect(unknown).toEqual(failure(30003, /ghost/));
  });
});

describe('every command', () => {
  it('answers API errors with HTTP 200 and the four base fields', async () => {
    serve({ users: [{ userID: 'me' }] });
    const response = await postFollow('follow_check', '{"From_Account": "me", ');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(failure(30001, /^The request body is not valid JSON/));
  });

  it('refuses a body that is not a JSON object', async () => {
    serve({ users: [{ userID: 'me' }] });
    expect(await callFollowApi('follow_get_info', ['me'])).toEqual(
      failure(30001, /must be a JSON object, got array/),
    );
  });

  it('refuses an unknown command, naming it', async () => {
    serve({ users: [{ userID: 'me' }] });
    const response = await postFollow('follow_everyone', { From_Account: 'me' });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(failure(30001, /Unknown command follow_everyone/));
  });

  it('answers on any origin', async () => {
    serve({ follows: [['a', 'me']] });
    const response = await fetch('http://localhost:5173/api/im/v4/follow/follow_get_info', {
      method: 'POST',
      body: JSON.stringify({ From_Account: 'me', To_Account: ['me'] }),
    });
    expect((await response.json()).FollowInfo[0].FollowerCount).toBe(1);
  });

  it('refuses another SDKAppID with 30002 when one is configured', async () => {
    serve({ users: [{ userID: 'me' }] }, { sdkAppID: 1400000001 });
    const request = { From_Account: 'me', To_Account: ['me'] };
    const wrong = await callFollowApi('follow_get_info', request, 'sdkappid=1&identifier=admin');
    expect(wrong).toEqual(failure(FollowErrorCode.SdkAppIdMismatch, /SDKAppID 1 does not match/));
    const missing = await callFollowApi('follow_get_info', request, 'identifier=admin');
    expect(missing.ErrorCode).toBe(30002);
    const right = await callFollowApi(
      'follow_get_info',
      request,
      'sdkappid=1400000001&identifier=admin',
    );
    expect(right.ActionStatus).toBe('OK');
  });
});
