export { FollowProvider, type FollowProviderProps } from './FollowProvider';
