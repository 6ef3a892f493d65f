/** How long a relationship or a count is trusted before a mount refetches it. */
export const FOLLOW_STALE_TIME = 60_000;

/** How long a loaded list is trusted before a mount refetches it (all its pages). */
export const LIST_STALE_TIME = 5 * 60_000;
