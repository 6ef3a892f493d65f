'use client';

import type { ReactNode } from 'react';
import type { FollowListType } from '../../client/types';
import { LIST_MESSAGES } from '../i18n/english';
import { useFollowMessages } from '../i18n/FollowMessagesProvider';
import type { FollowMessageKey } from '../i18n/translator';
import { partClass, VisuallyHidden } from '../internal';

const EMPTY_TEXT: Record<FollowListType, FollowMessageKey> = {
  followers: 'emptyFollowers',
  following: 'emptyFollowing',
  mutual: 'emptyMutual',
};

// Name and signature widths (% of the text column) of successive placeholder rows: varied, as
// real names are, and repeating so a tall list does not look patterned.
const SKELETON_WIDTHS: ReadonlyArray<readonly [number, number]> = [
  [45, 70],
  [30, 55],
  [55, 80],
  [38, 62],
  [50, 45],
];

/**
 * Placeholder rows while the first page loads (the root carries `aria-busy`): avatar, a name
 * and a signature line of varied widths, and the row button's pill, so loading looks like
 * the list to come.
 */
export function ListSkeleton({
  rows,
  rowHeight,
  unstyled,
}: {
  rows: number;
  rowHeight: number;
  unstyled: boolean | undefined;
}) {
  const { t } = useFollowMessages(LIST_MESSAGES);
  const part = (name: string) => partClass(`rfk-skeleton rfk-skeleton--${name}`, unstyled);
  return (
    <>
      <VisuallyHidden>{t('listLoading')}</VisuallyHidden>
      {Array.from({ length: rows }, (_, i) => {
        const [name, signature] = SKELETON_WIDTHS[i % SKELETON_WIDTHS.length] ?? [50, 50];
        return (
          <div
            // biome-ignore lint/suspicious/noArrayIndexKey: placeholders, never reordered
            key={i}
            aria-hidden="true"
            className={partClass('rfk-row rfk-row--skeleton', unstyled)}
            style={{ height: rowHeight }}
          >
            <span className={part('avatar')} />
            <span className={partClass('rfk-row__text', unstyled)}>
              <span className={part('name')} style={{ inlineSize: `${name}%` }} />
              <span className={part('signature')} style={{ inlineSize: `${signature}%` }} />
            </span>
            <span className={part('button')} />
          </div>
        );
      })}
    </>
  );
}

const EMPTY_HELP: Record<FollowListType, FollowMessageKey> = {
  followers: 'emptyFollowersHelp',
  following: 'emptyFollowingHelp',
  mutual: 'emptyMutualHelp',
};

/** "No followers yet.", a line of help, and the app's action (e.g. "Find people"). */
export function ListEmpty({
  type,
  action,
  unstyled,
}: {
  type: FollowListType;
  action: ReactNode;
  unstyled: boolean | undefined;
}) {
  const { t } = useFollowMessages(LIST_MESSAGES);
  return (
    <div className={partClass('rfk-list__empty', unstyled)}>
      <p className={partClass('rfk-list__empty-title', unstyled)}>{t(EMPTY_TEXT[type])}</p>
      <p className={partClass('rfk-list__empty-help', unstyled)}>{t(EMPTY_HELP[type])}</p>
      {action}
    </div>
  );
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
  const { t } = useFollowMessages(LIST_MESSAGES);
  return (
    <div className={partClass('rfk-list__error', unstyled)}>
      <p role="alert">{t('listFailed')}</p>
      <button type="button" className={partClass('rfk-list__retry', unstyled)} onClick={onRetry}>
        {retryLabel ?? t('retry')}
      </button>
    </div>
  );
}
