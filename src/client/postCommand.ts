import { ABORTED, HTTP_ERROR, MALFORMED_RESPONSE, NETWORK_ERROR, TIMEOUT } from './errorCodes';
import { FollowError } from './errors';
import { type RestCommand, restCommandPath } from './protocol';

/** Extra query parameters of every request, e.g. `sdkappid`, `identifier`, `usersig`. */
export type RestQueryParams = Record<string, string | number>;

/** How {@link postCommand} reaches the server; built once by `createRestFollowClient`. */
export interface CommandTransport {
  baseUrl: string;
  fetch: typeof globalThis.fetch | undefined;
  timeoutMs: number;
  query: RestQueryParams | (() => RestQueryParams) | undefined;
  headers: HeadersInit | (() => HeadersInit) | undefined;
  /** The client's signal: aborting it cancels every request of the client. */
  signal: AbortSignal | undefined;
}

/** A fresh nonce per request, as the REST API expects in `random`. */
function randomUint32(): number {
  return Math.floor(Math.random() * 0x1_0000_0000);
}

function commandUrl(transport: CommandTransport, command: RestCommand): string {
  const params = new URLSearchParams({ random: String(randomUint32()), contenttype: 'json' });
  const extra = typeof transport.query === 'function' ? transport.query() : transport.query;
  for (const [name, value] of Object.entries(extra ?? {})) params.set(name, String(value));
  return `${transport.baseUrl.replace(/\/+$/, '')}/v4/${restCommandPath(command)}?${params}`;
}

function requestHeaders(transport: CommandTransport): Headers {
  const given = typeof transport.headers === 'function' ? transport.headers() : transport.headers;
  const headers = new Headers(given);
  if (!headers.has('content-type')) headers.set('content-type', 'application/json');
  if (!headers.has('accept')) headers.set('accept', 'application/json');
  return headers;
}

/**
 * One signal for one request that fires on the caller's signals or on the timeout, and
 * remembers which of them fired so the failure gets the right code. An own controller and
 * timer rather than `AbortSignal.any` / `AbortSignal.timeout`, which older Safari lacks and
 * which would not tell a timeout from a caller's abort when the fetch rejects.
 */
function requestDeadline(timeoutMs: number, callerSignals: AbortSignal[]) {
  const controller = new AbortController();
  let timedOut = false;
  const onCallerAbort = () => controller.abort();
  for (const signal of callerSignals) signal.addEventListener('abort', onCallerAbort);
  const timer = Number.isFinite(timeoutMs)
    ? setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, timeoutMs)
    : undefined;
  return {
    signal: controller.signal,
    callerAborted: () => callerSignals.some((signal) => signal.aborted),
    timedOut: () => timedOut,
    dispose() {
      clearTimeout(timer);
      for (const signal of callerSignals) signal.removeEventListener('abort', onCallerAbort);
    },
  };
}

function abortedError(command: RestCommand, signals: AbortSignal[]): FollowError {
  const reason = signals.find((signal) => signal.aborted)?.reason;
  return new FollowError(ABORTED, `The ${command} request was aborted.`, {
    cause: reason,
  });
}

/**
 * POSTs one REST command and returns the parsed JSON body, unchecked: the caller checks the
 * body's shape. Every failure is a `FollowError`: the caller's abort → Aborted, no answer in
 * time → Timeout, fetch rejected → NetworkError, non-2xx → HttpError (with `status`), a body
 * that is not JSON → MalformedResponse.
 */
export async function postCommand(
  transport: CommandTransport,
  command: RestCommand,
  body: unknown,
  callSignal?: AbortSignal,
): Promise<unknown> {
  const callerSignals = [transport.signal, callSignal].filter((signal) => signal !== undefined);
  if (callerSignals.some((signal) => signal.aborted)) throw abortedError(command, callerSignals);

  const deadline = requestDeadline(transport.timeoutMs, callerSignals);
  let text: string;
  try {
    // Looked up per call so a fetch patched after the client was made (msw, tests) is used.
    const fetchImpl = transport.fetch ?? globalThis.fetch;
    const response = await fetchImpl(commandUrl(transport, command), {
      method: 'POST',
      headers: requestHeaders(transport),
      body: JSON.stringify(body),
      signal: deadline.signal,
    });
    if (!response.ok) {
      void response.body?.cancel().catch(() => {});
      const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
      throw new FollowError(HTTP_ERROR, `${command} answered HTTP ${status}.`, {
        status: response.status,
      });
    }
    // Reading the body is inside the deadline too: a stalled body is no answer.
    text = await response.text();
  } catch (error) {
    if (error instanceof FollowError) throw error;
    if (deadline.callerAborted()) throw abortedError(command, callerSignals);
    if (deadline.timedOut()) {
      throw new FollowError(TIMEOUT, `No answer to ${command} within ${transport.timeoutMs} ms.`, {
        cause: error,
      });
    }
    const detail = error instanceof Error && error.message ? ` (${error.message})` : '';
    throw new FollowError(NETWORK_ERROR, `The ${command} request failed${detail}.`, {
      cause: error,
    });
  } finally {
    deadline.dispose();
  }

  try {
    return JSON.parse(text);
  } catch (error) {
    throw new FollowError(
      MALFORMED_RESPONSE,
      `Malformed ${command} response: the body is not JSON.`,
      { cause: error },
    );
  }
}
