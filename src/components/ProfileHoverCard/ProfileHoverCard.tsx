'use client';

import {
  autoUpdate,
  flip,
  offset,
  type Placement,
  shift,
  useFloating,
} from '@floating-ui/react-dom';
import {
  cloneElement,
  type FocusEvent,
  type PointerEvent,
  type ReactElement,
  type KeyboardEvent as ReactKeyboardEvent,
  type ReactNode,
  type Ref,
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
  version,
} from 'react';
import { createPortal } from 'react-dom';
import { useFollowKit } from '../../query/FollowKitProvider';
import { userProfileOptions } from '../../query/profileOptions';
import { classNames, composeEventHandlers } from '../internal';
import { ProfileCard } from '../ProfileCard';
import { nextTabbableAfter, tabbablesIn } from './tabOrder';

/** The trigger's props the hover card composes with its own. */
interface TriggerProps {
  onPointerEnter?: (event: PointerEvent<HTMLElement>) => void;
  onPointerLeave?: (event: PointerEvent<HTMLElement>) => void;
  onFocus?: (event: FocusEvent<HTMLElement>) => void;
  onBlur?: (event: FocusEvent<HTMLElement>) => void;
  onKeyDown?: (event: ReactKeyboardEvent<HTMLElement>) => void;
  ref?: Ref<HTMLElement>;
}

/** Props of {@link ProfileHoverCard}. */
export interface ProfileHoverCardProps {
  /** Whose card. */
  userID: string;
  /**
   * The trigger: one focusable element, a link or a button (e.g. the user's name linking to
   * their page). It gets `aria-expanded` and `aria-controls` while the card is open.
   */
  children: ReactElement<TriggerProps>;
  /** Passed to the card: e.g. `<KnownFollowers userID={userID} />`. @default nothing */
  knownFollowers?: ReactNode;
  /** Wait before opening, in ms, after the pointer enters or the trigger gets focus. @default 500 */
  openDelay?: number;
  /** Wait before closing, in ms, after the pointer and focus leave trigger and card. @default 300 */
  closeDelay?: number;
  /** Where the card goes; `start` / `end` follow the writing direction. @default 'bottom-start' */
  placement?: Placement;
  /**
   * Renders the card into `container` (e.g. `document.body`) through a portal, for a trigger
   * inside a `<p>` or under an ancestor that clips it (`overflow: hidden` with a `transform`).
   * Tab still goes from the trigger into the card and on to what follows the trigger; screen
   * readers, though, meet the card where the container is, so keep the default where you
   * can. @default undefined (the card is rendered right after the trigger)
   */
  container?: Element | DocumentFragment | undefined;
  /** Class of the card's dialog element. */
  className?: string | undefined;
  /** Drops the `rfk-` classes (keeps data attributes and `className`). @default false */
  unstyled?: boolean;
}

/** The ref an element was given: a prop from React 19 on, `element.ref` before. */
function refOf(element: ReactElement<TriggerProps>): Ref<HTMLElement> | undefined {
  if (Number.parseInt(version, 10) >= 19) return element.props.ref;
  return (element as unknown as { ref?: Ref<HTMLElement> }).ref;
}

function assignRef<T>(ref: Ref<T> | undefined, node: T | null) {
  if (typeof ref === 'function') ref(node);
  else if (ref) (ref as { current: T | null }).current = node;
}

/**
 * What a card in a portal would otherwise lose from the trigger's ancestors: the kit's theme
 * attribute and the writing direction.
 */
function inheritedFrom(reference: unknown): { 'data-rfk-theme'?: string; dir?: string } {
  if (!(reference instanceof Element)) return {};
  const theme = reference.closest('[data-rfk-theme]')?.getAttribute('data-rfk-theme');
  const dir = reference.closest('[dir]')?.getAttribute('dir');
  return { ...(theme ? { 'data-rfk-theme': theme } : {}), ...(dir ? { dir } : {}) };
}

/**
 * Opens a {@link ProfileCard} beside `children` when the pointer rests on it or it gets
 * keyboard focus, after `openDelay`. The card is a non-modal dialog (`role="dialog"`, named
 * by the user's name) placed right after the trigger in the DOM (or in `container`, with the
 * same Tab order kept by hand): Tab moves from the trigger into the card and on out of it;
 * nothing moves focus on its own or traps it. It stays open while the
 * pointer or focus is on the trigger or the card, closes `closeDelay` after both leave, and
 * at once on Escape (focus goes back to the trigger when it was in the card). Touch does not
 * open it: a tap follows the trigger. Positioned by Floating UI (flips and shifts to stay in
 * view).
 */
