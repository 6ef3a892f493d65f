'use client';

import { type ComponentPropsWithoutRef, type ForwardedRef, forwardRef, useState } from 'react';
import { displayNameOf, labelText } from '../i18n/userText';
import { classNames, partClass } from '../internal';
import { colorIndexOf, initialsOf } from './initials';
import { safeImageSrc } from './safeImageSrc';

/** Sizes of {@link Avatar}. */
export type AvatarSize = 'sm' | 'md' | 'lg';

/** Props of {@link Avatar}. */
export interface AvatarProps extends Omit<ComponentPropsWithoutRef<'span'>, 'children'> {
  /**
   * Image URL. Only `http:`, `https:` and `data:image/` URLs load; anything else (e.g.
   * `javascript:`) and images that fail to load show initials instead. @default undefined
   */
  src?: string | undefined;
  /** The user's display name: alt text and the source of the initials. @default userID */
  name?: string | undefined;
  /** The user; picks the fallback color, and names the avatar when `name` is missing. */
  userID: string;
  /** @default 'md' */
  size?: AvatarSize;
  /**
   * Set when the name is shown beside the avatar: the image gets `alt=""` and the initials
   * are hidden from assistive technology, so the name is not read twice. @default false
   */
  decorative?: boolean;
  /** Drops the `rfk-` classes (keeps data attributes and `className`). @default false */
  unstyled?: boolean;
}

function AvatarRender(
  { src, name, userID, size = 'md', decorative = false, unstyled, className, ...rest }: AvatarProps,
  ref: ForwardedRef<HTMLSpanElement>,
) {
  const shownName = displayNameOf(name, userID);
  const label = labelText(shownName);
  const safeSrc = safeImageSrc(src);
  const [failedSrc, setFailedSrc] = useState<string>();
  const showImage = safeSrc !== undefined && safeSrc !== failedSrc;
  const fallbackA11y = decorative
    ? { 'aria-hidden': true as const }
    : { role: 'img' as const, 'aria-label': label };

  return (
    <span
      {...(showImage ? {} : fallbackA11y)}
      {...rest}
      ref={ref}
      className={classNames('rfk-avatar', unstyled, className)}
      data-size={size}
      data-state={showImage ? 'image' : 'fallback'}
      data-color={colorIndexOf(userID)}
    >
      {showImage ? (
        <img
          className={partClass('rfk-avatar__image', unstyled)}
          src={safeSrc}
          alt={decorative ? '' : label}
          loading="lazy"
          decoding="async"
          draggable={false}
          onError={() => setFailedSrc(safeSrc)}
        />
      ) : (
        <span className={partClass('rfk-avatar__initials', unstyled)}>{initialsOf(shownName)}</span>
      )}
    </span>
  );
}

/**
 * A user's picture, or their initials on a color derived from the user ID. State is exposed
 * as `data-state="image" | "fallback"`, `data-size` and `data-color` (0–7).
 */
export const Avatar = /* @__PURE__ */ forwardRef(AvatarRender);
