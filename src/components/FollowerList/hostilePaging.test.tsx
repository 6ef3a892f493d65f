import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { createFollowDb } from '../../../mocks/index';
import { renderWithFollowKit, stubElementSize } from '../../../test/harness';
import { FollowerList } from './FollowerList';

/** An IntersectionObserver whose target is always in view, as a short list's footer is. */
class AlwaysIntersecting {
  constructor(private readonly callback: IntersectionObserverCallback) {}
  observe(target: Element) {
    queueMicrotask(() =>
      this.callback(
        [{ target, isIntersecting: true } as IntersectionObserverEntry],
        this as unknown as IntersectionObserver,
      ),
    );
  }
  unobserve() {}
  disconnect() {}
  takeRecords() {
    return [];
  }
}

const row = (id: string) => ({
  To_Account: id,
  FollowTime: 1,
  ProfileItem: [{ Tag: 'Tag_Profile_IM_Nick', Value: `Fan ${id}` }],
  profile_sequence: 1,
});

/**
 * A server that sends `distinct` users `pageSize` at a time, then keeps sending fresh cursors
 * with pages that add nobody: the last page again, or nothing. It gives up after 200 calls
 * so that a kit that pages without end still ends the test.
 */
function hostileFollowGet(distinct: number, pageSize: number, after: 'repeat' | 'empty') {
  const calls = { count: 0 };
  const handler = http.post('*/v4/follow/follow_get', () => {
    calls.count += 1;
    const start = Math.min(
      (calls.count - 1) * pageSize,
      distinct - (distinct % pageSize || pageSize),
    );
    const fresh = (calls.count - 1) * pageSize < distinct;
    const ids = Array.from({ length: pageSize }, (_, i) => `fan${start + i}`).filter(
      (id) => Number(id.slice(3)) < distinct,
    );
    return HttpResponse.json({
      ActionStatus: 'OK',
      ErrorCode: 0,
      ErrorInfo: '',
      ErrorDisplay: '',
      FollowItem: fresh || after === 'repeat' ? ids.map(row) : [],
      NextCursor: calls.count < 200 ? `cursor-${calls.count}` : '',
    });
  });
  return { calls, handler };
}

beforeEach(() => {
  onTestFinished(stubElementSize({ height: 480 }));
  vi.stubGlobal('IntersectionObserver', AlwaysIntersecting);
});
afterEach(() => vi.unstubAllGlobals());

describe('FollowerList against a server whose pages stop adding rows', () => {
  const cases = [
    { path: 'my list (SDK method)', props: {}, after: 'repeat' },
    { path: 'my list (SDK method)', props: {}, after: 'empty' },
    {
      path: "another user's list (listing extension)",
      props: { userID: 'star', pageSize: 5 },
      after: 'repeat',
    },
    {
      path: "another user's list (listing extension)",
      props: { userID: 'star', pageSize: 5 },
      after: 'empty',
    },
  ] as const;

  it.each(cases)(
    '$path, then $after pages: stops paging and shows the end',
    async ({ props, after }) => {
      const distinct = 12;
      const pageSize = 5;
      const { calls, handler } = hostileFollowGet(distinct, pageSize, after);
      const db = createFollowDb({ users: [{ userID: 'me' }, { userID: 'star' }] });
      const { container } = renderWithFollowKit(<FollowerList type="followers" {...props} />, {
        db,
        pageSize,
        handlers: [handler],
      });
      const list = await screen.findByRole('list', { name: 'Followers' });
      await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(distinct));
      // Give a runaway load-ahead time to show itself.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(calls.count).toBeLessThanOrEqual(Math.ceil(distinct / pageSize) + 1);
      expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
      expect(container.querySelector('[data-type="followers"]')).toHaveAttribute(
        'data-state',
        'ready',
      );
      const rows = within(list).getAllByRole('listitem');
      expect(rows.map((r) => r.getAttribute('aria-setsize'))).toEqual(
        rows.map(() => String(distinct)),
      );
    },
  );
});
