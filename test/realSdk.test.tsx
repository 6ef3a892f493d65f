/**
 * The kit's hooks and components on a real `TencentCloudChat` instance (the pinned SDK),
 * answered at its WebSocket from the mock store: the SDK's own encoding, decoding, rate
 * limiter and errors run.
 */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createFollowDb, type FollowDb } from '../mocks/index';
import {
  connectMockTencentChat,
  type TencentChatHandlersOptions,
} from '../mocks/tencent-chat/index';
import type { FollowError } from '../src/client/errors';
import { FollowButton } from '../src/components/FollowButton/FollowButton';
import { FollowCounts } from '../src/components/FollowCounts/FollowCounts';
import { FollowerList } from '../src/components/FollowerList/FollowerList';
import { ProfileCard } from '../src/components/ProfileCard/ProfileCard';
import { useFollowCounts } from '../src/query/useFollowCounts';
import { useFollowers } from '../src/query/useFollowers';
import { useFollowType } from '../src/query/useFollowType';
import {
  renderFollowHook,
  renderWithFollowKit,
  StubIntersectionObserver,
  stubElementSize,
} from './harness';
import { connectRealSdk, loadTencentCloudChat } from './realSdk';

beforeEach(() => {
  onTestFinished(stubElementSize({ height: 480 }));
});

/** A db where `count` fans (fan0 oldest … newest) follow me. */
function withFans(count: number) {
  const fans = Array.from({ length: count }, (_, i) => `fan${i}`);
  const db = createFollowDb({
    users: [{ userID: 'me' }],
    follows: fans.map((fan) => [fan, 'me'] as const),
  });
  return { fans, db };
}

function people(...ids: string[]) {
  return ids.map((id) => ({ userID: id, nick: id[0]?.toUpperCase() + id.slice(1) }));
}

/** One item of `<FollowCounts />` (list roots carry `data-type` too). */
function countItem(type: string): Element | null {
  return document.querySelector(`.rfk-counts [data-type="${type}"]`);
}

/** A `<FollowerList />`'s root, whatever its state. */
function listRoot(type: string): HTMLElement {
  const root = document.querySelector<HTMLElement>(`.rfk-list[data-type="${type}"]`);
  if (!root) throw new Error(`no ${type} list`);
  return root;
}

function CountsProbe({ userID }: { userID?: string }) {
  const { data, error } = useFollowCounts(userID);
  const failure = error as FollowError | null;
  if (failure) {
    return (
      <p>
        error {failure.code} {failure.retryable ? 'retryable' : 'final'}
      </p>
    );
  }
  return <p>{data ? `followers ${data.followersCount}` : 'loading'}</p>;
}

