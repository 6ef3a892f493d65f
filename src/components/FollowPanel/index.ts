export { FollowPanel, type FollowPanelProps } from './FollowPanel';
