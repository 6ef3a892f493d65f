'use client';

import type { FollowListType } from '../../client/types';
import { COUNTS_MESSAGES } from '../i18n/english';
import { useFollowMessages } from '../i18n/FollowMessagesProvider';
import type { FollowMessageKey } from '../i18n/translator';
import { partClass, VisuallyHidden } from '../internal';

const COUNT_MESSAGE: Record<FollowListType, FollowMessageKey> = {
  followers: 'followersCount',
  following: 'followingCount',
  mutual: 'mutualCount',
};

/** The full count as screen readers and tooltips get it: "1,999 followers". */
export function useFullCountText() {
  const { t } = useFollowMessages(COUNTS_MESSAGES);
  return (type: FollowListType, count: number) => t(COUNT_MESSAGE[type], { count });
}

/**
 * "1.9K followers" on screen, with the number emphasized; "1,999 followers" for screen readers.
 */
export function CountText({
  type,
  count,
  unstyled,
}: {
  type: FollowListType;
  count: number;
  unstyled: boolean | undefined;
}) {
  const { parts, formatCompact } = useFollowMessages(COUNTS_MESSAGES);
  const full = useFullCountText()(type, count);
  return (
    <>
      <span aria-hidden="true" dir="auto">
        {parts(COUNT_MESSAGE[type], count).map((part, i) =>
          'name' in part && part.name === 'count' ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: a message's parts never reorder
            <span key={i} className={partClass('rfk-counts__value', unstyled)}>
              {formatCompact(count)}
            </span>
          ) : (
            // biome-ignore lint/suspicious/noArrayIndexKey: a message's parts never reorder
            <span key={i} className={partClass('rfk-counts__label', unstyled)}>
              {'text' in part ? part.text : `{${part.name}}`}
            </span>
          ),
        )}
      </span>
      <VisuallyHidden>{full}</VisuallyHidden>
    </>
  );
}
