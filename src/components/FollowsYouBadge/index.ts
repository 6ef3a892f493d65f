export { FollowsYouBadge, type FollowsYouBadgeProps } from './FollowsYouBadge';
