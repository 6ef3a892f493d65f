'use client';

import { useVirtualizer } from '@tanstack/react-virtual';
import {
  type ComponentPropsWithoutRef,
  type ForwardedRef,
  forwardRef,
  type ReactNode,
  useRef,
} from 'react';
import type { FollowListType } from '../../client/types';
import { useFollowKit } from '../../query/FollowKitProvider';
import { useFollowCounts } from '../../query/useFollowCounts';
import { useFollowers } from '../../query/useFollowers';
import type { FollowButtonVariant } from '../FollowButton/FollowButton';
import { LIST_MESSAGES } from '../i18n/english';
import { useFollowMessages } from '../i18n/FollowMessagesProvider';
import { classNames, dataFlag, partClass } from '../internal';
import { FollowerRow } from './FollowerRow';
import { ListEmpty, ListError, ListSkeleton } from './ListStates';
import { listState, listTitle, setSizeOf, totalOf } from './listType';
import { useFocusRecovery } from './useFocusRecovery';
import { useLoadAhead } from './useLoadAhead';
import { useWholeRowScroll } from './useWholeRowScroll';

/** Props of {@link FollowerList}. Other div attributes pass through to the root. */
export interface FollowerListProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** Which list: the user's followers, the users they follow, or mutual follows. */
  type: FollowListType;
  /** Whose list. @default the signed-in user */
  userID?: string | undefined;
  /**
   * Rows per request (1–1000; other users' lists need a client with `getUserFollowList`).
   * Ignored for my own lists on a `TencentCloudChat` instance, which pages 500 at a time.
   * @default the client's page size
   */
  pageSize?: number | undefined;
  /**
   * Maximum height of the list, as CSS (a number is pixels): a short list is as tall as its
   * rows, a long one scrolls within this height. @default 480
   */
  height?: number | string;
  /** Height of one row in pixels; rows are fixed-height so 100,000 of them stay cheap. @default 64 */
  rowHeight?: number;
  /** Rows rendered beyond each edge of the visible area. @default 6 */
  overscan?: number;
  /** How far ahead of the end, in pixels, the next page starts loading. @default 600 */
  loadAheadPx?: number;
  /** Passed to each row's `FollowButton`. @default false */
  confirmUnfollow?: boolean;
  /** Variant of each row's `FollowButton`. @default 'outline' */
  buttonVariant?: FollowButtonVariant;
  /**
   * Accessible name of the list and its scroll region, when a page shows two lists of one
   * type (e.g. "Your followers" beside someone's followers). @default the list type's title
   */
  label?: string | undefined;
  /** Show a "Follows you" badge beside users who follow the signed-in user. @default false */
  showFollowsYou?: boolean;
  /** What the empty state offers below its help text, e.g. a "Find people" button. @default none */
  emptyAction?: ReactNode;
  /** Drops the `rfk-` classes (keeps data attributes, `className` and layout styles). @default false */
  unstyled?: boolean;
}

