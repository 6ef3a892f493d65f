/**
 * `react-follow-kit/testing`: component tests against the kit's mock server in one call, for
 * vitest and jest alike (jsdom). Needs `@testing-library/react`, `@testing-library/user-event`
 * and `msw`.
 */

export type { JsdomLayout } from './jsdomLayout';
export {
  type RenderWithFollowKitOptions,
  type RenderWithFollowKitResult,
  renderWithFollowKit,
} from './renderWithFollowKit';
export { createTestFollowServer, type TestFollowServer } from './testServer';
