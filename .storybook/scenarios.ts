import type { HttpHandler } from 'msw';
import { scenarios } from '../mocks/index';
import { FollowErrorCode } from '../src/client/index';

/** A toolbar scenario: handlers put in front of the story's follow handlers. */
export interface StoryScenario {
  title: string;
  /** Fresh handlers (each call gets its own counters). */
  handlers: () => HttpHandler[];
  /** Replace the story's world with the demo users and no follows at all. */
  emptyWorld?: boolean;
}

const none = (): HttpHandler[] => [];

/** The scenarios of the toolbar's "Scenario" menu, by global value. */
export const STORY_SCENARIOS = {
  normal: { title: 'Normal', handlers: none },
  slow: { title: 'Slow network (2 s)', handlers: () => scenarios.latency(2000) },
  jittery: {
    title: 'Random latency (200–1500 ms)',
    handlers: () => scenarios.latency({ min: 200, max: 1500 }),
  },
  followFails: {
    title: 'Next follow / unfollow fails (30006)',
    handlers: () =>
      scenarios.failNext(1, FollowErrorCode.ServerInternal, {
        commands: ['follow_add', 'follow_delete'],
      }),
  },
  networkError: { title: 'Network error', handlers: () => scenarios.networkError() },
  http502: { title: 'HTTP 502', handlers: () => scenarios.httpError(502) },
  rateLimited: {
    title: 'Rate-limited (1 call/s per command)',
    handlers: () => scenarios.rateLimit(1),
  },
  empty: { title: 'Empty lists', handlers: none, emptyWorld: true },
} satisfies Record<string, StoryScenario>;

export type ScenarioName = keyof typeof STORY_SCENARIOS;

export function isScenarioName(value: unknown): value is ScenarioName {
  return typeof value === 'string' && Object.hasOwn(STORY_SCENARIOS, value);
}