export function ProfileHoverCard({
  userID,
  children,
  knownFollowers,
  openDelay = 500,
  closeDelay = 300,
  placement = 'bottom-start',
  container,
  className,
  unstyled,
}: ProfileHoverCardProps) {
  const kit = useFollowKit();
  const [open, setOpen] = useState(false);
  const openRef = useRef(open);
  openRef.current = open;
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  // After Escape, focus back on the trigger must not reopen the card.
  const dismissed = useRef(false);
  const dialogId = useId();
  const nameId = useId();
  const { refs, floatingStyles } = useFloating({
    open,
    placement,
    strategy: 'fixed',
    middleware: [offset(8), flip(), shift({ padding: 8 })],
    whileElementsMounted: autoUpdate,
  });

  /** Opens or closes after the delay; a change back before it fires cancels it. */
  const intend = (next: boolean) => {
    clearTimeout(timer.current);
    timer.current = undefined;
    if (next === openRef.current) return;
    if (next) void kit.queryClient.prefetchQuery(userProfileOptions(kit, userID));
    timer.current = setTimeout(() => setOpen(next), next ? openDelay : closeDelay);
  };

  const within = (node: EventTarget | null) =>
    node instanceof Node &&
    [refs.reference.current, refs.floating.current].some(
      (element) => element instanceof Node && element.contains(node),
    );

  const close = () => {
    clearTimeout(timer.current);
    setOpen(false);
  };

  useEffect(() => () => clearTimeout(timer.current), []);

  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      dismissed.current = true;
      const hadFocus = refs.floating.current?.contains(document.activeElement) ?? false;
      close();
      if (hadFocus && refs.reference.current instanceof HTMLElement) refs.reference.current.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  });

  const onPointerEnter = (event: PointerEvent<HTMLElement>) => {
    if (event.pointerType !== 'touch') intend(true);
  };
  const onPointerLeave = (event: PointerEvent<HTMLElement>) => {
    if (event.pointerType === 'touch') return;
    dismissed.current = false;
    // Focus inside the card keeps it open: keyboard users are reading it.
    if (!refs.floating.current?.contains(document.activeElement)) intend(false);
  };
  const onBlur = (event: FocusEvent<HTMLElement>) => {
    if (within(event.relatedTarget)) return;
    dismissed.current = false;
    intend(false);
  };

  // In a portal the card is not next to the trigger in the DOM: keep Tab's order by hand,
  // trigger → the card's controls → what follows the trigger (and back with Shift+Tab).
  const onTriggerKeyDown = (event: ReactKeyboardEvent<HTMLElement>) => {
    const card = refs.floating.current;
    if (!container || !card || event.key !== 'Tab' || event.shiftKey) return;
    const [first] = tabbablesIn(card);
    if (!first) return;
    event.preventDefault();
    first.focus();
  };
  const onCardKeyDown = (event: ReactKeyboardEvent<HTMLElement>) => {
    const card = refs.floating.current;
    const reference = refs.reference.current;
    if (!container || !card || !(reference instanceof HTMLElement) || event.key !== 'Tab') return;
    const inCard = tabbablesIn(card);
    const edge = event.shiftKey ? inCard[0] : inCard[inCard.length - 1];
    if (event.target !== edge) return;
    const next = event.shiftKey ? reference : nextTabbableAfter(reference, card);
    if (!next) return;
    event.preventDefault();
    next.focus();
  };

  const childRef = refOf(children);
  const { setReference } = refs;
  // Stable, so React does not detach and reattach the trigger (and Floating UI) every render.
  const triggerRef = useCallback(
    (node: HTMLElement | null) => {
      setReference(node);
      assignRef(childRef, node);
    },
    [setReference, childRef],
  );
  const trigger = cloneElement(children, {
    ref: triggerRef,
    onPointerEnter: composeEventHandlers(children.props.onPointerEnter, onPointerEnter),
    onPointerLeave: composeEventHandlers(children.props.onPointerLeave, onPointerLeave),
    onFocus: composeEventHandlers(children.props.onFocus, () => {
      if (!dismissed.current) intend(true);
    }),
    onBlur: composeEventHandlers(children.props.onBlur, onBlur),
    onKeyDown: composeEventHandlers(children.props.onKeyDown, onTriggerKeyDown),
    ...({ 'aria-expanded': open, 'aria-controls': open ? dialogId : undefined } as object),
  });

  const card = open && (
    <div
      ref={refs.setFloating}
      id={dialogId}
      role="dialog"
      aria-labelledby={nameId}
      className={classNames('rfk-hovercard', unstyled, className)}
      style={floatingStyles}
      onPointerEnter={onPointerEnter}
      onPointerLeave={onPointerLeave}
      onBlur={onBlur}
      onKeyDown={onCardKeyDown}
      {...(container ? inheritedFrom(refs.reference.current) : {})}
    >
      <ProfileCard
        userID={userID}
        nameId={nameId}
        knownFollowers={knownFollowers}
        unstyled={unstyled}
      />
    </div>
  );
  return (
    <>
      {trigger}
      {card && container ? createPortal(card, container) : card}
    </>
  );
}
