'use client';

import type { ComponentPropsWithoutRef } from 'react';
import { useFollowType } from '../../query/useFollowType';
import { BADGE_MESSAGES } from '../i18n/english';
import { useFollowMessages } from '../i18n/FollowMessagesProvider';
import { classNames } from '../internal';

/** Props of {@link FollowsYouBadge}. Other span attributes pass through. */
export interface FollowsYouBadgeProps extends Omit<ComponentPropsWithoutRef<'span'>, 'children'> {
  /** The user who may follow the signed-in user. */
  userID: string;
  /** Drops the `rfk-` classes (keeps `className`). @default false */
  unstyled?: boolean;
}

/**
 * "Follows you", in text (not colour), when `userID` follows the signed-in user (a follower
 * or a mutual follow); nothing otherwise, and nothing while the relationship loads.
 */
export function FollowsYouBadge({ userID, unstyled, className, ...rest }: FollowsYouBadgeProps) {
  const { isFollower, isSelf } = useFollowType(userID);
  const { t } = useFollowMessages(BADGE_MESSAGES);
  if (isSelf || !isFollower) return null;
  return (
    <span {...rest} className={classNames('rfk-badge', unstyled, className)}>
      {t('followsYou')}
    </span>
  );
}
