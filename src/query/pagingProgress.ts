import type { FollowListPage } from '../client/types';

/**
 * Pages in a row that may add no new user before paging stops. One is enough: a well-behaved
 * server never sends a page of only known rows (or an empty page) before its last one, and a
 * hostile or broken one that keeps doing so costs a single extra request.
 */
export const MAX_BARREN_PAGES = 1;

interface Progress {
  /** Every user ID up to and including this page. Shared along a chain of pages. */
  seen: Set<string>;
  /** How many pages in a row, ending with this one, added no new user. */
  barren: number;
  /** `seen` has grown past this page: a different next page must rebuild, not extend. */
  extended: boolean;
}

const progressOfPage = new WeakMap<FollowListPage, Progress>();

function step(seen: Set<string>, barrenBefore: number, page: FollowListPage): Progress {
  const before = seen.size;
  for (const row of page.resultList) seen.add(row.userID);
  return { seen, barren: seen.size > before ? 0 : barrenBefore + 1, extended: false };
}

/**
 * How many pages in a row, ending with the last one, brought no user the earlier pages had not
 * shown. Scrolling appends pages, so this costs the new page, not the whole list; a rebuild
 * (pages replaced by a refetch or an optimistic patch) walks the list once.
 */
export function barrenPagesAtEnd(pages: readonly FollowListPage[]): number {
  const last = pages.at(-1);
  if (!last) return 0;
  const known = progressOfPage.get(last);
  if (known) return known.barren;
  const previous =
    pages.length > 1 ? progressOfPage.get(pages.at(-2) as FollowListPage) : undefined;
  let progress: Progress;
  if (previous && !previous.extended) {
    previous.extended = true;
    progress = step(previous.seen, previous.barren, last);
  } else {
    progress = { seen: new Set(), barren: 0, extended: false };
    for (const page of pages) progress = step(progress.seen, progress.barren, page);
  }
  progressOfPage.set(last, progress);
  return progress.barren;
}
