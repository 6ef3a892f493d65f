import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Profiler } from 'react';
import { createFollowDb, scenarios } from '../../../mocks/index';
import { expectNoAxeViolations } from '../../../test/axe';
import { renderWithFollowKit, stubElementSize } from '../../../test/harness';
import type { FollowError } from '../../client/errors';
import { FollowCounts } from '../FollowCounts';
import { FollowerList } from '../FollowerList';
import { FollowButton } from './FollowButton';

function dbWith(follows: Array<[string, string]> = []) {
  return createFollowDb({
    users: [{ userID: 'me' }, { userID: 'alice', nick: 'Alice' }, { userID: 'bob' }],
    follows,
  });
}

describe('FollowButton', () => {
  it('follows at once, then the server agrees', async () => {
    const user = userEvent.setup();
    const { db, container } = renderWithFollowKit(<FollowButton userID="alice" name="Alice" />, {
      db: dbWith(),
    });
    const button = await screen.findByRole('button', { name: 'Follow Alice' });
    expect(button).toHaveTextContent(/^Follow$/);
    expect(button).toHaveAttribute('data-state', 'none');
    expect(button).not.toHaveAttribute('aria-pressed');
    await expectNoAxeViolations(container);

    await user.click(button);
    expect(button).toHaveAccessibleName('Following Alice');
    expect(button).toHaveAttribute('data-state', 'following');
    await waitFor(() => expect(db.followType('me', 'alice')).toBe(2));
    await waitFor(() => expect(button).not.toHaveAttribute('data-pending'));
    expect(button).toHaveAccessibleName('Following Alice');
  });

  it('offers "Follow back" to a follower and becomes "Mutual"', async () => {
    const user = userEvent.setup();
    const { db } = renderWithFollowKit(<FollowButton userID="alice" name="Alice" />, {
      db: dbWith([['alice', 'me']]),
    });
    await user.click(await screen.findByRole('button', { name: 'Follow back Alice' }));
    const button = screen.getByRole('button', { name: 'Mutual Alice' });
    expect(button).toHaveTextContent(/^Mutual$/);
    expect(button).toHaveAttribute('data-state', 'mutual');
    await waitFor(() => expect(db.followType('me', 'alice')).toBe(3));
  });

  it('unfollows a mutual follow straight away without confirmUnfollow', async () => {
    const user = userEvent.setup();
    const { db } = renderWithFollowKit(<FollowButton userID="alice" name="Alice" />, {
      db: dbWith([
        ['alice', 'me'],
        ['me', 'alice'],
      ]),
    });
    await user.click(await screen.findByRole('button', { name: 'Mutual Alice' }));
    expect(screen.getByRole('button', { name: 'Follow back Alice' })).toBeInTheDocument();
    await waitFor(() => expect(db.followType('me', 'alice')).toBe(1));
  });

  it('asks before unfollowing: Escape cancels, Unfollow confirms, focus comes back', async () => {
    const user = userEvent.setup();
    const { db, container } = renderWithFollowKit(
      <FollowButton userID="alice" name="Alice" confirmUnfollow />,
      { db: dbWith([['me', 'alice']]) },
    );
    const button = await screen.findByRole('button', { name: 'Following Alice' });
    expect(button).toHaveAttribute('aria-expanded', 'false');

    await user.click(button);
    const dialog = screen.getByRole('dialog', { name: 'Unfollow Alice?' });
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('button', { name: 'Unfollow' })).toHaveFocus();
    await expectNoAxeViolations(container);

    await user.keyboard('{Escape}');
    expect(dialog).not.toBeInTheDocument();
    expect(button).toHaveFocus();
    expect(button).toHaveAccessibleName('Following Alice');

    await user.click(button);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(button).toHaveFocus();

    await user.keyboard('{Enter}');
    await user.click(screen.getByRole('button', { name: 'Unfollow' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(button).toHaveAccessibleName('Follow Alice');
    expect(button).toHaveFocus();
    await waitFor(() => expect(db.followType('me', 'alice')).toBe(0));
  });

  it('closes the confirmation when focus leaves it, without unfollowing', async () => {
    const user = userEvent.setup();
    renderWithFollowKit(
      <>
        <FollowButton userID="alice" name="Alice" confirmUnfollow />
        <button type="button">elsewhere</button>
      </>,
      { db: dbWith([['me', 'alice']]) },
    );
    await user.click(await screen.findByRole('button', { name: 'Following Alice' }));
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'elsewhere' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Following Alice' })).toBeInTheDocument();
  });

  it('rolls back and announces a failed follow; the next click clears it and succeeds', async () => {
    const user = userEvent.setup();
    const { db, container, queryClient } = renderWithFollowKit(
      <FollowButton userID="alice" name="Alice" />,
      {
        db: dbWith(),
        // Slow enough to see the optimistic state before the rollback.
        handlers: [
          ...scenarios.latency(30, { commands: ['follow_add'] }),
          ...scenarios.failNext(1, 30006, { commands: ['follow_add'] }),
        ],
      },
    );
    const button = await screen.findByRole('button', { name: 'Follow Alice' });
    await user.click(button);
    expect(button).toHaveAccessibleName('Following Alice');
    // A TanStack mutation like useFollowUser's: an app's MutationCache and useIsMutating see it.
    expect(queryClient.isMutating()).toBe(1);

    const alert = await screen.findByRole('alert');
    const failures = queryClient.getMutationCache().findAll({ status: 'error' });
    expect(failures.map((mutation) => (mutation.state.error as FollowError).code)).toEqual([30006]);
    await waitFor(() => expect(alert).toHaveTextContent("Couldn't follow Alice. Try again."));
    expect(button).toHaveAccessibleName('Follow Alice');
    expect(button).toHaveAccessibleDescription("Couldn't follow Alice. Try again.");
    expect(db.followType('me', 'alice')).toBe(0);
    await expectNoAxeViolations(container);

    await user.click(button);
    expect(alert).not.toBeInTheDocument();
    expect(button).toHaveAccessibleName('Following Alice');
    await waitFor(() => expect(db.followType('me', 'alice')).toBe(2));
  });

  it('undoes a refused follow on the button and the counts at once, then says why', async () => {
    const user = userEvent.setup();
    const shown: string[] = [];
    const page = () =>
      [
        screen.getByRole('button', { name: /Alice$/ }).getAttribute('aria-label'),
        document.querySelector('.rfk-counts')?.textContent,
        screen.queryByRole('alert')?.textContent ?? 'no alert',
      ].join(' | ');
    renderWithFollowKit(
      <Profiler id="page" onRender={() => shown.push(page())}>
        <FollowButton userID="alice" name="Alice" />
        <FollowCounts />
      </Profiler>,
      {
        db: dbWith(),
        handlers: [
          ...scenarios.latency(30, { commands: ['follow_add'] }),
          ...scenarios.failNext(1, 30006, { commands: ['follow_add'] }),
        ],
      },
    );
    await waitFor(() => expect(page()).toMatch(/^Follow Alice \| 0 followers.*0 following/));
    const before = page();
    shown.length = 0;
    await user.click(screen.getByRole('button', { name: 'Follow Alice' }));
    await screen.findByRole('alert');
    const failed = `${before.replace(/ \| no alert$/, '')} | Couldn't follow Alice. Try again.`;
    // Never the message beside a button that still says Following, nor a count out of step.
    expect([...new Set(shown)]).toEqual([
      expect.stringMatching(/^Following Alice \| .*1 following/),
      before,
      failed,
    ]);
  });

  it('says why a follow cannot work, instead of "Try again": the follow cap, a missing account', async () => {
    const user = userEvent.setup();
    const others = Array.from({ length: 5000 }, (_, i) => `u${i}`);
    const db = createFollowDb({
      users: [
        { userID: 'me' },
        { userID: 'alice', nick: 'Alice' },
        ...others.map((userID) => ({ userID })),
      ],
      follows: others.map((userID): [string, string] => ['me', userID]),
    });
    renderWithFollowKit(
      <>
        <FollowButton userID="alice" name="Alice" />
        <FollowButton userID="ghost" name="Ghost" />
      </>,
      { db, locale: 'ja' },
    );
    await user.click(await screen.findByRole('button', { name: 'フォロー Alice' }));
    const capped = await screen.findByText(/アカウントまでです/);
    expect(capped).toHaveTextContent(
      'フォローできるのは5,000アカウントまでです。Aliceさんをフォローするには、ほかのアカウントのフォローを解除してください。',
    );
    expect(screen.getByRole('button', { name: 'フォロー Alice' })).toHaveAccessibleDescription(
      capped.textContent ?? '',
    );
    expect(db.followType('me', 'alice')).toBe(0);

    await user.click(screen.getByRole('button', { name: 'フォロー Ghost' }));
    expect(
      await screen.findByText('Ghostさんをフォローできません。このアカウントは存在しません。'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'フォロー Ghost' })).toBeInTheDocument();
  });

  it('a request-level 30003 (the server does not know me) is no "account doesn\'t exist" of theirs', async () => {
    const user = userEvent.setup();
    renderWithFollowKit(<FollowButton userID="alice" name="Alice" />, {
      db: dbWith(),
      handlers: scenarios.failNext(1, 30003, { commands: ['follow_add'] }),
    });
    await user.click(await screen.findByRole('button', { name: 'Follow Alice' }));
    expect(await screen.findByRole('alert')).toHaveTextContent("Couldn't follow Alice. Try again.");
  });

  it('rolls back and announces a failed unfollow', async () => {
    const user = userEvent.setup();
    renderWithFollowKit(<FollowButton userID="alice" name="Alice" />, {
      db: dbWith([['me', 'alice']]),
      handlers: scenarios.failNext(1, 30006, { commands: ['follow_delete'] }),
    });
    await user.click(await screen.findByRole('button', { name: 'Following Alice' }));
    expect(await screen.findByText("Couldn't unfollow Alice. Try again.")).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Following Alice' })).toBeInTheDocument();
  });

  it('stays clickable while pending and ends in the last state clicked', async () => {
    const user = userEvent.setup();
    const { db } = renderWithFollowKit(<FollowButton userID="alice" name="Alice" />, {
      db: dbWith(),
      handlers: scenarios.latency(50, { commands: ['follow_add', 'follow_delete'] }),
    });
    const button = await screen.findByRole('button', { name: 'Follow Alice' });
    await user.click(button);
    await waitFor(() => expect(button).toHaveAttribute('data-pending'));
    expect(button).toHaveAttribute('aria-busy', 'true');
    expect(button).toBeEnabled();

    await user.click(button);
    expect(button).toHaveAccessibleName('Follow Alice');
    await user.click(button);
    expect(button).toHaveAccessibleName('Following Alice');
    await waitFor(() => expect(button).not.toHaveAttribute('data-pending'), { timeout: 2000 });
    expect(button).not.toHaveAttribute('aria-busy');
    expect(db.followType('me', 'alice')).toBe(2);
  });

  it('shows a disabled loading button, then a Retry when the relationship cannot load', async () => {
    const user = userEvent.setup();
    const { container } = renderWithFollowKit(<FollowButton userID="alice" name="Alice" />, {
      db: dbWith([['alice', 'me']]),
      handlers: scenarios.failNext(1, 30006, { commands: ['follow_check'] }),
    });
    const loading = screen.getByRole('button', { name: 'Loading… Alice' });
    expect(loading).toBeDisabled();
    expect(loading).toHaveAttribute('data-state', 'loading');

    const retry = await screen.findByRole('button', {
      name: 'Retry loading follow status of Alice',
    });
    expect(retry).toHaveTextContent('Retry');
    expect(retry).toHaveAttribute('data-state', 'error');
    await expectNoAxeViolations(container);
    await user.click(retry);
    expect(await screen.findByRole('button', { name: 'Follow back Alice' })).toBeEnabled();
  });

  it("renders nothing on the signed-in user's own ID", async () => {
    const { container } = renderWithFollowKit(
      <>
        <FollowButton userID="me" />
        <FollowButton userID="bob" />
      </>,
      { db: dbWith() },
    );
    await screen.findByRole('button', { name: 'Follow bob' });
    expect(screen.getAllByRole('button')).toHaveLength(1);
    expect(container.querySelectorAll('.rfk-follow')).toHaveLength(1);
  });

  it('names every button in a list distinctly, by name or else user ID', async () => {
    renderWithFollowKit(
      <ul>
        <li>
          <FollowButton userID="alice" name="Alice" />
        </li>
        <li>
          <FollowButton userID="bob" />
        </li>
      </ul>,
      { db: dbWith([['me', 'bob']]) },
    );
    await screen.findByRole('button', { name: 'Follow Alice' });
    await screen.findByRole('button', { name: 'Following bob' });
    const names = screen.getAllByRole('button').map((b) => b.getAttribute('aria-label'));
    expect(new Set(names).size).toBe(names.length);
  });

  it('renders a hostile name as text', async () => {
    const hostile = '<img src=x onerror="window.pwned=1">';
    const { container } = renderWithFollowKit(<FollowButton userID="alice" name={hostile} />, {
      db: dbWith(),
    });
    expect(await screen.findByRole('button', { name: `Follow ${hostile}` })).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
  });

  it('speaks the locale and takes message overrides', async () => {
    const first = renderWithFollowKit(<FollowButton userID="alice" name="Alice" />, {
      db: dbWith([['alice', 'me']]),
      locale: 'zh-CN',
    });
    expect(await screen.findByRole('button', { name: '回关 Alice' })).toHaveTextContent('回关');
    first.unmount();

    renderWithFollowKit(<FollowButton userID="alice" name="Alice" />, {
      db: dbWith(),
      messages: { follow: 'Subscribe' },
    });
    expect(await screen.findByRole('button', { name: 'Subscribe Alice' })).toBeInTheDocument();
  });

  it('puts the row it creates in my following list with the name and avatar it was given', async () => {
    const user = userEvent.setup();
    onTestFinished(stubElementSize());
    renderWithFollowKit(
      <>
        <FollowButton userID="bob" name="Bobby Tables" avatar="https://cdn.example.test/b.png" />
        <FollowerList type="following" />
      </>,
      { db: dbWith() },
    );
    expect(await screen.findByText('Not following anyone yet.')).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Follow Bobby Tables' }));
    const row = await screen.findByRole('listitem');
    expect(row).toHaveTextContent('Bobby Tables');
    expect(row.querySelector('img')).toHaveAttribute('src', 'https://cdn.example.test/b.png');
  });

  it('passes className, attributes and handlers through; a handler can prevent the toggle', async () => {
    const user = userEvent.setup();
    const onClick = vi.fn((event: { preventDefault(): void }) => event.preventDefault());
    renderWithFollowKit(
      <FollowButton
        userID="alice"
        name="Alice"
        size="lg"
        variant="ghost"
        className="mine"
        data-testid="fb"
        onClick={onClick}
        unstyled
      />,
      { db: dbWith() },
    );
    const button = await screen.findByRole('button', { name: 'Follow Alice' });
    expect(button).toHaveClass('mine');
    expect(button).not.toHaveClass('rfk-follow-button');
    expect(button).toHaveAttribute('data-size', 'lg');
    expect(button).toHaveAttribute('data-variant', 'ghost');
    expect(button).toHaveAttribute('data-testid', 'fb');
    await user.click(button);
    expect(onClick).toHaveBeenCalledTimes(1);
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(button).toHaveAccessibleName('Follow Alice');
  });
});
