export {
  FollowButton,
  type FollowButtonProps,
  type FollowButtonSize,
  type FollowButtonVariant,
} from './FollowButton';
export type { FollowButtonState } from './relationState';
