import { useId, useState } from 'react';
import type { FollowListType } from '../../src/client/index';
import { Avatar } from '../../src/components/Avatar';
import { FollowButton } from '../../src/components/FollowButton';
import { FollowCounts } from '../../src/components/FollowCounts';
import { FollowerList } from '../../src/components/FollowerList';
import { FollowPanel } from '../../src/components/FollowPanel';
import { FollowsYouBadge } from '../../src/components/FollowsYouBadge';
import { en, useFollowMessages } from '../../src/components/i18n';
import { displayNameOf } from '../../src/components/i18n/userText';
import './ProfilePage.css';

/** What the app's own profile service knows of a user (the follow API carries no profiles). */
export interface ProfileSummary {
  userID: string;
  nick?: string | undefined;
  avatar?: string | undefined;
  selfSignature?: string | undefined;
}

export interface ProfilePageProps {
  /** Whose profile is shown. */
  profile: ProfileSummary;
  /** Show the signed-in user's counts and followers beside the profile. @default true */
  showMyFollowers?: boolean;
}

/**
 * An app page built only from the kit: a profile header (avatar, name, follow button, counts
 * that pick the tab), the profile's lists, and my counts and followers beside them. Every view reads
 * the same cache, so a follow made anywhere shows everywhere.
 */
export function ProfilePage({ profile, showMyFollowers = true }: ProfilePageProps) {
  const [tab, setTab] = useState<FollowListType>('followers');
  const titleID = useId();
  const asideID = useId();
  const name = displayNameOf(profile.nick, profile.userID);
  const { t } = useFollowMessages(en);
  return (
    <div className="rfk-sb-page">
      <main className="rfk-sb-page__main" aria-labelledby={titleID}>
        <header className="rfk-sb-profile">
          <Avatar userID={profile.userID} name={name} src={profile.avatar} size="lg" decorative />
          <div className="rfk-sb-profile__text">
            <div className="rfk-sb-profile__title">
              <h1 id={titleID} className="rfk-sb-profile__name" dir="auto">
                {name}
              </h1>
              <FollowsYouBadge userID={profile.userID} />
            </div>
            {profile.selfSignature && (
              <p className="rfk-sb-profile__bio" dir="auto">
                {profile.selfSignature}
              </p>
            )}
            <FollowCounts userID={profile.userID} onSelect={setTab} />
          </div>
          <FollowButton
            userID={profile.userID}
            name={name}
            avatar={profile.avatar}
            size="lg"
            confirmUnfollow
          />
        </header>
        <FollowPanel
          userID={profile.userID}
          value={tab}
          onValueChange={setTab}
          listProps={{ height: 420, showFollowsYou: true }}
        />
      </main>
      {showMyFollowers && (
        <aside className="rfk-sb-page__aside" aria-labelledby={asideID}>
          <h2 id={asideID} className="rfk-sb-page__aside-title">
            {t('yourFollowersTitle')}
          </h2>
          <FollowCounts />
          <FollowerList type="followers" height={380} label={t('yourFollowersTitle')} />
        </aside>
      )}
    </div>
  );
}
