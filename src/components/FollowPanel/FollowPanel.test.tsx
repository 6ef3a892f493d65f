import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { createFollowDb } from '../../../mocks/index';
import { expectNoAxeViolations } from '../../../test/axe';
import { renderWithFollowKit, stubElementSize } from '../../../test/harness';
import type { FollowListType } from '../../client/types';
import { FollowPanel } from './FollowPanel';

/** me: 1,200 followers (fan0 … fan1199), following fan0 and zed, so one mutual. */
function profileDb() {
  const follows: Array<readonly [string, string]> = [];
  for (let i = 0; i < 1200; i++) follows.push([`fan${i}`, 'me']);
  follows.push(['me', 'fan0'], ['me', 'zed']);
  return createFollowDb({ users: [{ userID: 'me' }, { userID: 'zed', nick: 'Zed' }], follows });
}

/** Refuses the mutual tab, accepts the others. */
function Controlled({ seen }: { seen: FollowListType[] }) {
  const [value, setValue] = useState<FollowListType>('following');
  return (
    <FollowPanel
      value={value}
      onValueChange={(next) => {
        seen.push(next);
        if (next !== 'mutual') setValue(next);
      }}
    />
  );
}

beforeEach(() => {
  onTestFinished(stubElementSize());
});

describe('FollowPanel', () => {
  it('shows tabs with compact counts and mounts only the selected list', async () => {
    const { container } = renderWithFollowKit(<FollowPanel />, { db: profileDb() });
    const tablist = screen.getByRole('tablist', { name: 'Followers and following' });
    const followers = await within(tablist).findByRole('tab', { name: 'Followers 1,200' });
    expect(followers).toHaveTextContent('Followers 1.2K');
    expect(within(tablist).getByRole('tab', { name: 'Following 2' })).toHaveAttribute(
      'aria-selected',
      'false',
    );
    expect(within(tablist).getByRole('tab', { name: 'Mutual 1' })).toHaveAttribute(
      'tabindex',
      '-1',
    );
    expect(followers).toHaveAttribute('aria-selected', 'true');
    expect(followers).toHaveAttribute('tabindex', '0');

    const panel = screen.getByRole('tabpanel', { name: 'Followers 1,200' });
    expect(followers).toHaveAttribute('aria-controls', panel.id);
    expect(await within(panel).findByRole('list', { name: 'Followers' })).toBeInTheDocument();
    expect(screen.getAllByRole('list')).toHaveLength(1);
    expect(container.querySelectorAll('[role="tabpanel"][hidden]')).toHaveLength(2);
    await expectNoAxeViolations(container);
  });

  it('follows the APG keyboard pattern with automatic activation', async () => {
    const user = userEvent.setup();
    renderWithFollowKit(<FollowPanel />, { db: profileDb() });
    const tabs = await screen.findAllByRole('tab');
    await user.tab();
    expect(tabs[0]).toHaveFocus();

    await user.keyboard('{ArrowRight}');
    expect(tabs[1]).toHaveFocus();
    expect(tabs[1]).toHaveAttribute('aria-selected', 'true');
    expect(tabs[0]).toHaveAttribute('tabindex', '-1');
    const following = screen.getByRole('tabpanel');
    expect(await within(following).findByRole('list', { name: 'Following' })).toBeInTheDocument();
    expect(await within(following).findByRole('button', { name: 'Following Zed' })).toBeVisible();

    await user.keyboard('{End}');
    expect(tabs[2]).toHaveFocus();
    expect(tabs[2]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowRight}');
    expect(tabs[0]).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(tabs[2]).toHaveFocus();
    await user.keyboard('{Home}');
    expect(tabs[0]).toHaveFocus();
    expect(tabs[0]).toHaveAttribute('aria-selected', 'true');

    await user.tab();
    expect(screen.getByRole('tabpanel')).toHaveFocus();
  });

  it('updates the tab counts when I follow back from the followers tab', async () => {
    const user = userEvent.setup();
    const { db } = renderWithFollowKit(<FollowPanel />, { db: profileDb() });
    await screen.findByRole('tab', { name: 'Following 2' });
    // Newest follower first: fan1199.
    await user.click(await screen.findByRole('button', { name: 'Follow back fan1199' }));
    expect(await screen.findByRole('tab', { name: 'Following 3' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Mutual 2' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Mutual fan1199' })).toBeInTheDocument();
    await waitFor(() => expect(db.followType('me', 'fan1199')).toBe(3));
  });

  it('mirrors the arrow keys in right-to-left text', async () => {
    const user = userEvent.setup();
    renderWithFollowKit(
      <div dir="rtl">
        <FollowPanel />
      </div>,
      { db: profileDb() },
    );
    const tabs = await screen.findAllByRole('tab');
    await user.click(tabs[0] as HTMLElement);
    await user.keyboard('{ArrowLeft}');
    expect(tabs[1]).toHaveFocus();
    expect(tabs[1]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(tabs[2]).toHaveFocus();
  });

  it('starts on defaultValue and selects on click', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    renderWithFollowKit(<FollowPanel defaultValue="mutual" onValueChange={onValueChange} />, {
      db: profileDb(),
    });
    expect(await screen.findByRole('list', { name: 'Mutual' })).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: /^Following/ }));
    expect(onValueChange).toHaveBeenCalledWith('following');
    expect(await screen.findByRole('list', { name: 'Following' })).toBeInTheDocument();
  });

  it('follows value when controlled', async () => {
    const user = userEvent.setup();
    const seen: FollowListType[] = [];
    renderWithFollowKit(<Controlled seen={seen} />, { db: profileDb() });
    expect(await screen.findByRole('list', { name: 'Following' })).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: /^Mutual/ }));
    expect(seen).toEqual(['mutual']);
    expect(screen.getByRole('tab', { name: /^Following/ })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await user.click(screen.getByRole('tab', { name: /^Followers/ }));
    expect(screen.getByRole('tab', { name: /^Followers/ })).toHaveAttribute(
      'aria-selected',
      'true',
    );
  });

  it('labels its tabs in the locale', async () => {
    renderWithFollowKit(<FollowPanel />, { db: profileDb(), locale: 'zh-CN' });
    const tab = await screen.findByRole('tab', { name: '粉丝 1,200' });
    expect(tab).toHaveTextContent('粉丝 1200');
    expect(screen.getByRole('tab', { name: '互关 1' })).toBeInTheDocument();
  });

  it('passes className, attributes and list props through', async () => {
    const { container } = renderWithFollowKit(
      <FollowPanel
        className="mine"
        data-testid="fp"
        types={['following', 'mutual']}
        listProps={{ height: 200, className: 'list' }}
      />,
      { db: profileDb() },
    );
    const root = container.firstElementChild;
    expect(root).toHaveClass('mine', 'rfk-panel');
    expect(root).toHaveAttribute('data-testid', 'fp');
    expect(await screen.findAllByRole('tab')).toHaveLength(2);
    await screen.findByRole('list', { name: 'Following' });
    expect(container.querySelector('.list')).toHaveStyle({ maxHeight: '200px' });
  });
});
