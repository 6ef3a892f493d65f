import type { HttpHandler } from 'msw';
import type { FollowDb } from '../mocks/index';

/**
 * The story parameters `withFollowKit` reads. Storybook types parameters as `any`, so stories
 * check theirs with `parameters: { … } satisfies FollowKitParameters`.
 */
export interface FollowKitParameters {
  /**
   * Builds the story's mock server state, called once per mounted story.
   * @default createDemoDb
   */
  followDb?: () => FollowDb;
  /**
   * This story's own faults or delays, in front of the toolbar scenario's handlers. Unlike
   * `msw.use`, they reach only this story, also on a docs page showing several.
   */
  followHandlers?: () => HttpHandler[];
  /**
   * The story client's `timeoutMs`: `Number.POSITIVE_INFINITY` keeps a story whose server
   * never answers in its loading state. @default the client's 10 s
   */
  followTimeoutMs?: number;
}
