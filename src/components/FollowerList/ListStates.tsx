'use client';

import type { FollowListType } from '../../client/types';
import { useFollowMessages } from '../i18n/FollowMessagesProvider';
import type { FollowMessageKey } from '../i18n/translator';
import { partClass, VisuallyHidden } from '../internal';

const EMPTY_TEXT: Record<FollowListType, FollowMessageKey> = {
  followers: 'emptyFollowers',
  following: 'emptyFollowing',
  mutual: 'emptyMutual',
};

/** Placeholder rows while the first page loads (the root carries `aria-busy`). */
export function ListSkeleton({
  rows,
  rowHeight,
  unstyled,
}: {
  rows: number;
  rowHeight: number;
  unstyled: boolean | undefined;
}) {
  const { t } = useFollowMessages();
  return (
    <>
      <VisuallyHidden>{t('listLoading')}</VisuallyHidden>
      {Array.from({ length: rows }, (_, i) => (
        <div
          // biome-ignore lint/suspicious/noArrayIndexKey: identical placeholders, never reordered
          key={i}
          aria-hidden="true"
          className={partClass('rfk-row rfk-row--skeleton', unstyled)}
          style={{ height: rowHeight }}
        >
          <span className={partClass('rfk-skeleton rfk-skeleton--avatar', unstyled)} />
          <span className={partClass('rfk-skeleton rfk-skeleton--text', unstyled)} />
        </div>
      ))}
    </>
  );
}

/** "No followers yet." and friends. */
export function ListEmpty({
  type,
  unstyled,
}: {
  type: FollowListType;
  unstyled: boolean | undefined;
}) {
  const { t } = useFollowMessages();
  return <p className={partClass('rfk-list__empty', unstyled)}>{t(EMPTY_TEXT[type])}</p>;
}

/** An announced failure with a Retry button. */
export function ListError({
  onRetry,
  retryLabel,
  unstyled,
}: {
  onRetry: () => void;
  /** Text of the button. @default the `retry` message */
  retryLabel?: string;
  unstyled: boolean | undefined;
}) {
  const { t } = useFollowMessages();
  return (
    <div className={partClass('rfk-list__error', unstyled)}>
      <p role="alert">{t('listFailed')}</p>
      <button type="button" className={partClass('rfk-list__retry', unstyled)} onClick={onRetry}>
        {retryLabel ?? t('retry')}
      </button>
    </div>
  );
}
