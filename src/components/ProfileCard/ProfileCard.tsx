'use client';

import {
  type ComponentPropsWithoutRef,
  type ForwardedRef,
  forwardRef,
  type ReactNode,
  useId,
} from 'react';
import { UNSUPPORTED } from '../../client/errorCodes';
import { FollowError } from '../../client/errors';
import type { UserProfile } from '../../client/types';
import { useUserProfile } from '../../query/useUserProfile';
import { Avatar } from '../Avatar';
import { FollowButton } from '../FollowButton';
import { FollowCounts } from '../FollowCounts';
import { FollowsYouBadge } from '../FollowsYouBadge';
import { PROFILE_MESSAGES } from '../i18n/english';
import { useFollowMessages } from '../i18n/FollowMessagesProvider';
import { displayNameOf, visibleText } from '../i18n/userText';
import { classNames, partClass, VisuallyHidden } from '../internal';
import { KnownFollowers } from '../KnownFollowers/KnownFollowers';

/** What {@link ProfileCard} shows, as its `data-state`. */
export type ProfileCardState = 'loading' | 'ready' | 'unknown' | 'error';

/** Props of {@link ProfileCard}. Other article attributes pass through to the root. */
export interface ProfileCardProps extends Omit<ComponentPropsWithoutRef<'article'>, 'children'> {
  /** Whose card. */
  userID: string;
  /**
   * Shown under the follow button: "Followed by Alice and 3 others you follow". Pass your own
   * node, or `null` for none. Left out for an unknown user.
   * @default <KnownFollowers userID={userID} name={name} /> (nothing without known followers)
   */
  knownFollowers?: ReactNode;
  /**
   * The id of the element holding the user's name, for an `aria-labelledby` elsewhere (the
   * hover card's dialog uses it). @default a generated id
   */
  nameId?: string | undefined;
  /** Drops the `rfk-` classes (keeps data attributes and `className`). @default false */
  unstyled?: boolean;
}

function cardState(query: ReturnType<typeof useUserProfile>): ProfileCardState {
  if (query.data) return 'ready';
  if (query.data === null) return 'unknown';
  // A client without a profile look-up still gets a card: the ID stands in for the name.
  const { error } = query;
  if (error instanceof FollowError && error.code === UNSUPPORTED) return 'ready';
  return query.isError ? 'error' : 'loading';
}

function ProfileCardRender(
  { userID, knownFollowers, nameId, unstyled, className, ...rest }: ProfileCardProps,
  ref: ForwardedRef<HTMLElement>,
) {
  const query = useUserProfile(userID);
  const { t } = useFollowMessages(PROFILE_MESSAGES);
  const generatedId = useId();
  const labelId = nameId ?? generatedId;
  const state = cardState(query);
  const profile: UserProfile = query.data ?? { userID };
  const nick = visibleText(profile.nick);
  const name = displayNameOf(nick, userID);
  const signature = visibleText(profile.selfSignature);
  const avatar = visibleText(profile.avatar);
  const part = (name: string) => partClass(`rfk-profile-card__${name}`, unstyled);

  return (
    <article
      {...rest}
      ref={ref}
      aria-labelledby={labelId}
      aria-busy={state === 'loading' || undefined}
      className={classNames('rfk-profile-card', unstyled, className)}
      data-state={state}
      data-user-id={userID}
    >
      {state === 'loading' && (
        <>
          <span
            aria-hidden="true"
            className={partClass('rfk-profile-card__avatar rfk-skeleton', unstyled)}
          />
          <span id={labelId}>
            <VisuallyHidden>{t('profileLoading')}</VisuallyHidden>
          </span>
          <span
            aria-hidden="true"
            className={partClass('rfk-profile-card__line rfk-skeleton', unstyled)}
          />
          <span
            aria-hidden="true"
            className={partClass('rfk-profile-card__line rfk-skeleton', unstyled)}
          />
        </>
      )}
      {state !== 'loading' && (
        <div className={part('header')}>
          <Avatar
            userID={userID}
            name={name}
            src={avatar}
            size="lg"
            decorative
            unstyled={unstyled}
          />
          <div className={part('titles')}>
            {/* The <bdi> isolates the user's text so RTL names render in order. */}
            <span id={labelId} className={part('name')} title={name}>
              <bdi dir="auto">{name}</bdi>
            </span>
            {nick !== undefined && (
              <span className={part('id')}>
                <bdi dir="auto">{t('userHandle', { name: userID })}</bdi>
              </span>
            )}
            {state === 'ready' && <FollowsYouBadge userID={userID} unstyled={unstyled} />}
          </div>
        </div>
      )}
      {state === 'unknown' && <p className={part('message')}>{t('profileUnknown')}</p>}
      {state === 'error' && (
        <div className={part('message')}>
          <span role="alert">{t('profileFailed')}</span>{' '}
          <button
            type="button"
            className={partClass('rfk-profile-card__retry', unstyled)}
            onClick={() => void query.refetch()}
          >
            {t('retry')}
          </button>
        </div>
      )}
      {state === 'ready' && (
        <>
          {signature && (
            <p className={part('signature')} title={signature}>
              <bdi dir="auto">{signature}</bdi>
            </p>
          )}
          <FollowCounts userID={userID} unstyled={unstyled} />
          <FollowButton userID={userID} name={nick} avatar={avatar} unstyled={unstyled} />
          {knownFollowers === undefined ? (
            <KnownFollowers userID={userID} name={name} unstyled={unstyled} />
          ) : (
            knownFollowers
          )}
        </>
      )}
    </article>
  );
}

/**
 * A user's profile at a glance: avatar, name, ID, signature, the three counts, the follow
 * button, and the known followers ("Followed by …"). An `<article>` named by the user's name.
 * `data-state`: `loading` | `ready` | `unknown` (no such user: a message, no button) |
 * `error` (with a Retry button). With a client that has no `getUserProfile` it shows the ID
 * as the name.
 */
export const ProfileCard = /* @__PURE__ */ forwardRef(ProfileCardRender);