describe('a real TencentCloudChat instance', () => {
  it('follows and unfollows from the button; lists and counts come from the store', async () => {
    const db = createFollowDb({ users: people('me', 'ada', 'bob'), follows: [['ada', 'me']] });
    const chat = await connectRealSdk(db);
    const user = userEvent.setup();
    renderWithFollowKit(
      <>
        <FollowCounts />
        <FollowerList type="followers" />
        <FollowButton userID="bob" />
      </>,
      { db, client: chat },
    );
    const list = await screen.findByRole('list', { name: 'Followers' });
    expect(await within(list).findByRole('button', { name: 'Follow back Ada' })).toBeVisible();
    await waitFor(() => expect(countItem('followers')).toHaveAttribute('title', '1 follower'));
    await user.click(await screen.findByRole('button', { name: 'Follow bob' }));
    expect(await screen.findByRole('button', { name: 'Following bob' })).toBeVisible();
    await waitFor(() => expect(db.followType('me', 'bob')).toBe(2));
    await waitFor(() => expect(countItem('following')).toHaveAttribute('title', '1 following'));
    await user.click(screen.getByRole('button', { name: 'Following bob' }));
    expect(await screen.findByRole('button', { name: 'Follow bob' })).toBeVisible();
    await waitFor(() => expect(db.followType('me', 'bob')).toBe(0));
  });

  it('pages all three lists 500 rows at a time (pageSize does not apply to the SDK)', async () => {
    const fans = Array.from({ length: 620 }, (_, i) => `fan${i}`);
    const db = createFollowDb({
      users: [{ userID: 'me' }],
      follows: [
        ...fans.map((fan) => [fan, 'me'] as const),
        ...fans.slice(0, 510).map((fan) => ['me', fan] as const),
      ],
    });
    const chat = await connectRealSdk(db);
    const { result } = renderFollowHook(
      () => ({
        followers: useFollowers({ type: 'followers', pageSize: 50 }),
        following: useFollowers({ type: 'following' }),
        mutual: useFollowers({ type: 'mutual' }),
      }),
      { db, client: chat },
    );
    for (const type of ['followers', 'following', 'mutual'] as const) {
      await waitFor(() => expect(result.current[type].rows).toHaveLength(500));
      expect(result.current[type].hasNextPage).toBe(true);
      await act(() => result.current[type].fetchNextPage());
    }
    await waitFor(() => expect(result.current.followers.rows).toHaveLength(620));
    await waitFor(() => expect(result.current.following.rows).toHaveLength(510));
    await waitFor(() => expect(result.current.mutual.rows).toHaveLength(510));
    expect(result.current.followers.hasNextPage).toBe(false);
    expect(result.current.followers.rows[0]).toMatchObject({ userID: 'fan619' });
  });

  it('FollowerList loads ahead through 500-row pages and keeps the DOM to a window', async () => {
    StubIntersectionObserver.install();
    onTestFinished(() => {
      vi.unstubAllGlobals();
    });
    const { db } = withFans(600);
    const chat = await connectRealSdk(db);
    renderWithFollowKit(<FollowerList type="followers" />, { db, client: chat });
    const list = await screen.findByRole('list', { name: 'Followers' });
    expect(within(list).getAllByRole('listitem').length).toBeLessThanOrEqual(20);
    await StubIntersectionObserver.intersectAll();
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: /Load more|Loading more/ })).toBeNull(),
    );
    const viewport = list.parentElement as HTMLElement;
    viewport.scrollTop = 600 * 64;
    fireEvent.scroll(viewport);
    const last = await within(list).findByRole('button', { name: 'Follow back fan0' });
    expect(last.closest('li')).toHaveAttribute('aria-posinset', '600');
    expect(within(list).getAllByRole('listitem').length).toBeLessThanOrEqual(30);
  });

  it('checks relationships, an unknown user included', async () => {
    const db = createFollowDb({
      users: people('me', 'fan', 'idol', 'friend', 'stranger'),
      follows: [
        ['fan', 'me'],
        ['me', 'idol'],
        ['me', 'friend'],
        ['friend', 'me'],
      ],
    });
    const chat = await connectRealSdk(db);
    const { result } = renderFollowHook(
      () => ['fan', 'idol', 'friend', 'stranger', 'ghost'].map((id) => useFollowType(id)),
      { db, client: chat },
    );
    await waitFor(() =>
      expect(result.current.map((state) => state.followType)).toEqual([1, 2, 3, 0, 0]),
    );
  });

  it('shows a server failure with its code, and Retry recovers', async () => {
    const db = createFollowDb({ users: people('me') });
    let failures = 1;
    const chat = await connectRealSdk(db, 'me', {
      alter: (command, _body, answer) =>
        command === 'follow_get_info' && failures-- > 0
          ? { ErrorCode: 30006, ErrorInfo: 'server internal error' }
          : answer,
    });
    const user = userEvent.setup();
    renderWithFollowKit(
      <>
        <FollowCounts />
        <CountsProbe />
      </>,
      { db, client: chat },
    );
    expect(await screen.findByRole('alert')).toHaveTextContent("Couldn't load counts.");
    expect(screen.getByText(/^error/)).toHaveTextContent('error 30006 retryable');
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('followers 0')).toBeVisible();
  });

  it('reports the SDK\'s own "follow feature not enabled" (3122) as final', async () => {
    const db = createFollowDb({ users: people('me') });
    const chat = await connectRealSdk(db, 'me', { followEnabled: false });
    const { result } = renderFollowHook(() => useFollowCounts(), { db, client: chat });
    await waitFor(() => expect(result.current.error).not.toBeNull());
    const error = result.current.error as FollowError;
    expect(error.code).toBe(3122);
    expect(error.retryable).toBe(false);
    expect(error.message).toMatch(/follow feature is not enabled/i);
  });

  it('waits for SDK_READY when mounted before login, instead of failing', async () => {
    const db = createFollowDb({ users: people('me', 'ada'), follows: [['ada', 'me']] });
    const SDK = await loadTencentCloudChat();
    const { createTencentChatHandlers } = await import('../mocks/tencent-chat/index');
    const { server } = await import('./server');
    server.use(...createTencentChatHandlers(db));
    const quiet = vi.spyOn(console, 'log').mockImplementation(() => {});
    const chat = SDK.create({ SDKAppID: 1400000000 });
    chat.setLogLevel(4);
    quiet.mockRestore();
    onTestFinished(() => chat.destroy().catch(() => {}));
    renderWithFollowKit(<CountsProbe />, { db, client: chat });
    // Long enough for a query to have failed with 2024 (not logged in) had it been sent.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.getByText('loading')).toBeVisible();
    await act(() => connectMockTencentChat(SDK, { userID: 'me' }));
    expect(await screen.findByText('followers 1')).toBeVisible();
  });

  it('loads again what failed once the user logs in again', async () => {
    const db = createFollowDb({ users: people('me', 'ada'), follows: [['ada', 'me']] });
    let failing = true;
    const chat = await connectRealSdk(db, 'me', {
      alter: (command, _body, answer) =>
        command === 'follow_get_info' && failing
          ? { ErrorCode: 30006, ErrorInfo: 'server internal error' }
          : answer,
    });
    renderWithFollowKit(<CountsProbe />, { db, client: chat });
    expect(await screen.findByText('error 30006 retryable')).toBeVisible();
    failing = false;
    const SDK = await loadTencentCloudChat();
    await act(() => chat.logout());
    await act(() => connectMockTencentChat(SDK, { userID: 'me' }));
    expect(await screen.findByText('followers 1')).toBeVisible();
  });

  it('fails only the user missing from a counts answer', async () => {
    const db = createFollowDb({ users: people('me', 'ada', 'bob'), follows: [['ada', 'bob']] });
    const chat = await connectRealSdk(db, 'me', {
      // The SDK drops the user IDs of counts: an answer one entry short cannot be matched.
      alter: (command, _body, answer) =>
        command === 'follow_get_info' && Array.isArray(answer.FollowInfo)
          ? {
              ...answer,
              FollowInfo: answer.FollowInfo.filter(
                (item: { To_Account: string }) => item.To_Account !== 'ada',
              ),
            }
          : answer,
    });
    renderWithFollowKit(
      <>
        <CountsProbe userID="ada" />
        <CountsProbe userID="bob" />
      </>,
      { db, client: chat },
    );
    expect(await screen.findByText('followers 1')).toBeVisible();
    expect(await screen.findByText(/^error/)).toHaveTextContent('error 90006 final');
  });
});

