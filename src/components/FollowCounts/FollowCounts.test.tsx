import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createFollowDb, scenarios } from '../../../mocks/index';
import { expectNoAxeViolations } from '../../../test/axe';
import { renderWithFollowKit } from '../../../test/harness';
import { holdCalls } from '../../../test/holdCalls';
import { FollowButton } from '../FollowButton/FollowButton';
import { FollowCounts } from './FollowCounts';

/** `alice` has `fans` followers, follows `following` users, and one of them back. */
function dbFor({ fans, following = 0 }: { fans: number; following?: number }) {
  const follows: Array<readonly [string, string]> = [];
  for (let i = 0; i < fans; i++) follows.push([`fan${i}`, 'alice']);
  for (let i = 0; i < following; i++) follows.push(['alice', `fan${i}`]);
  return createFollowDb({ users: [{ userID: 'me' }, { userID: 'alice' }], follows });
}

function item(type: string): HTMLElement {
  const found = document.querySelector<HTMLElement>(`[data-type="${type}"]`);
  if (!found) throw new Error(`no ${type} count`);
  return found;
}

describe('FollowCounts', () => {
  it('shows compact, truncated counts with the full numbers for screen readers and tooltips', async () => {
    const { container } = renderWithFollowKit(<FollowCounts userID="alice" />, {
      db: dbFor({ fans: 1999, following: 1 }),
    });
    const list = await screen.findByRole('list', { name: 'Follow counts' });
    expect(container.firstElementChild).toHaveAttribute('data-state', 'ready');
    const followers = item('followers');
    expect(followers).toHaveTextContent(/^1\.9K followers1,999 followers$/);
    expect(followers).toHaveAttribute('title', '1,999 followers');
    expect(followers.querySelector('[aria-hidden="true"]')).toHaveTextContent('1.9K followers');
    expect(item('following')).toHaveAttribute('title', '1 following');
    expect(item('mutual')).toHaveAttribute('title', '1 mutual');
    expect(within(list).getAllByRole('listitem')).toHaveLength(3);
    expect(within(list).queryByRole('link')).not.toBeInTheDocument();
    expect(within(list).queryByRole('button')).not.toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('formats per locale: 19,999 in zh-CN is 1.9万', async () => {
    renderWithFollowKit(<FollowCounts userID="alice" />, {
      db: dbFor({ fans: 19_999 }),
      locale: 'zh-CN',
    });
    await screen.findByRole('list', { name: '关注数据' });
    const followers = item('followers');
    expect(followers.querySelector('[aria-hidden="true"]')).toHaveTextContent('1.9万 粉丝');
    expect(followers).toHaveAttribute('title', '19,999 粉丝');
    expect(item('following')).toHaveAttribute('title', '0 关注');
  });

  it('uses the singular where the locale has one', async () => {
    renderWithFollowKit(<FollowCounts userID="alice" />, { db: dbFor({ fans: 1 }) });
    await screen.findByRole('list');
    expect(item('followers')).toHaveAttribute('title', '1 follower');
  });

  it('makes each count a link with getHref', async () => {
    const { container } = renderWithFollowKit(
      <FollowCounts userID="alice" getHref={(type) => `/u/alice/${type}`} />,
      { db: dbFor({ fans: 2 }) },
    );
    const link = await screen.findByRole('link', { name: '2 followers' });
    expect(link).toHaveAttribute('href', '/u/alice/followers');
    expect(screen.getByRole('link', { name: '0 mutual' })).toHaveAttribute(
      'href',
      '/u/alice/mutual',
    );
    await expectNoAxeViolations(container);
  });

  it('makes each count a button with onSelect', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    renderWithFollowKit(<FollowCounts userID="alice" onSelect={onSelect} />, {
      db: dbFor({ fans: 3 }),
    });
    await user.click(await screen.findByRole('button', { name: '0 following' }));
    expect(onSelect).toHaveBeenCalledWith('following');
    await user.keyboard('{Shift>}{Tab}{/Shift}{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith('followers');
  });

  it('is busy while loading, then announces a failure and retries', async () => {
    const user = userEvent.setup();
    const hold = holdCalls();
    const { container } = renderWithFollowKit(<FollowCounts />, {
      handlers: [
        ...hold.handlers,
        ...scenarios.failNext(1, 30006, { commands: ['follow_get_info'] }),
      ],
    });
    expect(container.firstElementChild).toHaveAttribute('aria-busy', 'true');
    expect(container.firstElementChild).toHaveAttribute('data-state', 'loading');
    await expectNoAxeViolations(container);
    hold.release();

    expect(await screen.findByRole('alert')).toHaveTextContent("Couldn't load counts.");
    expect(container.firstElementChild).toHaveAttribute('data-state', 'error');
    await expectNoAxeViolations(container);
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('list', { name: 'Follow counts' })).toBeInTheDocument();
    expect(item('followers')).toHaveAttribute('title', '0 followers');
  });

  it('updates when a FollowButton on the page follows the same user, and on rollback', async () => {
    const user = userEvent.setup();
    renderWithFollowKit(
      <>
        <FollowCounts userID="alice" />
        <FollowButton userID="alice" />
      </>,
      {
        db: dbFor({ fans: 1 }),
        handlers: [
          ...scenarios.latency(30, { commands: ['follow_delete'] }),
          ...scenarios.failNext(1, 30006, { commands: ['follow_delete'] }),
        ],
      },
    );
    await screen.findByRole('list');
    const button = await screen.findByRole('button', { name: 'Follow alice' });
    await user.click(button);
    await waitFor(() => expect(item('followers')).toHaveAttribute('title', '2 followers'));
    await user.click(button);
    await waitFor(() => expect(item('followers')).toHaveAttribute('title', '1 follower'));
    await screen.findByRole('alert');
    expect(item('followers')).toHaveAttribute('title', '2 followers');
  });

  it('passes className and attributes through and drops kit classes when unstyled', async () => {
    const { container } = renderWithFollowKit(
      <FollowCounts className="mine" data-testid="fc" types={['mutual']} unstyled />,
    );
    await screen.findByRole('list');
    const root = container.firstElementChild;
    expect(root).toHaveClass('mine');
    expect(root).toHaveAttribute('data-testid', 'fc');
    expect(container.querySelector('[class*="rfk-"]')).toBeNull();
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
  });
});
