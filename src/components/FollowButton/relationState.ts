import type { FollowTypeState } from '../../query/useFollowType';
import type { FollowMessageKey } from '../i18n/translator';

/** What a follow button shows, as its `data-state`. */
export type FollowButtonState = 'loading' | 'error' | 'none' | 'follower' | 'following' | 'mutual';

/** The button's state from the relationship hook. */
export function relationState(relation: FollowTypeState): FollowButtonState {
  if (relation.followType === undefined) return relation.error ? 'error' : 'loading';
  if (relation.isMutual) return 'mutual';
  if (relation.isFollowing) return 'following';
  return relation.isFollower ? 'follower' : 'none';
}

/** The visible text of each settled state. */
export const ACTION_TEXT: Record<'none' | 'follower' | 'following' | 'mutual', FollowMessageKey> = {
  none: 'follow',
  follower: 'followBack',
  following: 'following',
  mutual: 'mutual',
};
