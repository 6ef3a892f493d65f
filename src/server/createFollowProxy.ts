import { type RestCommand, restCommandPath } from '../client/protocol';
import {
  type CommandBody,
  FOLLOW_COMMANDS,
  parseCommandBody,
  readBodyBytes,
  WRITE_COMMANDS,
} from './commandBody';
import { FollowProxyErrorCode as Code, redact, restError } from './errors';
import {
  type FollowProxyOptions,
  type FollowReadCommand,
  type ResolvedProxyOptions,
  resolveProxyOptions,
} from './options';
import { createRateLimiter } from './rateLimiter';

/** A web-standard request handler: Next.js route handlers, Hono, Remix, Bun, Deno. */
export type FetchHandler = (request: Request) => Promise<Response>;

/** The proxy's handler, and the same proxy for the app's own server code. */
export interface FollowProxy extends FetchHandler {
  /**
   * A `fetch` that sends through this proxy in-process as `userID`, without a session: for a
   * REST client on the server (`createRestFollowClient({ baseUrl: '/api/im', userID, fetch:
   * proxy.fetchAs(userID) })`) that prefetches a server-rendered page. Every other rule
   * holds (writes bound to `userID`, `authorizeRead`, limits, the rate limit). Only server
   * code that already knows who is signed in may call it: it trusts `userID`.
   */
  fetchAs(userID: string): typeof fetch;
}

const COMMAND_PATH = /\/v4\/(follow|profile)\/([^/]+)$/;

/** A fresh unsigned 32-bit nonce per call, from a CSPRNG. */
function randomUint32(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0] as number;
}

/**
 * The backend half of the REST path: a fetch handler that answers `POST …/v4/follow/<command>`
 * (and the profile read `POST …/v4/profile/portrait_get`) for the signed-in user only. It authenticates the caller with `authenticate`, refuses a
 * write whose `From_Account` is someone else (403, never rewritten), asks `authorizeRead`
 * before a read of another user's graph, enforces the body cap, the per-call limits and the
 * per-user rate limit, then adds the admin credentials (`sdkappid`, `identifier`,
 * `usersig`, a fresh `random`, `contenttype`) and forwards to Tencent or the mock. Every
 * refusal is a REST error body (see `FollowProxyErrorCode`); nothing is thrown.
 *
 * @example
 * // app/api/im/[...path]/route.ts
 * export const POST = createFollowProxy({ sdkAppID, identifier: 'administrator',
 *   secretKey: process.env.IM_SECRET_KEY, region: 'singapore',
 *   authenticate: async () => (await auth())?.user?.id ?? null });
 */
export function createFollowProxy(options: FollowProxyOptions): FollowProxy {
  const config = resolveProxyOptions(options);
  const limiter = config.rateLimit && createRateLimiter(config.rateLimit, config.now);
  const handler = (request: Request, viewerOf: (request: Request) => unknown) =>
    handle(config, limiter, request, viewerOf).catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      config.log(`follow proxy: internal error: ${redact(message, config.secrets())}`);
      return restError(500, Code.Internal, 'The follow proxy failed; try again later');
    });
  return Object.assign((request: Request) => handler(request, config.authenticate), {
    fetchAs(userID: string): typeof fetch {
      if (typeof userID !== 'string' || userID === '') {
        throw new TypeError(
          'fetchAs(userID): userID must be the signed-in user, a non-empty string',
        );
      }
      return (input, init) => {
        // A REST client built with a relative baseUrl ('/api/im') works here too.
        const request =
          input instanceof Request ? input : new Request(new URL(input, 'http://localhost'), init);
        return handler(request, () => userID);
      };
    },
  });
}

