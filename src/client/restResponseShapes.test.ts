import { FollowError, FollowErrorCode } from './errors';
import {
  readBaseResponse,
  readFollowChangeResponse,
  readFollowCheckResponse,
  readFollowGetInfoResponse,
  readFollowGetResponse,
} from './restResponseShapes';

const OK = { ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '', ErrorDisplay: '' };

function failure(run: () => unknown): FollowError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(FollowError);
    return error as FollowError;
  }
  throw new Error('expected a FollowError');
}

describe('readBaseResponse', () => {
  it('throws the server code and ErrorInfo on ActionStatus FAIL', () => {
    const error = failure(() =>
      readBaseResponse('follow_check', {
        ActionStatus: 'FAIL',
        ErrorCode: 30003,
        ErrorInfo: 'account not found',
        ErrorDisplay: '',
      }),
    );
    expect(error.code).toBe(30003);
    expect(error.message).toBe('account not found');
  });

  it('gives a FAIL without ErrorInfo a message of its own', () => {
    const error = failure(() =>
      readBaseResponse('follow_add', { ActionStatus: 'FAIL', ErrorCode: 30006 }),
    );
    expect(error).toMatchObject({ code: 30006, message: 'follow_add failed with error 30006.' });
  });

  it.each([
    ['null', null, 'the body is null, expected an object'],
    ['an array', [], 'the body is an array, expected an object'],
    ['no ActionStatus', { ErrorCode: 0 }, 'ActionStatus is missing, expected "OK" or "FAIL"'],
    ['a bad ActionStatus', { ...OK, ActionStatus: 'ok' }, 'ActionStatus is "ok"'],
    ['no ErrorCode', { ActionStatus: 'OK' }, 'ErrorCode is missing, expected an integer'],
    ['a string ErrorCode', { ...OK, ErrorCode: '0' }, 'ErrorCode is "0", expected an integer'],
    ['a numeric ErrorInfo', { ...OK, ErrorInfo: 1 }, 'ErrorInfo is 1, expected a string'],
    [
      'FAIL with code 0',
      { ...OK, ActionStatus: 'FAIL' },
      'ActionStatus is "FAIL" with ErrorCode 0',
    ],
  ])('calls a body with %s malformed', (_, body, detail) => {
    const error = failure(() => readBaseResponse('follow_get', body));
    expect(error.code).toBe(FollowErrorCode.MalformedResponse);
    expect(error.message).toContain('Malformed follow_get response: ');
    expect(error.message).toContain(detail);
  });
});

describe('per-command checkers', () => {
  it('read well-formed bodies', () => {
    const item = { To_Account: 'u2', ResultCode: 0, ResultInfo: '' };
    expect(
      readFollowChangeResponse('follow_add', { ...OK, ResultItem: [item] }).ResultItem,
    ).toEqual([item]);
    expect(
      readFollowCheckResponse({ ...OK, ResultItem: [{ ...item, FollowType: 3 }] }).ResultItem,
    ).toEqual([{ ...item, FollowType: 3 }]);
    expect(
      readFollowGetInfoResponse({
        ...OK,
        FollowInfo: [{ ...item, FollowerCount: 1, FollowingCount: 2, MutualFollowingCount: 0 }],
      }).FollowInfo[0],
    ).toMatchObject({ FollowerCount: 1, FollowingCount: 2, MutualFollowingCount: 0 });
    expect(
      readFollowGetResponse({
        ...OK,
        FollowItem: [{ To_Account: 'u2', FollowTime: 5 }],
        NextCursor: '',
      }).FollowItem,
    ).toEqual([{ To_Account: 'u2', FollowTime: 5, ProfileItem: [], profile_sequence: 0 }]);
  });

  it.each([
    [
      'follow_add without ResultItem',
      () => readFollowChangeResponse('follow_add', OK),
      'ResultItem is missing, expected an array',
    ],
    [
      'follow_delete with a numeric To_Account',
      () =>
        readFollowChangeResponse('follow_delete', {
          ...OK,
          ResultItem: [{ To_Account: 2, ResultCode: 0 }],
        }),
      'ResultItem[0].To_Account is 2, expected a string',
    ],
    [
      'follow_get without NextCursor',
      () => readFollowGetResponse({ ...OK, FollowItem: [] }),
      'NextCursor is missing, expected a string',
    ],
    [
      'follow_get with a string FollowTime',
      () =>
        readFollowGetResponse({
          ...OK,
          NextCursor: '',
          FollowItem: [{ To_Account: 'u2', FollowTime: '5' }],
        }),
      'FollowItem[0].FollowTime is "5", expected an integer',
    ],
    [
      'follow_get with a tag without Tag',
      () =>
        readFollowGetResponse({
          ...OK,
          NextCursor: '',
          FollowItem: [{ To_Account: 'u2', FollowTime: 5, ProfileItem: [{ Value: 'x' }] }],
        }),
      'FollowItem[0].ProfileItem[0].Tag is missing, expected a string',
    ],
    [
      'follow_check with FollowType 4',
      () =>
        readFollowCheckResponse({
          ...OK,
          ResultItem: [{ To_Account: 'u2', ResultCode: 0, FollowType: 4 }],
        }),
      'ResultItem[0].FollowType is 4, expected 0, 1, 2 or 3',
    ],
    [
      'follow_get_info with a negative count',
      () =>
        readFollowGetInfoResponse({
          ...OK,
          FollowInfo: [
            {
              To_Account: 'u2',
              ResultCode: 0,
              FollowerCount: -1,
              FollowingCount: 0,
              MutualFollowingCount: 0,
            },
          ],
        }),
      'FollowInfo[0].FollowerCount is -1, expected a count',
    ],
  ])('call %s malformed, naming the field', (_, run, detail) => {
    const error = failure(run);
    expect(error.code).toBe(FollowErrorCode.MalformedResponse);
    expect(error.message).toContain(detail);
  });
});
