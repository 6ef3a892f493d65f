import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createFollowDb, type MockUser, scenarios } from '../../../mocks/index';
import { expectNoAxeViolations } from '../../../test/axe';
import {
  renderWithFollowKit,
  StubIntersectionObserver,
  stubElementSize,
} from '../../../test/harness';
import { holdCalls } from '../../../test/holdCalls';
import { server } from '../../../test/server';
import { FollowerList } from './FollowerList';

/** A db where `count` fans (fan0 … fanN, fan0 oldest) follow me. */
function dbWithFans(count: number, users: MockUser[] = []) {
  return createFollowDb({
    users: [{ userID: 'me' }, ...users],
    follows: Array.from({ length: count }, (_, i) => [`fan${i}`, 'me'] as const),
  });
}

function viewportOf(list: HTMLElement): HTMLElement {
  const viewport = list.parentElement;
  if (!viewport) throw new Error('the list has no viewport');
  return viewport;
}

function scrollTo(list: HTMLElement, top: number) {
  const viewport = viewportOf(list);
  viewport.scrollTop = top;
  fireEvent.scroll(viewport);
}

beforeEach(() => {
  onTestFinished(stubElementSize({ height: 480 }));
});
afterEach(() => vi.unstubAllGlobals());

describe('FollowerList', () => {
  it('shows a busy skeleton, then rows with avatar, name, signature and a follow button', async () => {
    const db = createFollowDb({
      users: [
        { userID: 'me' },
        {
          userID: 'ada',
          nick: 'Ada',
          selfSignature: 'Counting engines',
          avatar: 'https://a.test/ada.png',
        },
        { userID: 'bob' },
      ],
      follows: [
        ['ada', 'me'],
        ['bob', 'me'],
        ['me', 'bob'],
      ],
    });
    const hold = holdCalls();
    const { container } = renderWithFollowKit(<FollowerList type="followers" />, {
      db,
      handlers: hold.handlers,
    });
    const root = container.querySelector('[data-type="followers"]');
    expect(root).toHaveAttribute('data-state', 'loading');
    expect(root).toHaveAttribute('aria-busy', 'true');
    await expectNoAxeViolations(container);
    hold.release();

    const list = await screen.findByRole('list', { name: 'Followers' });
    expect(root).toHaveAttribute('data-state', 'ready');
    expect(root).not.toHaveAttribute('aria-busy');
    const rows = within(list).getAllByRole('listitem');
    expect(rows).toHaveLength(2);
    // Newest first: bob followed after ada.
    expect(rows[0]).toHaveTextContent('bob');
    expect(rows[1]).toHaveTextContent('AdaCounting engines');
    expect(rows[1]?.querySelector('img')).toHaveAttribute('alt', '');
    expect(await within(list).findByRole('button', { name: 'Follow back Ada' })).toBeVisible();
    expect(await within(list).findByRole('button', { name: 'Mutual bob' })).toBeVisible();
    expect(rows.map((row) => row.getAttribute('aria-posinset'))).toEqual(['1', '2']);
    expect(rows.map((row) => row.getAttribute('aria-setsize'))).toEqual(['2', '2']);
    await expectNoAxeViolations(container);
  });

  it("lists another user's followers under the caller's label, with no button on my own row", async () => {
    const db = createFollowDb({
      users: [{ userID: 'me' }, { userID: 'alice' }, { userID: 'carol', nick: 'Carol' }],
      follows: [
        ['me', 'alice'],
        ['carol', 'alice'],
      ],
    });
    renderWithFollowKit(
      <FollowerList type="followers" userID="alice" pageSize={20} label="Alice's followers" />,
      { db },
    );
    const list = await screen.findByRole('list', { name: "Alice's followers" });
    expect(screen.getByRole('region', { name: "Alice's followers" })).toContainElement(list);
    await within(list).findByRole('button', { name: 'Follow Carol' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    expect(within(list).getAllByRole('button')).toHaveLength(1);
  });

  it.each([
    ['followers', 'No followers yet.', 'People who follow this account will show up here.'],
    ['following', 'Not following anyone yet.', 'People this account follows will show up here.'],
    ['mutual', 'No mutual follows yet.', 'and are followed back will show up here.'],
  ] as const)(
    "says so when the %s list is empty, with help and the app's action",
    async (type, title, help) => {
      const { container } = renderWithFollowKit(
        <FollowerList type={type} emptyAction={<button type="button">Find people</button>} />,
      );
      expect(await screen.findByText(title)).toBeInTheDocument();
      expect(screen.getByText(help, { exact: false })).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Find people' })).toBeInTheDocument();
      expect(container.firstElementChild).toHaveAttribute('data-state', 'empty');
      expect(screen.queryByRole('list')).not.toBeInTheDocument();
      await expectNoAxeViolations(container);
    },
  );

  it('shows "Follows you" beside the users who follow me, when asked to', async () => {
    const db = createFollowDb({
      users: [
        { userID: 'me' },
        { userID: 'cy' },
        { userID: 'ada', nick: 'Ada' },
        { userID: 'bob', nick: 'Bob' },
      ],
      follows: [
        ['ada', 'cy'],
        ['bob', 'cy'],
        ['bob', 'me'],
      ],
    });
    renderWithFollowKit(<FollowerList type="followers" userID="cy" showFollowsYou />, { db });
    const list = await screen.findByRole('list', { name: 'Followers' });
    await within(list).findByRole('button', { name: 'Follow back Bob' });
    const [bob, ada] = within(list).getAllByRole('listitem');
    expect(bob).toHaveTextContent('BobFollows you');
    expect(ada).toHaveTextContent('Ada');
    expect(ada).not.toHaveTextContent('Follows you');
  });

  it('loads with placeholder rows shaped like the rows to come: varied lines and a button', async () => {
    const hold = holdCalls();
    const { container } = renderWithFollowKit(<FollowerList type="followers" />, {
      handlers: hold.handlers,
    });
    const rows = container.querySelectorAll('.rfk-row--skeleton');
    expect(rows.length).toBeGreaterThan(2);
    const widths = [...rows].map(
      (row) => (row.querySelector('.rfk-skeleton--name') as HTMLElement).style.inlineSize,
    );
    expect(new Set(widths).size).toBeGreaterThan(2);
    for (const row of rows) expect(row.querySelector('.rfk-skeleton--button')).not.toBeNull();
    hold.release();
    expect(await screen.findByText('No followers yet.')).toBeInTheDocument();
  });

  it('announces a failed load and retries', async () => {
    const user = userEvent.setup();
    const { container } = renderWithFollowKit(<FollowerList type="followers" />, {
      db: dbWithFans(3),
      handlers: scenarios.failNext(1, 30006, { commands: ['follow_get'] }),
    });
    expect(await screen.findByRole('alert')).toHaveTextContent("Couldn't load this list.");
    expect(container.firstElementChild).toHaveAttribute('data-state', 'error');
    await expectNoAxeViolations(container);
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    const list = await screen.findByRole('list', { name: 'Followers' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(3);
  });

  it('loads the next page before the end is reached, as the sentinel nears the viewport', async () => {
    StubIntersectionObserver.install();
    renderWithFollowKit(<FollowerList type="followers" pageSize={10} />, { db: dbWithFans(25) });
    const list = await screen.findByRole('list', { name: 'Followers' });
    const observer = StubIntersectionObserver.instances.find((o) => !o.disconnected);
    expect(observer?.root).toBe(viewportOf(list));
    expect(observer?.rootMargin).toBe('600px 0px');
    expect(screen.queryByText('fan6')).not.toBeInTheDocument();

    await StubIntersectionObserver.intersectAll();
    scrollTo(list, 20 * 64);
    const row = await screen.findByText('fan6');
    expect(row.closest('li')).toHaveAttribute('aria-posinset', '19');

    await waitFor(() => expect(screen.getByRole('button', { name: 'Load more' })).toBeEnabled());
    await StubIntersectionObserver.intersectAll();
    scrollTo(list, 25 * 64);
    const last = await screen.findByText('fan0');
    expect(last.closest('li')).toHaveAttribute('aria-posinset', '25');
    expect(last.closest('li')).toHaveAttribute('aria-setsize', '25');
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  });

  it('offers a Load more button that works without IntersectionObserver', async () => {
    const user = userEvent.setup();
    renderWithFollowKit(<FollowerList type="followers" pageSize={10} />, { db: dbWithFans(12) });
    const list = await screen.findByRole('list', { name: 'Followers' });
    // More pages exist, so the size comes from the counts, not the rows loaded.
    await waitFor(() =>
      expect(within(list).getAllByRole('listitem')[0]).toHaveAttribute('aria-setsize', '12'),
    );
    const loadMore = screen.getByRole('button', { name: 'Load more' });
    await user.click(loadMore);
    scrollTo(list, 12 * 64);
    expect(await screen.findByText('fan0')).toBeInTheDocument();
    expect(loadMore).not.toBeInTheDocument();
  });

  it('announces a failed next page and retries it', async () => {
    const user = userEvent.setup();
    renderWithFollowKit(<FollowerList type="followers" pageSize={10} />, { db: dbWithFans(12) });
    await screen.findByRole('list', { name: 'Followers' });
    server.use(...scenarios.failNext(1, 30006, { commands: ['follow_get'] }));
    await user.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByRole('alert')).toHaveTextContent("Couldn't load this list.");
    // The rows already loaded stay.
    expect(screen.getByText('fan11')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  });

  it('keeps the DOM to a window of rows in a 10,000-row list', async () => {
    StubIntersectionObserver.install();
    renderWithFollowKit(<FollowerList type="followers" pageSize={1000} />, {
      db: dbWithFans(10_000),
    });
    const list = await screen.findByRole('list', { name: 'Followers' });
    expect(within(list).getAllByRole('listitem')[0]).toHaveAttribute('aria-posinset', '1');
    await waitFor(() =>
      expect(within(list).getAllByRole('listitem')[0]).toHaveAttribute('aria-setsize', '10000'),
    );
    for (let pages = 1; screen.queryByRole('button', { name: /Load more/ }); pages++) {
      expect(pages).toBeLessThan(15);
      await StubIntersectionObserver.intersectAll();
      await waitFor(() =>
        expect(screen.queryByRole('button', { name: 'Loading more…' })).not.toBeInTheDocument(),
      );
    }
    expect(within(list).getAllByRole('listitem').length).toBeLessThanOrEqual(20);

    scrollTo(list, 5000 * 64);
    const middle = within(list).getAllByRole('listitem');
    expect(middle.length).toBeLessThanOrEqual(30);
    expect(Number(middle[0]?.getAttribute('aria-posinset'))).toBeGreaterThan(4980);

    scrollTo(list, 10_000 * 64);
    const last = await within(list).findByText('fan0');
    expect(last.closest('li')).toHaveAttribute('aria-posinset', '10000');
    expect(last.closest('li')).toHaveAttribute('aria-setsize', '10000');
    expect(within(list).getAllByRole('listitem').length).toBeLessThanOrEqual(30);
  });

  it('displays hostile profile data as inert text', async () => {
    const signature = `${'长'.repeat(10_000)}`;
    const db = createFollowDb({
      users: [
        { userID: 'me' },
        { userID: 'x1', nick: '<img src=x onerror=alert(1)>', avatar: 'javascript:alert(1)' },
        { userID: 'x2', nick: 'مرحبا بالعالم 👋🏽', selfSignature: signature },
      ],
      follows: [
        ['x1', 'me'],
        ['x2', 'me'],
      ],
    });
    const { container, queryClient } = renderWithFollowKit(<FollowerList type="followers" />, {
      db,
    });
    const list = await screen.findByRole('list', { name: 'Followers' });
    const hostile = within(list).getByText('<img src=x onerror=alert(1)>');
    expect(hostile).toHaveAttribute('dir', 'auto');
    expect(container.querySelector('img[src^="javascript"]')).toBeNull();
    expect(container.querySelectorAll('img')).toHaveLength(0);
    const rtl = within(list).getByText('مرحبا بالعالم 👋🏽');
    expect(rtl).toHaveAttribute('dir', 'auto');
    const fullSignature = within(list).getByTitle(signature);
    expect(fullSignature).toHaveTextContent(signature);
    expect(fullSignature.querySelector('bdi')).toHaveAttribute('dir', 'auto');
    await within(list).findByRole('button', { name: 'Follow back <img src=x onerror=alert(1)>' });
    // The counts (for aria-setsize) may still be on their way: axe checks the settled list.
    await waitFor(() => expect(queryClient.isFetching()).toBe(0));
    await expectNoAxeViolations(container);
  });

  it('is one tab stop for scrolling, then moves through the row buttons in visual order', async () => {
    const user = userEvent.setup();
    renderWithFollowKit(<FollowerList type="followers" />, { db: dbWithFans(3) });
    await screen.findByRole('button', { name: 'Follow back fan0' });
    await user.tab();
    expect(screen.getByRole('region', { name: 'Followers' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Follow back fan2' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Follow back fan1' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Follow back fan0' })).toHaveFocus();
  });

  it('shows Mutual, not Following, for someone I follow who follows me back', async () => {
    const db = createFollowDb({
      users: [{ userID: 'me' }, { userID: 'ann', nick: 'Ann' }, { userID: 'ben', nick: 'Ben' }],
      follows: [
        ['me', 'ann'],
        ['ann', 'me'],
        ['me', 'ben'],
      ],
    });
    renderWithFollowKit(<FollowerList type="following" />, { db });
    const list = await screen.findByRole('list', { name: 'Following' });
    expect(await within(list).findByRole('button', { name: 'Mutual Ann' })).toBeVisible();
    expect(within(list).getByRole('button', { name: 'Following Ben' })).toBeVisible();
  });

  it('keeps focus in the list when unfollowing removes the focused row', async () => {
    const user = userEvent.setup();
    const db = createFollowDb({
      users: [{ userID: 'me' }],
      follows: [
        ['me', 'ann'],
        ['me', 'ben'],
        ['me', 'cat'],
      ],
    });
    renderWithFollowKit(<FollowerList type="following" />, { db });
    await screen.findByRole('button', { name: 'Following cat' });
    await user.tab();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Following cat' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByText('cat')).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Following ben' })).toHaveFocus();
    await waitFor(() => expect(db.followType('me', 'cat')).toBe(0));
  });

  it('passes className and attributes to the root and drops kit classes when unstyled', async () => {
    const { container } = renderWithFollowKit(
      <FollowerList type="following" className="mine" data-testid="fl" height={300} unstyled />,
    );
    await screen.findByText('Not following anyone yet.');
    const root = container.firstElementChild;
    expect(root).toHaveClass('mine');
    expect(root).not.toHaveClass('rfk-list');
    expect(root).toHaveAttribute('data-testid', 'fl');
    expect(root).toHaveStyle({ maxHeight: '300px' });
    expect(container.querySelector('[class*="rfk-"]')).toBeNull();
  });
});
