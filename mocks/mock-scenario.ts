import type { HttpHandler } from 'msw';
import type { RestCommand } from '../src/client/protocol';
import { type Latency, scenarios } from './scenarios';

/**
 * The scenarios of {@link scenarios} as plain data, for the HTTP mock server's start
 * options and its control route (`POST /__mock/scenario`). `{}` is the normal server.
 */
export interface MockScenario {
  latency?: Latency;
  failNext?: { count: number; code?: number };
  httpError?: { status?: number; times?: number };
  networkError?: { times?: number };
  rateLimit?: number;
  /** Only these commands are affected. Default: the five follow commands and portrait_get. */
  commands?: RestCommand[];
}

const KEYS = new Set(['latency', 'failNext', 'httpError', 'networkError', 'rateLimit', 'commands']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The handlers for `scenario`, in front of the follow handlers.
 * @throws {TypeError} naming the field, for anything that is not a {@link MockScenario}.
 */
export function scenarioHandlers(scenario: unknown): HttpHandler[] {
  if (!isRecord(scenario)) throw new TypeError('A scenario must be a JSON object');
  const unknown = Object.keys(scenario).find((key) => !KEYS.has(key));
  if (unknown)
    throw new TypeError(`Unknown scenario field ${unknown}; use ${[...KEYS].join(', ')}`);
  const { latency, failNext, httpError, networkError, rateLimit, commands } =
    scenario as MockScenario;
  const only = commands === undefined ? {} : { commands };
  const handlers: HttpHandler[] = [];
  if (latency !== undefined) handlers.push(...scenarios.latency(latency, only));
  if (failNext !== undefined) {
    handlers.push(...scenarios.failNext(failNext.count, failNext.code, only));
  }
  if (httpError !== undefined) {
    handlers.push(...scenarios.httpError(httpError.status, { ...only, ...httpError }));
  }
  if (networkError !== undefined) {
    handlers.push(...scenarios.networkError({ ...only, ...networkError }));
  }
  if (rateLimit !== undefined) handlers.push(...scenarios.rateLimit(rateLimit, only));
  return handlers;
}
