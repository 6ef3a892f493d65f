/**
 * Codes the proxy answers with when it refuses a call itself. 30001 and 60007 are the
 * protocol's own (bad parameters, rate limited); 91xxx are the proxy's, so an app can tell
 * "my backend said no" from "Tencent said no".
 */
export const FollowProxyErrorCode = {
  /** 30001: the request is malformed (method, path, body, per-call limits). */
  InvalidParameters: 30001,
  /** 60007: the caller is over the proxy's per-user rate limit. */
  RateLimited: 60007,
  /** 91001 (HTTP 401): `authenticate` found no signed-in user. */
  Unauthenticated: 91001,
  /** 91002 (HTTP 403): a write whose `From_Account` is not the signed-in user. */
  NotYourAccount: 91002,
  /** 91003 (HTTP 403): `authorizeRead` refused a read of another user's graph. */
  ReadNotAllowed: 91003,
  /** 91004 (HTTP 502): Tencent (or the mock) could not be reached or answered badly. */
  UpstreamFailed: 91004,
  /** 91005 (HTTP 504): no answer from upstream within `timeoutMs`. */
  UpstreamTimeout: 91005,
  /** 91006 (HTTP 500): the proxy itself failed (e.g. `authenticate` threw). */
  Internal: 91006,
} as const;

/** A body in the REST error format with `status`; never cached. */
export function restError(
  status: number,
  code: number,
  info: string,
  headers: Record<string, string> = {},
): Response {
  const body = { ActionStatus: 'FAIL', ErrorCode: code, ErrorInfo: info, ErrorDisplay: '' };
  return Response.json(body, {
    status,
    headers: { 'cache-control': 'no-store', ...headers },
  });
}

/** `text` with every occurrence of the given secrets replaced, for messages and logs. */
export function redact(text: string, secrets: ReadonlyArray<string | undefined>): string {
  let result = text;
  for (const secret of secrets) {
    if (secret) result = result.split(secret).join('[redacted]');
  }
  return result;
}
