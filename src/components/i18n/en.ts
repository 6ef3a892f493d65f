import {
  BADGE_MESSAGES,
  BUTTON_MESSAGES,
  COUNTS_MESSAGES,
  KNOWN_FOLLOWERS_MESSAGES,
  LIST_MESSAGES,
  PAGE_MESSAGES,
  PANEL_MESSAGES,
  PROFILE_MESSAGES,
} from './english';
import type { FollowMessages } from './messages';

/**
 * English, the fallback for every other locale: every message of every component. The
 * components themselves carry only their own part of it.
 */
export const en: FollowMessages = {
  ...BUTTON_MESSAGES,
  ...COUNTS_MESSAGES,
  ...LIST_MESSAGES,
  ...PANEL_MESSAGES,
  ...BADGE_MESSAGES,
  ...KNOWN_FOLLOWERS_MESSAGES,
  ...PROFILE_MESSAGES,
  ...PAGE_MESSAGES,
};
