import { followCountsOptions } from './countsOptions';
import type { FollowKit } from './followKit';
import { followListOptions } from './listOptions';
import type { FollowListParams } from './listPages';
import { followTypeOptions } from './options';

/**
 * Loads what a `<FollowerList>` with the same `type`, `userID` and `pageSize` shows first, into
 * `kit.queryClient`: the first page, the owner's counts, and my relationship with every row
 * (one batched check per 100 rows; rows of my own mutual list need none). For a server-rendered
 * page: `dehydrate(kit.queryClient)` then holds all of it, so the list hydrates without asking.
 * Failures are left out, as `prefetchQuery` does: the list loads them in the browser.
 */
export async function prefetchFollowerList(
  kit: FollowKit,
  params: FollowListParams,
): Promise<void> {
  const { queryClient } = kit;
  const list = followListOptions(kit, params);
  await Promise.all([
    queryClient.prefetchInfiniteQuery(list),
    queryClient.prefetchQuery(followCountsOptions(kit, params.userID ?? kit.userID)),
  ]);
  const rows = queryClient.getQueryData(list.queryKey)?.pages.flatMap((page) => page.resultList);
  await Promise.all(
    (rows ?? []).map((row) => queryClient.prefetchQuery(followTypeOptions(kit, row.userID))),
  );
}
