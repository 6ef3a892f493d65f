import type { FollowDb } from '../mocks/index';

declare module 'storybook/internal/csf' {
  interface Parameters {
    /**
     * Builds the story's mock server state, called once per mounted story.
     * @default createDemoDb
     */
    followDb?: () => FollowDb;
  }
}
