'use client';

import {
  type FocusEvent,
  type KeyboardEvent,
  type RefObject,
  useEffect,
  useId,
  useRef,
} from 'react';
import { useFollowMessages } from '../i18n/FollowMessagesProvider';
import { MessageText } from '../i18n/MessageText';
import { partClass } from '../internal';

/** Props of {@link UnfollowConfirm}. */
export interface UnfollowConfirmProps {
  id: string;
  /** Who is being unfollowed, as shown to the user. */
  name: string;
  /** The button that opened it: focus returns there, and clicking it is not "outside". */
  triggerRef: RefObject<HTMLButtonElement | null>;
  onConfirm(): void;
  /** `restoreFocus` false when focus already went elsewhere on purpose. */
  onCancel(restoreFocus: boolean): void;
  unstyled: boolean | undefined;
}

/**
 * "Unfollow Alice?" beside the button: a non-modal dialog that takes focus, cancels on Escape
 * or when focus leaves it, and confirms with its first button.
 */
export function UnfollowConfirm({
  id,
  name,
  triggerRef,
  onConfirm,
  onCancel,
  unstyled,
}: UnfollowConfirmProps) {
  const { t } = useFollowMessages();
  const titleID = useId();
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => confirmRef.current?.focus(), []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    onCancel(true);
  };
  const onBlur = (event: FocusEvent<HTMLElement>) => {
    const next = event.relatedTarget;
    // The trigger toggles the dialog itself; closing here would make its click reopen it.
    if (next && (event.currentTarget.contains(next) || next === triggerRef.current)) return;
    onCancel(false);
  };

  return (
    <span
      id={id}
      role="dialog"
      aria-labelledby={titleID}
      className={partClass('rfk-confirm', unstyled)}
      onKeyDown={onKeyDown}
      onBlur={onBlur}
    >
      <span id={titleID} className={partClass('rfk-confirm__title', unstyled)} dir="auto">
        <MessageText id="confirmUnfollowTitle" values={{ name }} />
      </span>
      <span className={partClass('rfk-confirm__actions', unstyled)}>
        <button
          ref={confirmRef}
          type="button"
          className={partClass('rfk-confirm__confirm', unstyled)}
          onClick={onConfirm}
        >
          {t('confirmUnfollow')}
        </button>
        <button
          type="button"
          className={partClass('rfk-confirm__cancel', unstyled)}
          onClick={() => onCancel(true)}
        >
          {t('cancel')}
        </button>
      </span>
    </span>
  );
}
