import { delay, type HttpHandler, HttpResponse, http } from 'msw';
import { FollowErrorCode } from '../src/client/errors';
import type { RestCommand } from '../src/client/protocol';
import { FOLLOW_LIMITS } from '../src/client/types';
import { FOLLOW_API_PATH } from './handlers';
import { PROFILE_API_PATH } from './profile-handlers';
import { restFail } from './rest-response';

/** What every scenario accepts. */
export interface ScenarioOptions {
  /**
   * Only these commands are affected; others pass untouched. Default: the five follow
   * commands and the profile look-up (`portrait_get`).
   */
  commands?: RestCommand[];
}

/** Options of the faults that can stop after a while. */
export interface RepeatedFaultOptions extends ScenarioOptions {
  /** How many calls fail before the server answers normally again. Default: every call. */
  times?: number;
}

/** Options of {@link scenarios.rateLimit}. */
export interface RateLimitOptions extends ScenarioOptions {
  /** Clock in milliseconds. Default: `Date.now`; tests pass their own. */
  now?: () => number;
}

/** A fixed delay in ms, or a random one between `min` and `max`. */
export type Latency = number | { min: number; max: number };

type Answer = Response | undefined;

/**
 * One handler in front of the follow handlers. `answer` returns a response to cut the call
 * short, or undefined to let it fall through (msw then tries the next handler).
 */
function scenario(
  { commands }: ScenarioOptions,
  answer: (command: RestCommand) => Answer | Promise<Answer>,
): HttpHandler[] {
  return [FOLLOW_API_PATH, PROFILE_API_PATH].map((path) =>
    http.post(path, ({ params }) => {
      const command = String(params.command) as RestCommand;
      if (commands && !commands.includes(command)) return undefined;
      return answer(command);
    }),
  );
}

/** True for the first `times` calls, false after. */
function countdown(times = Number.POSITIVE_INFINITY): () => boolean {
  let remaining = times;
  return () => {
    if (remaining <= 0) return false;
    remaining--;
    return true;
  };
}

const FAILURE_INFO: Readonly<Record<number, string>> = {
  [FollowErrorCode.AdminRequired]: 'The request requires app administrator permission',
  [FollowErrorCode.FeatureDisabled]: 'The follow feature is not enabled for this app',
  [FollowErrorCode.ServerInternal]: 'Server internal error, please try again',
  [FollowErrorCode.ServerTimeout]: 'Network timeout, please try again later',
  [FollowErrorCode.RateLimited]: 'Too many calls per second, please try again later',
};

/**
 * Latency and faults to put in front of {@link createFollowHandlers}, with
 * `server.use(...scenarios.failNext(1))` or first in a story's handler list. Each call
 * returns fresh handlers with their own counters; calls that a scenario lets through reach
 * the real handlers.
 */
export const scenarios = {
  /** Delays every call by `ms` (or a random time in `{ min, max }`), then answers normally. */
  latency(latency: Latency, options: ScenarioOptions = {}): HttpHandler[] {
    return scenario(options, async () => {
      const ms =
        typeof latency === 'number'
          ? latency
          : latency.min + Math.random() * (latency.max - latency.min);
      await delay(ms);
      return undefined;
    });
  },

  /**
   * The next `n` calls answer `ActionStatus: 'FAIL'` with `code` (default 30006, server
   * internal error; 30007 is the timeout), then the server answers normally.
   */
  failNext(
    n: number,
    code: number = FollowErrorCode.ServerInternal,
    options: ScenarioOptions = {},
  ): HttpHandler[] {
    const failing = countdown(n);
    const info = FAILURE_INFO[code] ?? `Simulated failure ${code}`;
    return scenario(options, () => (failing() ? restFail(code, info) : undefined));
  },

  /** Calls answer with HTTP `status` (default 502) and no protocol body. */
  httpError(status = 502, options: RepeatedFaultOptions = {}): HttpHandler[] {
    const failing = countdown(options.times);
    return scenario(options, () =>
      failing() ? new HttpResponse(`Simulated HTTP ${status}`, { status }) : undefined,
    );
  },

  /** Calls fail at the network level, as when offline or when a connection resets. */
  networkError(options: RepeatedFaultOptions = {}): HttpHandler[] {
    const failing = countdown(options.times);
    return scenario(options, () => (failing() ? HttpResponse.error() : undefined));
  },

  /**
   * Allows `perSecond` calls per command in any one-second window (default 200, the real
   * limit); calls over it answer FAIL with 60007.
   */
  rateLimit(
    perSecond: number = FOLLOW_LIMITS.callsPerSecond,
    options: RateLimitOptions = {},
  ): HttpHandler[] {
    const now = options.now ?? Date.now;
    const recentCalls = new Map<RestCommand, number[]>();
    return scenario(options, (command) => {
      const time = now();
      const calls = (recentCalls.get(command) ?? []).filter((at) => at > time - 1000);
      recentCalls.set(command, calls);
      if (calls.length >= perSecond) {
        return restFail(
          FollowErrorCode.RateLimited,
          `${command} is limited to ${perSecond} calls per second; please try again later`,
        );
      }
      calls.push(time);
      return undefined;
    });
  },
};
