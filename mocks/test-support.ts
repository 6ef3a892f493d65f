import type {
  FollowCommand,
  RestFollowChangeResponse,
  RestFollowCheckResponse,
  RestFollowGetInfoResponse,
  RestFollowGetResponse,
} from '../src/client/protocol';

/** Test support (not part of the public API): REST calls as an app's backend sends them. */
export const FOLLOW_API_BASE = 'https://api.example.test/v4/follow';

const QUERY = 'sdkappid=1&identifier=admin&usersig=x&random=1&contenttype=json';

interface ResponseOf {
  follow_add: RestFollowChangeResponse;
  follow_delete: RestFollowChangeResponse;
  follow_get: RestFollowGetResponse;
  follow_check: RestFollowCheckResponse;
  follow_get_info: RestFollowGetInfoResponse;
}

/** POSTs `body` (a string is sent as it is) to `command` and returns the raw Response. */
export function postFollow(command: string, body: unknown, query = QUERY): Promise<Response> {
  return fetch(`${FOLLOW_API_BASE}/${command}?${query}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** POSTs `body` to `command`, expects HTTP 200 and returns the parsed body. */
export async function callFollowApi<C extends FollowCommand>(
  command: C,
  body: unknown,
  query = QUERY,
): Promise<ResponseOf[C]> {
  const response = await postFollow(command, body, query);
  if (response.status !== 200) throw new Error(`HTTP ${response.status} from ${command}`);
  return (await response.json()) as ResponseOf[C];
}
