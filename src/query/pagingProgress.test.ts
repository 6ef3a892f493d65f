import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FollowListPage } from '../client/types';
import { barrenPagesAtEnd } from './pagingProgress';

function naiveBarren(pages: readonly FollowListPage[]): number {
  const seen = new Set<string>();
  let barren = 0;
  for (const page of pages) {
    const before = seen.size;
    for (const row of page.resultList) seen.add(row.userID);
    barren = seen.size > before ? 0 : barren + 1;
  }
  return barren;
}

const page = (ids: string[]): FollowListPage => ({
  resultList: ids.map((userID) => ({ userID, followTime: 0 })),
  nextCursor: 'next',
});

describe('barrenPagesAtEnd', () => {
  it('counts trailing pages that add no user, however the page arrays are built', () => {
    const pageArb = fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), { maxLength: 3 });
    fc.assert(
      fc.property(
        fc.array(pageArb, { minLength: 1, maxLength: 8 }),
        fc.array(fc.nat(), { maxLength: 10 }),
        (idLists, branchPoints) => {
          const pages = idLists.map(page);
          // Grow the list page by page (scrolling), and now and then branch off an earlier
          // prefix with new page objects (a refetch or an optimistic patch replaces pages).
          let current: FollowListPage[] = [];
          for (const next of pages) {
            current = [...current, next];
            expect(barrenPagesAtEnd(current)).toBe(naiveBarren(current));
          }
          for (const point of branchPoints) {
            const prefix = pages.slice(0, (point % pages.length) + 1);
            const branched = [...prefix, page(idLists[point % idLists.length] ?? [])];
            expect(barrenPagesAtEnd(branched)).toBe(naiveBarren(branched));
            expect(barrenPagesAtEnd(prefix)).toBe(naiveBarren(prefix));
          }
        },
      ),
    );
  });
});