async function handle(
  config: ResolvedProxyOptions,
  limiter: ReturnType<typeof createRateLimiter> | undefined,
  request: Request,
  viewerOf: (request: Request) => unknown,
): Promise<Response> {
  if (request.method !== 'POST') {
    return restError(
      405,
      Code.InvalidParameters,
      `Method ${request.method} is not allowed; the follow API takes POST`,
      { allow: 'POST' },
    );
  }
  const [, service = '', name = ''] = COMMAND_PATH.exec(new URL(request.url).pathname) ?? [];
  const command = name as RestCommand;
  if (!FOLLOW_COMMANDS.has(command) || restCommandPath(command) !== `${service}/${name}`) {
    const known = [...FOLLOW_COMMANDS].map(restCommandPath).join(', ');
    return restError(404, Code.InvalidParameters, `Unknown command; the proxy forwards ${known}`);
  }
  const viewer = await viewerOf(request);
  if (typeof viewer !== 'string' || viewer === '') {
    return restError(401, Code.Unauthenticated, 'Sign in to use the follow API');
  }
  if (limiter && !limiter.take(viewer)) {
    return restError(429, Code.RateLimited, 'Too many follow calls; please try again later');
  }
  const bytes = await readBodyBytes(request, config.maxBodyBytes);
  if (!bytes) {
    return restError(
      413,
      Code.InvalidParameters,
      `The request body is larger than ${config.maxBodyBytes} bytes`,
    );
  }
  const parsed = parseCommandBody(command, bytes);
  if ('problem' in parsed) return restError(400, Code.InvalidParameters, parsed.problem);
  const refusal = await authorize(config, command, viewer, parsed.body);
  return refusal ?? forward(config, command, parsed.body);
}

/** The 403 for a call the signed-in user may not make, or undefined. */
async function authorize(
  config: ResolvedProxyOptions,
  command: RestCommand,
  viewer: string,
  body: CommandBody,
): Promise<Response | undefined> {
  // Profiles are what every signed-in SDK user can read of anyone (getUserProfile).
  if (command === 'portrait_get') return undefined;
  const owner = body.From_Account as string;
  if (owner === viewer) return undefined;
  if (WRITE_COMMANDS.has(command)) {
    return restError(
      403,
      Code.NotYourAccount,
      `${command} must be made as the signed-in user: From_Account is not you`,
    );
  }
  if (await config.authorizeRead(viewer, owner, command as FollowReadCommand)) return undefined;
  return restError(403, Code.ReadNotAllowed, `You may not read ${owner}'s follow graph`);
}

/** POSTs the checked body upstream with the admin credentials and relays the answer. */
async function forward(
  config: ResolvedProxyOptions,
  command: RestCommand,
  body: CommandBody,
): Promise<Response> {
  const params = new URLSearchParams({
    sdkappid: String(config.sdkAppID),
    identifier: config.identifier,
    usersig: await config.userSig(),
    random: String(randomUint32()),
    contenttype: 'json',
  });
  const log = (line: string) =>
    config.log(redact(`follow proxy: ${command}: ${line}`, config.secrets()));
  let text: string;
  try {
    const response = await fetch(`${config.upstream}/v4/${restCommandPath(command)}?${params}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      // Re-serialized: upstream sees exactly the object checked here (no duplicate keys).
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(config.timeoutMs),
      redirect: 'error',
    });
    text = await response.text();
    if (!response.ok) {
      log(`upstream answered HTTP ${response.status}`);
      return restError(502, Code.UpstreamFailed, `Upstream answered HTTP ${response.status}`);
    }
    JSON.parse(text);
  } catch (error) {
    if (error instanceof Error && error.name === 'TimeoutError') {
      log(`no upstream answer within ${config.timeoutMs} ms`);
      return restError(
        504,
        Code.UpstreamTimeout,
        `No upstream answer within ${config.timeoutMs} ms`,
      );
    }
    const reason = error instanceof SyntaxError ? 'a body that is not JSON' : 'a network failure';
    const cause = (error as { cause?: { code?: unknown } }).cause?.code;
    log(`upstream failed with ${reason}${typeof cause === 'string' ? ` (${cause})` : ''}`);
    return restError(502, Code.UpstreamFailed, `Upstream failed with ${reason}`);
  }
  return new Response(text, {
    status: 200,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
  });
}