function TypeProbes({ ids }: { ids: string[] }) {
  return (
    <ul>
      {ids.map((id) => (
        <TypeProbe key={id} userID={id} />
      ))}
    </ul>
  );
}

function TypeProbe({ userID }: { userID: string }) {
  const { followType, error } = useFollowType(userID);
  const failure = error as FollowError | null;
  return <li>{failure ? `error ${failure.code}` : `${userID}:${followType ?? '?'}`}</li>;
}

describe("the SDK's own rate limit on checkFollowType", () => {
  it('refuses the 21st call within 5 s with 2996 (the SDK fact the kit paces for)', async () => {
    const db = createFollowDb({ users: people('me', 'ada') });
    const chat = await connectRealSdk(db);
    const codes: number[] = [];
    for (let i = 0; i < 21; i++) {
      codes.push(
        await chat.checkFollowType(['ada']).then(
          ({ code }) => code,
          (error: { code: number }) => error.code,
        ),
      );
    }
    expect(codes.slice(0, 20)).toEqual(Array(20).fill(0));
    expect(codes[20]).toBe(2996);
  });

  it('is never hit by look-ups arriving tick after tick, as rows do while scrolling', async () => {
    const { fans, db } = withFans(40);
    const chat = await connectRealSdk(db);
    const { rerender } = renderWithFollowKit(<TypeProbes ids={[]} />, { db, client: chat });
    for (let shown = 1; shown <= fans.length; shown++) {
      rerender(<TypeProbes ids={fans.slice(0, shown)} />);
      await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
    }
    await waitFor(() => expect(screen.getAllByText(/:1$/)).toHaveLength(fans.length));
    expect(screen.queryByText(/^error/)).not.toBeInTheDocument();
  });

  it('splits more than 100 look-ups of one tick into calls of at most 100', async () => {
    const { fans, db } = withFans(150);
    const chat = await connectRealSdk(db);
    renderWithFollowKit(<TypeProbes ids={fans} />, { db, client: chat });
    await waitFor(() => expect(screen.getAllByText(/:1$/)).toHaveLength(fans.length));
    expect(screen.queryByText(/^error/)).not.toBeInTheDocument();
  });

  it('waits out the window when the app itself used up the limit (2996 is retried)', async () => {
    const db = createFollowDb({ users: people('me', 'ada'), follows: [['ada', 'me']] });
    const chat = await connectRealSdk(db);
    for (let i = 0; i < 20; i++) await chat.checkFollowType(['me']);
    renderWithFollowKit(<TypeProbes ids={['ada']} />, { db, client: chat });
    expect(await screen.findByText('ada:1', {}, { timeout: 8000 })).toBeVisible();
  }, 10_000);
});

