import { expect, it } from 'vitest';
import { createFollowDb } from '../mocks/index';
import { medianMs, recordFigure } from './record';

/** The obvious implementation the indexes replace: scan every edge, sort, slice. */
function naivePage(
  edges: Array<{ from: string; to: string; time: number }>,
  owner: string,
  after: number,
) {
  const fans = edges.filter((edge) => edge.to === owner).sort((a, b) => b.time - a.time);
  return fans.slice(after, after + 100);
}

function fansDb(count: number) {
  const follows: Array<[string, string]> = [];
  for (let i = 0; i < count; i++) follows.push([`fan${i}`, 'star']);
  return createFollowDb({ follows });
}

/** A cursor about halfway down the list, reached by real paging. */
function middleCursor(db: ReturnType<typeof fansDb>, count: number) {
  let cursor = '';
  for (let read = 0; read < count / 2; read += 1000)
    cursor = db.page('star', 'followers', cursor, 1000).nextCursor;
  return cursor;
}

it('measures follow_get paging against list size, and a naive scan', () => {
  for (const count of [10_000, 100_000, 1_000_000]) {
    const db = fansDb(count);
    const cursor = middleCursor(db, count);
    let page = db.page('star', 'followers', cursor, 100);
    const ms = medianMs(500, () => {
      page = db.page('star', 'followers', cursor, 100);
    });
    expect(page.items).toHaveLength(100);
    recordFigure(`mock.follow_get_page100_${count}_fans`, ms * 1000, 'us');
  }
  const edges = Array.from({ length: 1_000_000 }, (_, i) => ({
    from: `fan${i}`,
    to: 'star',
    time: i,
  }));
  let naive: unknown[] = [];
  const naiveMs = medianMs(5, () => {
    naive = naivePage(edges, 'star', 500_000);
  });
  expect(naive).toHaveLength(100);
  recordFigure('mock.naive_scan_page100_1000000_fans', naiveMs * 1000, 'us');
}, 120_000);
