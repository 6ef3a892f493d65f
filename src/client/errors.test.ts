import { FollowError, FollowErrorCode, toFollowError } from './errors';

describe('SDK error codes', () => {
  it.each([
    [2024, 'SdkNotLoggedIn', false],
    [2999, 'SdkNotReady', true],
    [3122, 'SdkFeatureDisabled', false],
    [2800, 'SdkNetworkError', true],
    [2801, 'SdkNetworkTimeout', true],
    [2805, 'SdkNoNetwork', true],
    [2996, 'SdkRateLimited', true],
    [60006, 'SdkAppIdInvalid', false],
    [60007, 'RateLimited', true],
    [60011, 'AppRateLimited', true],
    [60018, 'TooFrequent', true],
    [60022, 'ServerOverloaded', true],
  ] as const)('%i is FollowErrorCode.%s, retryable: %s', (code, name, retryable) => {
    expect(FollowErrorCode[name]).toBe(code);
    expect(new FollowError(code, 'x').retryable).toBe(retryable);
  });

  it('retries the second "too frequent" code like the first', () => {
    expect(new FollowError(60019, 'x').retryable).toBe(true);
  });

  it('explains a code that arrives without a message (the SDK lost its message table)', () => {
    expect(toFollowError({ code: 3122, message: '' }).message).toMatch(
      /follow feature is not enabled/,
    );
    expect(toFollowError({ code: 30005 }).message).toMatch(/follow feature is not enabled/);
    expect(toFollowError({ code: 3122, message: 'SDK says no' }).message).toBe('SDK says no');
  });
});
