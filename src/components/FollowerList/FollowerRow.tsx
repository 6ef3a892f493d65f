'use client';

import { type CSSProperties, useLayoutEffect, useRef } from 'react';
import type { FollowUserProfile } from '../../client/types';
import { Avatar } from '../Avatar/Avatar';
import { FollowButton, type FollowButtonVariant } from '../FollowButton/FollowButton';
import { FollowsYouBadge } from '../FollowsYouBadge/FollowsYouBadge';
import { displayNameOf, visibleText } from '../i18n/userText';
import { partClass } from '../internal';

/** Props of {@link FollowerRow}. */
export interface FollowerRowProps {
  row: FollowUserProfile;
  /** 1-based position in the whole list. */
  position: number;
  /** Size of the whole list, or -1 when unknown. */
  setSize: number;
  /** The signed-in user's row has no button. */
  isMe: boolean;
  style: CSSProperties;
  confirmUnfollow: boolean;
  buttonVariant: FollowButtonVariant;
  /** Show "Follows you" beside the name of a user who follows the signed-in user. */
  showFollowsYou: boolean;
  unstyled: boolean | undefined;
  /** Called when the row unmounts while focus is inside it. */
  onUnmountWithFocus: (userID: string, index: number) => void;
}

/** One user of a follow list: avatar, name, signature and a follow button. */
export function FollowerRow({
  row,
  position,
  setSize,
  isMe,
  style,
  confirmUnfollow,
  buttonVariant,
  showFollowsYou,
  unstyled,
  onUnmountWithFocus,
}: FollowerRowProps) {
  const ref = useRef<HTMLLIElement>(null);
  const latest = useRef({ userID: row.userID, index: position - 1, onUnmountWithFocus });
  latest.current = { userID: row.userID, index: position - 1, onUnmountWithFocus };
  useLayoutEffect(
    () => () => {
      // Runs before React detaches the row, while it still holds focus.
      const { userID, index, onUnmountWithFocus: report } = latest.current;
      if (ref.current?.contains(document.activeElement)) report(userID, index);
    },
    [],
  );
  const nick = visibleText(row.nick);
  const signature = visibleText(row.selfSignature);
  const name = displayNameOf(nick, row.userID);
  return (
    <li
      ref={ref}
      className={partClass('rfk-row', unstyled)}
      aria-posinset={position}
      aria-setsize={setSize}
      data-user-id={row.userID}
      style={style}
    >
      <Avatar
        userID={row.userID}
        name={name}
        src={visibleText(row.avatar)}
        decorative
        unstyled={unstyled}
      />
      <span className={partClass('rfk-row__text', unstyled)}>
        {/* The block keeps the row's direction (so it aligns with the avatar); the <bdi>
            isolates the user's text so RTL names and markup-like text render in order. */}
        <span className={partClass('rfk-row__title', unstyled)}>
          <span className={partClass('rfk-row__name', unstyled)} title={name}>
            <bdi dir="auto">{name}</bdi>
          </span>
          {showFollowsYou && !isMe && <FollowsYouBadge userID={row.userID} unstyled={unstyled} />}
        </span>
        {signature && (
          <span className={partClass('rfk-row__signature', unstyled)} title={signature}>
            <bdi dir="auto">{signature}</bdi>
          </span>
        )}
      </span>
      {!isMe && (
        <FollowButton
          userID={row.userID}
          name={nick}
          avatar={visibleText(row.avatar)}
          size="sm"
          variant={buttonVariant}
          confirmUnfollow={confirmUnfollow}
          unstyled={unstyled}
        />
      )}
    </li>
  );
}
