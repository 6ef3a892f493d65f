'use client';

import { type ComponentPropsWithoutRef, type ForwardedRef, forwardRef, useId, useRef } from 'react';
import { FOLLOW_LIST_TYPES, type FollowListType } from '../../client/types';
import { useFollowCounts } from '../../query/useFollowCounts';
import { FollowerList, type FollowerListProps } from '../FollowerList/FollowerList';
import { listTitle, totalOf } from '../FollowerList/listType';
import { PANEL_MESSAGES } from '../i18n/english';
import { useFollowMessages } from '../i18n/FollowMessagesProvider';
import { classNames, partClass, useControllableState, VisuallyHidden } from '../internal';
import { tabsKeyDown } from './tabsKeyDown';

/** Props of {@link FollowPanel}. Other div attributes pass through to the root. */
export interface FollowPanelProps
  extends Omit<ComponentPropsWithoutRef<'div'>, 'defaultValue' | 'children'> {
  /** Whose lists. @default the signed-in user */
  userID?: string | undefined;
  /** The selected list, when controlled. @default undefined */
  value?: FollowListType | undefined;
  /** The list selected first, when uncontrolled. @default 'followers' */
  defaultValue?: FollowListType;
  /** Called with the list the user selects. @default undefined */
  onValueChange?: ((value: FollowListType) => void) | undefined;
  /** Which tabs, in order. @default ['followers', 'following', 'mutual'] */
  types?: readonly FollowListType[];
  /** Passed to the selected tab's `FollowerList`. @default {} */
  listProps?: Omit<FollowerListProps, 'type' | 'userID'>;
  /** Drops the `rfk-` classes (keeps data attributes and `className`). @default false */
  unstyled?: boolean;
}

function FollowPanelRender(
  {
    userID,
    value,
    defaultValue = 'followers',
    onValueChange,
    types = FOLLOW_LIST_TYPES,
    listProps,
    unstyled,
    className,
    ...rest
  }: FollowPanelProps,
  ref: ForwardedRef<HTMLDivElement>,
) {
  const { t, formatCompact, formatNumber } = useFollowMessages(PANEL_MESSAGES);
  const counts = useFollowCounts(userID);
  const [selected, setSelected] = useControllableState(value, defaultValue, onValueChange);
  const baseID = useId();
  const tabRefs = useRef(new Map<FollowListType, HTMLButtonElement>());
  const tabID = (type: FollowListType) => `${baseID}-tab-${type}`;
  const panelID = (type: FollowListType) => `${baseID}-panel-${type}`;
  const current = Math.max(0, types.indexOf(selected));

  const selectIndex = (index: number) => {
    const type = types[index];
    if (!type) return;
    setSelected(type);
    const tab = tabRefs.current.get(type);
    tab?.focus();
    // focus() leaves a partly hidden tab where it is, in a bar that scrolls; show it whole.
    tab?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  };

  return (
    <div
      {...rest}
      ref={ref}
      className={classNames('rfk-panel', unstyled, className)}
      data-value={selected}
    >
      <div
        role="tablist"
        aria-label={t('panelLabel')}
        className={partClass('rfk-panel__tabs', unstyled)}
        onKeyDown={tabsKeyDown(types.length, current, selectIndex)}
      >
        {types.map((type, index) => {
          const active = index === current;
          const count = totalOf(type, counts.data);
          return (
            <button
              key={type}
              ref={(node) => {
                if (node) tabRefs.current.set(type, node);
                else tabRefs.current.delete(type);
              }}
              id={tabID(type)}
              type="button"
              role="tab"
              aria-selected={active}
              aria-controls={panelID(type)}
              tabIndex={active ? 0 : -1}
              className={partClass('rfk-panel__tab', unstyled)}
              data-state={active ? 'active' : 'inactive'}
              data-type={type}
              onClick={() => setSelected(type)}
            >
              <span className={partClass('rfk-panel__tab-label', unstyled)}>
                {t(listTitle(type))}
              </span>
              {count !== undefined && (
                <>
                  {' '}
                  <span
                    aria-hidden="true"
                    className={partClass('rfk-panel__tab-count', unstyled)}
                    title={formatNumber(count)}
                  >
                    {formatCompact(count)}
                  </span>
                  <VisuallyHidden>{formatNumber(count)}</VisuallyHidden>
                </>
              )}
            </button>
          );
        })}
      </div>
      {types.map((type, index) => {
        const active = index === current;
        return (
          <div
            key={type}
            id={panelID(type)}
            role="tabpanel"
            aria-labelledby={tabID(type)}
            // biome-ignore lint/a11y/noNoninteractiveTabindex: the APG tabs pattern makes the panel a tab stop, so an empty or loading panel is reachable after its tab
            tabIndex={0}
            hidden={!active}
            className={partClass('rfk-panel__panel', unstyled)}
            data-state={active ? 'active' : 'inactive'}
          >
            {active && (
              <FollowerList
                {...listProps}
                type={type}
                userID={userID}
                unstyled={unstyled ?? listProps?.unstyled}
              />
            )}
          </div>
        );
      })}
    </div>
  );
}

/**
 * Followers / Following / Mutual tabs with their counts, each showing its `FollowerList`
 * (mounted only while selected). Follows the WAI-ARIA tabs pattern: arrow keys, Home and End
 * move between tabs and select at once. `data-state` on tabs and panels: `active` | `inactive`.
 */
export const FollowPanel = /* @__PURE__ */ forwardRef(FollowPanelRender);
