export { FollowCounts, type FollowCountsProps } from './FollowCounts';
