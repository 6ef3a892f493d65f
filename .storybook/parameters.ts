import type { HttpHandler } from 'msw';
import type { FollowDb } from '../mocks/index';

declare module 'storybook/internal/csf' {
  interface Parameters {
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
  }
}
