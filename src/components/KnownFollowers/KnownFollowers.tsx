'use client';

import {
  type ComponentPropsWithoutRef,
  type ForwardedRef,
  forwardRef,
  useId,
  useState,
} from 'react';
import { useFollowKit } from '../../query/FollowKitProvider';
import { useKnownFollowers } from '../../query/useKnownFollowers';
import { Avatar } from '../Avatar/Avatar';
import { FollowerRow } from '../FollowerList/FollowerRow';
import { KNOWN_FOLLOWERS_MESSAGES } from '../i18n/english';
import { useFollowMessages } from '../i18n/FollowMessagesProvider';
import { displayNameOf, labelText, needsIsolation, visibleText } from '../i18n/userText';
import { classNames, partClass } from '../internal';
import { knownFollowersSummary, namedCount } from './summaryParts';

/** Props of {@link KnownFollowers}. Other div attributes pass through to the root. */
export interface KnownFollowersProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** Whose followers to look among. */
  userID: string;
  /** That user's display name, for the accessible names ("… who follow Tara"). @default userID */
  name?: string | undefined;
  /** How many avatars to stack (the sentence names one fewer when there are more). @default 3 */
  limit?: number;
  /** The follow buttons of the full list ask "Unfollow {name}?" first. @default false */
  confirmUnfollow?: boolean;
  /** Drops the `rfk-` classes (keeps data attributes and `className`). @default false */
  unstyled?: boolean;
}

const noop = () => {};

function KnownFollowersRender(
  {
    userID,
    name,
    limit = 3,
    confirmUnfollow = false,
    unstyled,
    className,
    ...rest
  }: KnownFollowersProps,
  ref: ForwardedRef<HTMLDivElement>,
) {
  const known = useKnownFollowers(userID, { limit });
  const translator = useFollowMessages(KNOWN_FOLLOWERS_MESSAGES);
  const { t } = translator;
  const me = useFollowKit().userID;
  const [expanded, setExpanded] = useState(false);
  const listID = useId();
  const state = known.isLoading ? 'loading' : known.total ? 'ready' : undefined;
  if (!state) return null;
  const root = {
    ...rest,
    ref,
    className: classNames('rfk-known', unstyled, className),
    'data-state': state,
  };
  if (state === 'loading') {
    return (
      <div {...root} aria-hidden="true">
        <div className={partClass('rfk-known__summary', unstyled)}>
          <span className={partClass('rfk-known__avatars', unstyled)}>
            {Array.from({ length: limit }, (_, i) => `slot-${i}`).map((slot) => (
              <span
                key={slot}
                className={partClass('rfk-known__avatar-skeleton rfk-skeleton', unstyled)}
              />
            ))}
          </span>
          <span className={partClass('rfk-known__text-skeleton rfk-skeleton', unstyled)} />
        </div>
      </div>
    );
  }

  const total = known.total ?? 0;
  const names = known.knownFollowers
    .slice(0, namedCount(total, limit))
    .map((row) => labelText(displayNameOf(row.nick, row.userID)));
  const parts = knownFollowersSummary(translator, names, total);
  const sentence = parts.map((part) => ('text' in part ? part.text : part.userText)).join('');
  const target = labelText(displayNameOf(name, userID));
  return (
    <div {...root}>
      <div className={partClass('rfk-known__summary', unstyled)}>
        <span className={partClass('rfk-known__avatars', unstyled)}>
          {known.knownFollowers.map((row) => (
            <Avatar
              key={row.userID}
              userID={row.userID}
              name={visibleText(row.nick)}
              src={visibleText(row.avatar)}
              size="sm"
              decorative
              unstyled={unstyled}
            />
          ))}
        </span>
        <span className={partClass('rfk-known__text', unstyled)}>
          {parts.map((part, i) =>
            'text' in part || !needsIsolation(part.userText, sentence) ? (
              'text' in part ? (
                part.text
              ) : (
                part.userText
              )
            ) : (
              // biome-ignore lint/suspicious/noArrayIndexKey: a sentence's parts never reorder
              <bdi key={i} dir="auto">
                {part.userText}
              </bdi>
            ),
          )}
        </span>
        <button
          type="button"
          className={partClass('rfk-known__toggle', unstyled)}
          aria-expanded={expanded}
          aria-controls={listID}
          aria-label={t('knownFollowersSeeAllName', { count: total, name: target })}
          onClick={() => setExpanded((open) => !open)}
        >
          {t('knownFollowersSeeAll')}
        </button>
      </div>
      <ul
        id={listID}
        hidden={!expanded}
        aria-label={t('knownFollowersListLabel', { name: target })}
        className={partClass('rfk-known__list', unstyled)}
      >
        {expanded &&
          known.allKnownFollowers.map((row, i) => (
            <FollowerRow
              key={row.userID}
              row={row}
              position={i + 1}
              setSize={total}
              isMe={row.userID === me}
              style={{}}
              confirmUnfollow={confirmUnfollow}
              buttonVariant="outline"
              showFollowsYou
              unstyled={unstyled}
              onUnmountWithFocus={noop}
            />
          ))}
      </ul>
    </div>
  );
}

/**
 * Social proof beside a profile: stacked avatars and "Followed by Alice, Bob, and 3 others you
 * follow", with a disclosure button ("See all", `aria-expanded`) that shows every one of them
 * with a follow button. Renders nothing while there are none, when the client cannot check
 * from another user's side (see `useKnownFollowers`), on a failure, and for the signed-in
 * user. `data-state`: `loading` | `ready`.
 */
export const KnownFollowers = /* @__PURE__ */ forwardRef(KnownFollowersRender);
