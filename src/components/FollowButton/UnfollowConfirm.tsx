'use client';

import {
  type FocusEvent,
  type KeyboardEvent,
  type ReactNode,
  type RefObject,
  useEffect,
  useId,
  useRef,
} from 'react';

/** Props of {@link UnfollowConfirm}. */
export interface UnfollowConfirmProps {
  id: string;
  /** "Unfollow Alice?", translated, with the name isolated. */
  title: ReactNode;
  /** The texts of its two buttons. */
  confirmText: string;
  cancelText: string;
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
  title,
  confirmText,
  cancelText,
  triggerRef,
  onConfirm,
  onCancel,
  unstyled,
}: UnfollowConfirmProps) {
  // Texts come in as props and classes are written out, so that this lazily loaded module
  // imports nothing of the kit and no chunk has to be shared with the button's.
  const part = (kitClass: string) => (unstyled ? undefined : kitClass);
  const titleID = useId();
  const confirmRef = useRef<HTMLButtonElement>(null);
  const dialogRef = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    confirmRef.current?.focus({ preventScroll: true });
    // All of it in view, not only its first button: in the last row of a scrolled list it
    // opens below the list's edge. (jsdom has no scrollIntoView.)
    dialogRef.current?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, []);

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
      ref={dialogRef}
      id={id}
      role="dialog"
      aria-labelledby={titleID}
      className={part('rfk-confirm')}
      onKeyDown={onKeyDown}
      onBlur={onBlur}
    >
      <span id={titleID} className={part('rfk-confirm__title')} dir="auto">
        {title}
      </span>
      <span className={part('rfk-confirm__actions')}>
        <button
          ref={confirmRef}
          type="button"
          className={part('rfk-confirm__confirm')}
          onClick={onConfirm}
        >
          {confirmText}
        </button>
        <button
          type="button"
          className={part('rfk-confirm__cancel')}
          onClick={() => onCancel(true)}
        >
          {cancelText}
        </button>
      </span>
    </span>
  );
}
