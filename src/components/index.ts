/** The view layer: components, their props, and the messages per locale. */
export { Avatar, type AvatarProps, type AvatarSize, safeImageSrc } from './Avatar';
export {
  FollowButton,
  type FollowButtonProps,
  type FollowButtonSize,
  type FollowButtonState,
  type FollowButtonVariant,
} from './FollowButton';
export { FollowCounts, type FollowCountsProps } from './FollowCounts';
export { FollowerList, type FollowerListProps, type FollowerListState } from './FollowerList';
export { FollowPanel, type FollowPanelProps } from './FollowPanel';
export { FollowProvider, type FollowProviderProps } from './FollowProvider';
export { FollowsYouBadge, type FollowsYouBadgeProps } from './FollowsYouBadge';
export {
  createFollowTranslator,
  displayNameOf,
  en,
  type FollowCatalogs,
  type FollowLocale,
  type FollowMessageKey,
  type FollowMessages,
  FollowMessagesProvider,
  type FollowMessagesProviderProps,
  type FollowTranslator,
  MAX_LABEL_TEXT,
  type PluralMessage,
  useFollowMessages,
} from './i18n';
export { KnownFollowers, type KnownFollowersProps } from './KnownFollowers';
export { ProfileCard, type ProfileCardProps, type ProfileCardState } from './ProfileCard';
export { ProfileHoverCard, type ProfileHoverCardProps } from './ProfileHoverCard';