describe('events pushed by other users through the SDK', () => {
  async function renderLists(db: FollowDb, options: TencentChatHandlersOptions = {}) {
    const chat = await connectRealSdk(db, 'me', options);
    renderWithFollowKit(
      <>
        <FollowCounts />
        <FollowerList type="followers" />
        <FollowerList type="following" />
        <FollowerList type="mutual" />
      </>,
      { db, client: chat },
    );
    await waitFor(() => {
      for (const type of ['followers', 'following', 'mutual']) {
        expect(listRoot(type)).not.toHaveAttribute('data-state', 'loading');
      }
    });
    return {
      followers: listRoot('followers'),
      following: listRoot('following'),
      mutual: listRoot('mutual'),
    };
  }

  it('a new follower appears by name in my followers and mutual lists, then leaves', async () => {
    const db = createFollowDb({
      users: people('me', 'old', 'carol'),
      follows: [
        ['old', 'me'],
        ['me', 'carol'],
      ],
    });
    const lists = await renderLists(db);
    await within(lists.following).findByRole('button', { name: 'Following Carol' });
    act(() => void db.follow('carol', 'me'));
    expect(
      await within(lists.followers).findByRole('button', { name: 'Mutual Carol' }),
    ).toBeVisible();
    expect(await within(lists.mutual).findByRole('button', { name: 'Mutual Carol' })).toBeVisible();
    await waitFor(() => expect(countItem('followers')).toHaveAttribute('title', '2 followers'));
    act(() => void db.unfollow('carol', 'me'));
    await waitFor(() =>
      expect(within(lists.followers).queryByText('Carol')).not.toBeInTheDocument(),
    );
    await waitFor(() => expect(within(lists.mutual).queryByText('Carol')).not.toBeInTheDocument());
    expect(within(lists.following).getByRole('button', { name: 'Following Carol' })).toBeVisible();
  });

  it('a follow made on my other device appears in my following list', async () => {
    const db = createFollowDb({ users: people('me', 'dan') });
    const lists = await renderLists(db);
    expect(within(lists.following).getByText('Not following anyone yet.')).toBeVisible();
    act(() => void db.follow('me', 'dan'));
    expect(
      await within(lists.following).findByRole('button', { name: 'Following Dan' }),
    ).toBeVisible();
  });

  it('a pushed follower without profile fields gets its name from the list, not a bare ID', async () => {
    const db = createFollowDb({ users: people('me', 'old', 'eve'), follows: [['old', 'me']] });
    const lists = await renderLists(db, { pushProfiles: false });
    await within(lists.followers).findByRole('button', { name: 'Follow back Old' });
    act(() => void db.follow('eve', 'me'));
    expect(
      await within(lists.followers).findByRole('button', { name: 'Follow back Eve' }),
    ).toBeVisible();
    expect(within(lists.followers).queryByText('eve')).not.toBeInTheDocument();
  });
});

describe('the profile card on a real TencentCloudChat instance', () => {
  it("shows the user's profile from the SDK's getUserProfile, follows, and says when nobody is there", async () => {
    const user = userEvent.setup();
    const db = createFollowDb({
      users: [
        { userID: 'me' },
        { userID: 'ada', nick: 'Ada', selfSignature: 'Analytical engines' },
      ],
      follows: [['ada', 'me']],
    });
    const chat = await connectRealSdk(db);
    renderWithFollowKit(
      <>
        <ProfileCard userID="ada" />
        <ProfileCard userID="ghost" />
      </>,
      { db, client: chat },
    );
    const card = await screen.findByRole('article', { name: 'Ada' });
    expect(within(card).getByText('Analytical engines')).toBeInTheDocument();
    await user.click(await within(card).findByRole('button', { name: 'Follow back Ada' }));
    expect(await within(card).findByRole('button', { name: 'Mutual Ada' })).toBeInTheDocument();
    await waitFor(() => expect(db.followType('me', 'ada')).toBe(3));
    const ghost = await screen.findByRole('article', { name: 'ghost' });
    expect(within(ghost).getByText("This account doesn't exist.")).toBeInTheDocument();
  });
});
