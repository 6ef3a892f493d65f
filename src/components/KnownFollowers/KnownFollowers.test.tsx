import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createFollowDb } from '../../../mocks/index';
import { expectNoAxeViolations } from '../../../test/axe';
import { renderWithFollowKit, TEST_BASE_URL } from '../../../test/harness';
import type { FollowClient } from '../../client/types';
import { createRestFollowClient } from '../../rest';
import { KnownFollowers } from './KnownFollowers';

const NICKS = ['Alice', 'Bob', 'Carol', 'Dave', 'Erin', 'Frank'];

/**
 * I follow the first `known` of NICKS and each of them follows Tara; my following list shows
 * them in NICKS order (newest first). Tara herself follows Zoe, whom I follow too: Zoe is no
 * follower of Tara and must never be shown.
 */
function worldWith(known: number, nicks: readonly string[] = NICKS) {
  const users = nicks.slice(0, known).map((nick) => ({ userID: nick.toLowerCase(), nick }));
  const follows: Array<[string, string]> = [
    ['me', 'zoe'],
    ['tara', 'zoe'],
  ];
  for (const { userID } of [...users].reverse()) follows.push(['me', userID], [userID, 'tara']);
  return createFollowDb({
    users: [
      { userID: 'me' },
      { userID: 'tara', nick: 'Tara' },
      { userID: 'zoe', nick: 'Zoe' },
      ...users,
    ],
    follows,
  });
}

async function summary() {
  return screen.findByText(/^Followed by/);
}

describe('KnownFollowers', () => {
  it('shows who I follow follows Tara, and lists them all from a keyboard', async () => {
    const { container } = renderWithFollowKit(<KnownFollowers userID="tara" name="Tara" />, {
      db: worldWith(5),
    });
    expect(await summary()).toHaveTextContent('Followed by Alice, Bob, and 3 others you follow');
    const root = container.firstElementChild as HTMLElement;
    expect(root).toHaveAttribute('data-state', 'ready');
    expect(root.querySelectorAll('.rfk-avatar')).toHaveLength(3);
    const toggle = screen.getByRole('button', {
      name: 'See all 5 people you follow who follow Tara',
    });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
    await expectNoAxeViolations(container);

    const user = userEvent.setup();
    await user.tab();
    expect(toggle).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const list = screen.getByRole('list', { name: 'People you follow who follow Tara' });
    const rows = within(list).getAllByRole('listitem');
    expect(rows.map((row) => row.textContent)).toEqual(
      NICKS.slice(0, 5).map((nick) => expect.stringContaining(nick)),
    );
    expect(within(list).getByRole('button', { name: 'Following Alice' })).toBeInTheDocument();
    expect(within(list).queryByText('Zoe')).not.toBeInTheDocument();
    await expectNoAxeViolations(container);

    await user.keyboard(' ');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });

  it('names one, two and three people without "others"', async () => {
    const one = renderWithFollowKit(<KnownFollowers userID="tara" />, { db: worldWith(1) });
    expect(await summary()).toHaveTextContent(/^Followed by Alice$/);
    expect(screen.getByRole('button', { name: /^See all/ })).toHaveAccessibleName(
      'See all: the 1 person you follow who follows tara',
    );
    one.unmount();
    const two = renderWithFollowKit(<KnownFollowers userID="tara" />, { db: worldWith(2) });
    expect(await summary()).toHaveTextContent(/^Followed by Alice and Bob$/);
    two.unmount();
    renderWithFollowKit(<KnownFollowers userID="tara" />, { db: worldWith(3) });
    expect(await summary()).toHaveTextContent(/^Followed by Alice, Bob, and Carol$/);
  });

  it('uses the singular "other" where the locale has one', async () => {
    renderWithFollowKit(<KnownFollowers userID="tara" limit={1} />, { db: worldWith(2) });
    expect(await summary()).toHaveTextContent(/^Followed by Alice and 1 other you follow$/);
  });

  it.each([
    ['zh-CN', '被Alice、Bob和其他 3 位你关注的人关注', '查看全部'],
    ['ja', 'Alice、Bob、あなたがフォローしている他3人がフォローしています', 'すべて表示'],
    ['ko', '팔로워: Alice, Bob 및 내가 팔로우하는 다른 3명', '모두 보기'],
  ])('speaks %s', async (locale, sentence, seeAll) => {
    renderWithFollowKit(<KnownFollowers userID="tara" name="Tara" />, { db: worldWith(5), locale });
    expect(await screen.findByText(sentence)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: new RegExp(`^${seeAll}`) })).toBeInTheDocument();
  });

  it('isolates right-to-left names so they cannot reorder the sentence', async () => {
    const db = worldWith(2, ['\u202Eevil', 'שרה']);
    const { container } = renderWithFollowKit(<KnownFollowers userID="tara" />, { db });
    await summary();
    const isolated = [...container.querySelectorAll('bdi')].map((bdi) => bdi.textContent);
    expect(isolated).toEqual(['\u202Eevil', 'שרה']);
  });

  it('renders nothing when none of the people I follow follow the user', async () => {
    const { container, db } = renderWithFollowKit(<KnownFollowers userID="tara" />, {
      db: worldWith(0),
    });
    // Zoe (followed by Tara, not following her) was checked and left out.
    await waitFor(() => expect(container).toBeEmptyDOMElement());
    expect(db.followType('tara', 'zoe')).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(container).toBeEmptyDOMElement();
  });

  it('renders nothing on a client that cannot check from another user’s side', async () => {
    const { checkUserFollowType: _, ...client } = createRestFollowClient({
      baseUrl: TEST_BASE_URL,
      userID: 'me',
    });
    const { container } = renderWithFollowKit(<KnownFollowers userID="tara" />, {
      db: worldWith(3),
      client: client satisfies FollowClient,
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(container).toBeEmptyDOMElement();
  });

  it('keeps a row in the open list when I unfollow from it, so focus stays put', async () => {
    const { db } = renderWithFollowKit(<KnownFollowers userID="tara" name="Tara" />, {
      db: worldWith(2),
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /^See all/ }));
    const list = screen.getByRole('list');
    await user.click(within(list).getByRole('button', { name: 'Following Bob' }));
    const follow = await within(list).findByRole('button', { name: 'Follow Bob' });
    await waitFor(() => expect(db.followType('me', 'bob')).toBe(0));
    expect(follow).toHaveFocus();
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
  });
});
