import { MALFORMED_RESPONSE } from '../client/errorCodes';
import { FollowError, toFollowError } from '../client/errors';
import type { FollowResponse } from '../client/types';

/**
 * Calls a client method and returns its `data`, turning any rejection into a `FollowError`
 * and refusing answers that are not `{ code: 0, data }` (an SDK instance or an app's own
 * client may not be as strict as ours).
 */
export async function callClient<T>(
  method: string,
  call: () => Promise<FollowResponse<T>>,
): Promise<T> {
  let response: FollowResponse<T>;
  try {
    response = await call();
  } catch (error) {
    throw toFollowError(error);
  }
  if (typeof response !== 'object' || response === null || !('data' in response)) {
    throw new FollowError(MALFORMED_RESPONSE, `${method} answered without { code, data }.`);
  }
  if (typeof response.code === 'number' && response.code !== 0) {
    throw new FollowError(response.code, `${method} answered with code ${response.code}.`);
  }
  return response.data;
}

/** Throws a MalformedResponse `FollowError` unless `ok`. */
export function expectShape(ok: boolean, method: string, what: string): asserts ok {
  if (!ok) {
    throw new FollowError(MALFORMED_RESPONSE, `${method} answered with ${what}.`);
  }
}