function FollowerListRender(
  {
    type,
    userID,
    pageSize,
    height = 480,
    rowHeight = 64,
    overscan = 6,
    loadAheadPx = 600,
    confirmUnfollow = false,
    buttonVariant = 'outline',
    label,
    showFollowsYou = false,
    emptyAction,
    unstyled,
    className,
    style,
    ...rest
  }: FollowerListProps,
  ref: ForwardedRef<HTMLDivElement>,
) {
  const kit = useFollowKit();
  const { t } = useFollowMessages(LIST_MESSAGES);
  const owner = userID ?? kit.userID;
  const list = useFollowers({ type, userID: owner, ...(pageSize ? { pageSize } : {}) });
  const counts = useFollowCounts(owner);
  const { rows, hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage } = list;
  const viewportRef = useRef<HTMLElement>(null);
  const sentinelRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const onRowUnmountWithFocus = useFocusRecovery(rows, listRef, viewportRef);
  const alignFocusedRow = useWholeRowScroll(viewportRef, rowHeight);

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => viewportRef.current,
    estimateSize: () => rowHeight,
    getItemKey: (index) => rows[index]?.userID ?? index,
    overscan,
    ...(typeof height === 'number' ? { initialRect: { width: 0, height } } : {}),
  });

  const loadMore = () => {
    if (hasNextPage && !list.isFetching) void fetchNextPage();
  };
  const state = listState(list, rows.length);
  const name = label ?? t(listTitle(type));
  useLoadAhead(viewportRef, sentinelRef, {
    // The sentinel exists only while 'ready': re-arm whenever it is rendered anew.
    armed: state === 'ready' && hasNextPage && !isFetchingNextPage && !isFetchNextPageError,
    generation: list.data?.pages.length ?? 0,
    marginPx: loadAheadPx,
    load: loadMore,
  });
  const total = totalOf(type, counts.data);
  const setSize = setSizeOf(rows.length, hasNextPage, total);
  // As many placeholders as rows to come, when the counts know, so the box does not jump.
  const skeletonRows = Math.max(
    1,
    Math.min(10, Math.ceil((typeof height === 'number' ? height : 480) / rowHeight), total ?? 10),
  );

  return (
    <div
      {...rest}
      ref={ref}
      className={classNames('rfk-list', unstyled, className)}
      style={{ maxHeight: height, ...style }}
      data-state={state}
      data-type={type}
      aria-busy={state === 'loading' || undefined}
    >
      {state === 'loading' && (
        <ListSkeleton rows={skeletonRows} rowHeight={rowHeight} unstyled={unstyled} />
      )}
      {state === 'error' && <ListError onRetry={() => void list.refetch()} unstyled={unstyled} />}
      {state === 'empty' && <ListEmpty type={type} action={emptyAction} unstyled={unstyled} />}
      {state === 'ready' && (
        // A tab stop of its own: keyboard users scroll a long list with the arrow and Page keys
        // instead of tabbing through every row, and can do so while the row buttons load.
        <section
          ref={viewportRef}
          className={partClass('rfk-list__viewport', unstyled)}
          aria-label={name}
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable (WCAG 2.1.1).
          tabIndex={0}
          onFocus={alignFocusedRow}
          style={{ minHeight: 0, overflowY: 'auto' }}
        >
          <ul
            ref={listRef}
            aria-label={name}
            aria-busy={isFetchingNextPage || undefined}
            className={partClass('rfk-list__items', unstyled)}
            style={{
              position: 'relative',
              height: virtualizer.getTotalSize(),
              margin: 0,
              padding: 0,
              listStyle: 'none',
            }}
          >
            {virtualizer.getVirtualItems().map((item) => {
              const row = rows[item.index];
              if (!row) return null;
              return (
                <FollowerRow
                  key={item.key}
                  row={row}
                  position={item.index + 1}
                  setSize={setSize}
                  isMe={row.userID === kit.userID}
                  confirmUnfollow={confirmUnfollow}
                  buttonVariant={buttonVariant}
                  showFollowsYou={showFollowsYou}
                  unstyled={unstyled}
                  onUnmountWithFocus={onRowUnmountWithFocus}
                  style={{
                    position: 'absolute',
                    top: 0,
                    insetInlineStart: 0,
                    width: '100%',
                    height: item.size,
                    transform: `translateY(${item.start}px)`,
                  }}
                />
              );
            })}
          </ul>
          <div
            ref={sentinelRef}
            className={partClass('rfk-list__footer', unstyled)}
            data-loading={dataFlag(isFetchingNextPage)}
          >
            {isFetchNextPageError ? (
              <ListError onRetry={loadMore} unstyled={unstyled} />
            ) : (
              hasNextPage && (
                <button
                  type="button"
                  className={partClass('rfk-list__more', unstyled)}
                  aria-busy={isFetchingNextPage || undefined}
                  onClick={loadMore}
                >
                  {isFetchingNextPage ? t('loadingMore') : t('loadMore')}
                </button>
              )
            )}
          </div>
        </section>
      )}
    </div>
  );
}

/**
 * A followers / following / mutual list: virtualized, loading its next page before the end is
 * reached (with a Load more button as well), each row with avatar, name, signature and a
 * `FollowButton`. `data-state`: `loading` | `error` | `empty` | `ready`; `data-type`: the list.
 */
export const FollowerList = /* @__PURE__ */ forwardRef(FollowerListRender);
