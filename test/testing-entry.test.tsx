import { screen, waitFor } from '@testing-library/react';
import { scenarios } from '../mocks/index';
import { FollowButton, FollowCounts, FollowerList } from '../src/index';
import { zhCN } from '../src/locales/zh-CN';
import { createTestFollowServer, renderWithFollowKit } from '../testing/index';
import { server as suiteServer } from './server';

// The entry as an app's test uses it: its own msw server, not this suite's (two servers
// listening at once would both intercept), so the suite's is off for this file.
beforeAll(() => suiteServer.close());
afterAll(() => suiteServer.listen({ onUnhandledRequest: 'error' }));

const users = [{ userID: 'me' }, { userID: 'alice', nick: 'Alice' }];
const followers = () => document.querySelector('[data-type="followers"]');

describe('react-follow-kit/testing', () => {
  it('renders against a fresh store in one call: click, label, counts and store agree', async () => {
    const { user, db } = renderWithFollowKit(
      <>
        <FollowButton userID="alice" name="Alice" />
        <FollowCounts userID="alice" />
      </>,
      { users, follows: [['alice', 'me']] },
    );
    await user.click(await screen.findByRole('button', { name: 'Follow back Alice' }));
    expect(screen.getByRole('button', { name: 'Mutual Alice' })).toBeInTheDocument();
    await waitFor(() => expect(followers()).toHaveAttribute('title', '1 follower'));
    await waitFor(() => expect(db.followType('me', 'alice')).toBe(3));
  });

  it('gives every call its own store: the last test’s follow is gone', async () => {
    const { db } = renderWithFollowKit(<FollowButton userID="alice" name="Alice" />, {
      users,
      follows: [['alice', 'me']],
    });
    expect(await screen.findByRole('button', { name: 'Follow back Alice' })).toBeInTheDocument();
    expect(db.followType('me', 'alice')).toBe(1);
  });

  it('puts faults in front of the store and answers after the latency', async () => {
    const { user, db } = renderWithFollowKit(<FollowButton userID="alice" name="Alice" />, {
      users,
      latency: 30,
      handlers: scenarios.failNext(1, 30006, { commands: ['follow_add'] }),
    });
    const started = Date.now();
    const button = await screen.findByRole('button', { name: 'Follow Alice' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(25);
    await user.click(button);
    await waitFor(() => expect(button).toHaveAccessibleName('Follow Alice'));
    expect(db.followType('me', 'alice')).toBe(0);
  });

  it('speaks the locale whose catalog it is given, and English without one', async () => {
    const first = renderWithFollowKit(<FollowButton userID="alice" name="Alice" />, {
      users,
      locale: 'zh-CN',
      catalogs: { 'zh-CN': zhCN },
    });
    expect(await screen.findByRole('button', { name: /^关注/ })).toBeInTheDocument();
    first.unmount();
    renderWithFollowKit(<FollowButton userID="alice" name="Alice" />, { users, locale: 'zh-CN' });
    expect(await screen.findByRole('button', { name: 'Follow Alice' })).toBeInTheDocument();
  });

  it('uses a suite’s shared server, which the suite resets and closes', async () => {
    const shared = createTestFollowServer();
    shared.listen();
    try {
      const { user, db } = renderWithFollowKit(<FollowButton userID="alice" />, {
        users,
        server: shared,
      });
      await user.click(await screen.findByRole('button', { name: 'Follow alice' }));
      await waitFor(() => expect(db.followType('me', 'alice')).toBe(2));
      shared.resetHandlers();
      const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
      const unhandled = await fetch('https://im.follow-kit.test/v4/follow/follow_check', {
        method: 'POST',
      }).catch((error: unknown) => error);
      expect(unhandled).toBeInstanceOf(Error);
      expect(String(consoleError.mock.calls[0]?.[0])).toMatch(/without a matching request handler/);
      consoleError.mockRestore();
    } finally {
      shared.close();
    }
  });

  it('lays out a virtualized FollowerList in jsdom while mounted, and only then', async () => {
    const fans = [
      { userID: 'me' },
      { userID: 'alice', nick: 'Alice' },
      { userID: 'bob', nick: 'Bob' },
    ];
    const follows: Array<[string, string]> = [
      ['alice', 'me'],
      ['bob', 'me'],
    ];
    const { unmount } = renderWithFollowKit(<FollowerList type="followers" />, {
      users: fans,
      follows,
    });
    expect(await screen.findByRole('button', { name: 'Follow back Alice' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Follow back Bob' })).toBeInTheDocument();
    unmount();
    expect(document.body.clientHeight).toBe(0);

    // Without it, jsdom's 0 × 0 leaves the virtualizer no room for a row.
    const bare = renderWithFollowKit(<FollowerList type="followers" />, {
      users: fans,
      follows,
      layout: false,
    });
    await waitFor(() =>
      expect(bare.container.querySelector('[aria-busy="true"]')).not.toBeInTheDocument(),
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('button', { name: /Alice/ })).not.toBeInTheDocument();
  });
});
