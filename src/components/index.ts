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
export { FollowsYouBadge, type FollowsYouBadgeProps } from './FollowsYouBadge';
export {
  createFollowTranslator,
  en,
  type FollowLocale,
  type FollowMessageKey,
  type FollowMessages,
  type FollowTranslator,
  followCatalogs,
  ja,
  ko,
  type PluralMessage,
  useFollowMessages,
  zhCN,
} from './i18n';
