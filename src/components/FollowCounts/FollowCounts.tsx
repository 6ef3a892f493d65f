'use client';

import { type ComponentPropsWithoutRef, type ForwardedRef, forwardRef } from 'react';
import { FOLLOW_LIST_TYPES, type FollowListType } from '../../client/types';
import { useFollowCounts } from '../../query/useFollowCounts';
import { totalOf } from '../FollowerList/listType';
import { COUNTS_MESSAGES } from '../i18n/english';
import { useFollowMessages } from '../i18n/FollowMessagesProvider';
import { classNames, partClass, VisuallyHidden } from '../internal';
import { CountText, useFullCountText } from './CountText';

/** Props of {@link FollowCounts}. Other div attributes pass through to the root. */
export interface FollowCountsProps
  extends Omit<ComponentPropsWithoutRef<'div'>, 'onSelect' | 'children'> {
  /** Whose counts. @default the signed-in user */
  userID?: string | undefined;
  /** Makes each count a button that selects its list. @default undefined */
  onSelect?: ((type: FollowListType) => void) | undefined;
  /**
   * Makes each count a link to its list (`onSelect`, when given too, runs on click).
   * @default undefined
   */
  getHref?: ((type: FollowListType) => string | undefined) | undefined;
  /** Which counts to show, in order. @default ['followers', 'following', 'mutual'] */
  types?: readonly FollowListType[];
  /** Drops the `rfk-` classes (keeps data attributes and `className`). @default false */
  unstyled?: boolean;
}

function FollowCountsRender(
  {
    userID,
    onSelect,
    getHref,
    types = FOLLOW_LIST_TYPES,
    unstyled,
    className,
    ...rest
  }: FollowCountsProps,
  ref: ForwardedRef<HTMLDivElement>,
) {
  const counts = useFollowCounts(userID);
  const { t } = useFollowMessages(COUNTS_MESSAGES);
  const state = counts.data ? 'ready' : counts.isError ? 'error' : 'loading';

  return (
    <div
      {...rest}
      ref={ref}
      className={classNames('rfk-counts', unstyled, className)}
      data-state={state}
      aria-busy={state === 'loading' || undefined}
    >
      {state === 'loading' && (
        <>
          <VisuallyHidden>{t('countsLoading')}</VisuallyHidden>
          {types.map((type) => (
            <span
              key={type}
              aria-hidden="true"
              className={partClass('rfk-counts__item rfk-skeleton', unstyled)}
              data-type={type}
            />
          ))}
        </>
      )}
      {state === 'error' && (
        <>
          <span role="alert" className={partClass('rfk-counts__error', unstyled)}>
            {t('countsFailed')}
          </span>
          <button
            type="button"
            className={partClass('rfk-counts__retry', unstyled)}
            onClick={() => void counts.refetch()}
          >
            {t('retry')}
          </button>
        </>
      )}
      {state === 'ready' && (
        <ul aria-label={t('countsLabel')} className={partClass('rfk-counts__list', unstyled)}>
          {types.map((type) => (
            <li key={type}>
              <CountItem
                type={type}
                count={totalOf(type, counts.data) ?? 0}
                href={getHref?.(type)}
                onSelect={onSelect}
                unstyled={unstyled}
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * Followers, following and mutual counts, compact for the locale ("1.9K followers") with the
 * full number for screen readers and as a tooltip. Each count is a link (`getHref`), a button
 * (`onSelect`) or text. `data-state`: `loading` | `error` | `ready`.
 */
export const FollowCounts = /* @__PURE__ */ forwardRef(FollowCountsRender);

/** One count: a link, a button or text. */
function CountItem({
  type,
  count,
  href,
  onSelect,
  unstyled,
}: {
  type: FollowListType;
  count: number;
  href: string | undefined;
  onSelect: ((type: FollowListType) => void) | undefined;
  unstyled: boolean | undefined;
}) {
  const title = useFullCountText()(type, count);
  const common = { className: partClass('rfk-counts__item', unstyled), title, 'data-type': type };
  const content = <CountText type={type} count={count} unstyled={unstyled} />;
  if (href !== undefined) {
    return (
      <a {...common} href={href} onClick={onSelect && (() => onSelect(type))}>
        {content}
      </a>
    );
  }
  if (onSelect) {
    return (
      <button {...common} type="button" onClick={() => onSelect(type)}>
        {content}
      </button>
    );
  }
  return <span {...common}>{content}</span>;
}
