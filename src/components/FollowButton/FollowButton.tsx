'use client';

import {
  type ComponentPropsWithoutRef,
  type ForwardedRef,
  forwardRef,
  useId,
  useRef,
  useState,
} from 'react';
import { MAX_FOLLOWING } from '../../client/followConstants';
import { useFollowType } from '../../query/useFollowType';
import { BUTTON_MESSAGES } from '../i18n/english';
import { useFollowMessages } from '../i18n/FollowMessagesProvider';
import { MessageText } from '../i18n/MessageText';
import { displayNameOf, labelText } from '../i18n/userText';
import { classNames, composeEventHandlers, dataFlag, partClass, useComposedRef } from '../internal';
import { ACTION_TEXT, relationState } from './relationState';
import { useFollowToggle } from './useFollowToggle';
import { useUnfollowConfirm } from './useUnfollowConfirm';

/** Sizes of {@link FollowButton}. */
export type FollowButtonSize = 'sm' | 'md' | 'lg';
/** Looks of {@link FollowButton}. */
export type FollowButtonVariant = 'solid' | 'outline' | 'ghost';

/** Props of {@link FollowButton}. Other button attributes pass through to the `<button>`. */
export interface FollowButtonProps
  extends Omit<ComponentPropsWithoutRef<'button'>, 'type' | 'name' | 'children'> {
  /** The user to follow or unfollow. */
  userID: string;
  /**
   * The user's display name, for the accessible name ("Follow back Alice"), the messages, and
   * the new row in my following list. @default userID
   */
  name?: string | undefined;
  /** The user's avatar URL, for the new row in my following list. @default undefined */
  avatar?: string | undefined;
  /** Exposed as `data-size`. @default 'md' */
  size?: FollowButtonSize;
  /** Exposed as `data-variant`. @default 'solid' */
  variant?: FollowButtonVariant;
  /** Ask "Unfollow {name}?" before unfollowing. @default false */
  confirmUnfollow?: boolean;
  /** Drops the `rfk-` classes (keeps data attributes and `className`). @default false */
  unstyled?: boolean;
}

function FollowButtonRender(
  {
    userID,
    name,
    avatar,
    size = 'md',
    variant = 'solid',
    confirmUnfollow = false,
    unstyled,
    className,
    onClick,
    ...rest
  }: FollowButtonProps,
  ref: ForwardedRef<HTMLButtonElement>,
) {
  const relation = useFollowType(userID);
  const { t, parts, formatNumber } = useFollowMessages(BUTTON_MESSAGES);
  const toggle = useFollowToggle(userID, { nick: name, avatar });
  const [confirming, setConfirming] = useState(false);
  const UnfollowConfirm = useUnfollowConfirm(confirmUnfollow);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const composedRef = useComposedRef(ref, buttonRef);
  const errorID = useId();
  const dialogID = useId();
  if (relation.isSelf) return null;

  const displayName = displayNameOf(name, userID);
  const spokenName = labelText(displayName);
  const state = relationState(relation);
  const settled = state !== 'loading' && state !== 'error';
  const asksFirst = confirmUnfollow && relation.isFollowing;
  const open = confirming && asksFirst;
  const text =
    state === 'loading' ? t('loading') : state === 'error' ? t('retry') : t(ACTION_TEXT[state]);
  const label =
    state === 'error'
      ? t('retryStatusName', { name: spokenName })
      : t('buttonName', { action: text, name: spokenName });
  const failedMessage = toggle.failed;

  const closeConfirm = (restoreFocus: boolean) => {
    setConfirming(false);
    if (restoreFocus) buttonRef.current?.focus();
  };
  const activate = () => {
    if (state === 'error') return relation.refetch();
    if (!settled) return;
    toggle.clearFailure();
    if (open) return closeConfirm(false);
    if (asksFirst) return setConfirming(true);
    toggle.send(!relation.isFollowing);
  };
  const describedBy = [rest['aria-describedby'], failedMessage ? errorID : undefined]
    .filter(Boolean)
    .join(' ');

  return (
    <span className={partClass('rfk-follow', unstyled)} data-state={state}>
      <button
        {...rest}
        ref={composedRef}
        type="button"
        className={classNames('rfk-follow-button', unstyled, className)}
        aria-label={label}
        aria-describedby={describedBy || undefined}
        aria-busy={relation.isPending || state === 'loading' || undefined}
        aria-haspopup={asksFirst ? 'dialog' : undefined}
        aria-expanded={asksFirst ? open : undefined}
        aria-controls={open && UnfollowConfirm ? dialogID : undefined}
        disabled={state === 'loading' || rest.disabled}
        data-state={state}
        data-size={size}
        data-variant={variant}
        data-pending={dataFlag(relation.isPending)}
        onClick={composeEventHandlers(onClick, activate)}
      >
        <span className={partClass('rfk-follow-button__label', unstyled)}>{text}</span>
      </button>
      {open && UnfollowConfirm && (
        <UnfollowConfirm
          id={dialogID}
          title={
            <MessageText parts={parts('confirmUnfollowTitle')} values={{ name: displayName }} />
          }
          confirmText={t('confirmUnfollow')}
          cancelText={t('cancel')}
          triggerRef={buttonRef}
          unstyled={unstyled}
          onCancel={closeConfirm}
          onConfirm={() => {
            closeConfirm(true);
            toggle.send(false);
          }}
        />
      )}
      {failedMessage && (
        <span id={errorID} role="alert" className={partClass('rfk-follow__error', unstyled)}>
          {/* The box keeps the page's direction (a row places it by that); the text its own. */}
          <span dir="auto">
            <MessageText
              parts={parts(failedMessage)}
              values={{ name: displayName, count: formatNumber(MAX_FOLLOWING) }}
            />
          </span>
        </span>
      )}
    </span>
  );
}

/**
 * Follow / Follow back / Following / Mutual for one user, optimistic: a click shows at once,
 * further clicks are never blocked while one is pending (`data-pending`, `aria-busy`), and a
 * failure rolls back with an announced message. Renders nothing for the signed-in user.
 *
 * `data-state`: `loading` | `error` | `none` | `follower` | `following` | `mutual`.
 */
export const FollowButton = /* @__PURE__ */ forwardRef(FollowButtonRender);
