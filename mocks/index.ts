/**
 * `react-follow-kit/mocks`: a stateful simulation of Tencent Cloud Chat's follow REST API
 * for development, Storybook and tests. msw's node and browser setups live in
 * `mocks/node` and `mocks/browser`, so importing this entry pulls in neither.
 */
export {
  createFollowDb,
  type FollowChange,
  type FollowDb,
  FollowDbError,
  type FollowDbOptions,
  type FollowDbPage,
  type FollowDbSnapshot,
  type FollowPageItem,
  type MockFollowCounts,
  type MockUser,
} from './db';
export { createFollowHandlers, type FollowHandlersOptions } from './handlers';
export {
  type Latency,
  type RateLimitOptions,
  type RepeatedFaultOptions,
  type ScenarioOptions,
  scenarios,
} from './scenarios';
export {
  createDemoDb,
  demoFollows,
  demoUsers,
  type FollowGraph,
  type FollowGraphOptions,
  generateFollowGraph,
} from './seed';
