import { composeStories, composeStory } from '@storybook/react-vite';
import { render } from '@testing-library/react';
import type { HttpHandler } from 'msw';
import { describe, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import * as profileStories from '../../.storybook/pages/ProfilePage.stories';
import type { FollowKitParameters } from '../../.storybook/parameters';
import { type FollowDb, scenarios } from '../../mocks/index';
import { FollowType } from '../../src/client/index';

/**
 * End-to-end checks on the profile page story (Yuki's profile, signed in as me, Mia Chen),
 * with real events through Playwright. Before any follow: Yuki follows me and Alice; Alice,
 * Bob and Chen Wei follow her (3 followers, 3 following, 1 mutual); I follow 8 users, 3 of
 * them mutual.
 */
const { Profile } = composeStories(profileStories);
const YUKI = '佐藤ゆき';

/** The Profile story without its play function, on a server the test can inspect. */
async function renderProfile(followHandlers?: () => HttpHandler[]) {
  const createDb = (profileStories.default.parameters as FollowKitParameters).followDb;
  if (!createDb) throw new Error('the profile page story has no followDb');
  let db: FollowDb | undefined;
  const parameters: FollowKitParameters = {
    followDb: () => {
      db = createDb();
      return db;
    },
    ...(followHandlers ? { followHandlers } : {}),
  };
  const Story = composeStory(
    { ...profileStories.Profile, parameters, play: undefined },
    profileStories.default,
  );
  await Story.load();
  render(<Story />);
  const main = page.getByRole('main', { name: YUKI });
  const aside = page.getByRole('complementary', { name: 'Your followers' });
  const view = {
    main,
    aside,
    // In <main>, Yuki's name labels only the header's button (she is not in her own lists).
    headerButton: main.getByRole('button', { name: new RegExp(`${YUKI}$`) }),
    yukiCounts: main.getByRole('list', { name: 'Follow counts' }),
    myCounts: aside.getByRole('list', { name: 'Follow counts' }),
    yukiInMyFollowers: aside
      .getByRole('list', { name: 'Your followers' })
      .getByRole('button', { name: new RegExp(`${YUKI}$`) }),
    server: () => {
      if (!db) throw new Error('the story has not built its server yet');
      return db;
    },
  };
  await expect.element(view.headerButton).toHaveAccessibleName(`Follow back ${YUKI}`);
  await expect.element(view.yukiCounts).toHaveTextContent(countsText(3, 3, 1));
  await expect.element(view.myCounts).toHaveTextContent(countsText(9, 8, 3));
  await expect.element(view.yukiInMyFollowers).toHaveAccessibleName(`Follow back ${YUKI}`);
  return view;
}

/**
 * The text of a `FollowCounts` (each count is there twice: compact, and in full for screen
 * readers), e.g. "3 followers3 followers3 following3 following1 mutual1 mutual".
 */
function countsText(followers: number, following: number, mutual: number): RegExp {
  return new RegExp(
    `^(${followers} followers?){1,2}(${following} following){1,2}(${mutual} mutual){1,2}$`,
  );
}

/** Yuki's relationship, as every view of the page must show it. */
async function expectYukiEverywhere(
  view: Awaited<ReturnType<typeof renderProfile>>,
  mine: { followed: boolean },
) {
  const text = mine.followed ? 'Mutual' : 'Follow back';
  await expect.element(view.headerButton).toHaveAccessibleName(`${text} ${YUKI}`);
  await expect.element(view.yukiInMyFollowers).toHaveAccessibleName(`${text} ${YUKI}`);
  const followers = mine.followed ? 4 : 3;
  const mutual = mine.followed ? 2 : 1;
  await expect.element(view.yukiCounts).toHaveTextContent(countsText(followers, 3, mutual));
  await expect
    .element(view.myCounts)
    .toHaveTextContent(countsText(9, mine.followed ? 9 : 8, mine.followed ? 4 : 3));
  await expect
    .element(view.main.getByRole('tab', { name: `Followers ${followers}` }))
    .toHaveAttribute('aria-selected', 'true');
  await expect.element(view.main.getByRole('tab', { name: `Mutual ${mutual}` })).toBeVisible();
  // Yuki's followers list: my row (no button: it is me) is the newest, or absent.
  const rows = view.main.getByRole('list', { name: 'Followers' }).getByRole('listitem');
  const firstRows = () => rows.elements().map((row) => row.getAttribute('data-user-id'));
  if (mine.followed) await expect.poll(() => firstRows()[0]).toBe('me');
  else await expect.poll(firstRows).not.toContain('me');
}

describe('profile page', () => {
  test('the story renders on the mock server with its follow button and counts', async () => {
    await Profile.load();
    // The msw worker is served at Vite's base (public/) and controls the test page.
    const workerURL = `${import.meta.env.BASE_URL}mockServiceWorker.js`;
    expect((await fetch(workerURL)).ok).toBe(true);
    expect(navigator.serviceWorker.controller?.scriptURL).toBe(
      new URL(workerURL, location.href).href,
    );
    render(<Profile />);
    await expect
      .element(page.getByRole('main').getByRole('button', { name: `Follow back ${YUKI}` }))
      .toBeVisible();
  });

  test('a follow and an unfollow update the header button, both counts, the tabs and the lists', async () => {
    const view = await renderProfile();

    await userEvent.click(view.headerButton);
    await expectYukiEverywhere(view, { followed: true });
    await expect.poll(() => view.server().followType('me', 'yuki')).toBe(FollowType.Mutual);

    // The header button asks first (confirmUnfollow).
    await userEvent.click(view.headerButton);
    const dialog = view.main.getByRole('dialog', { name: `Unfollow ${YUKI}?` });
    await userEvent.click(dialog.getByRole('button', { name: 'Unfollow' }));
    await expect.element(dialog).not.toBeInTheDocument();
    await expectYukiEverywhere(view, { followed: false });
    await expect.poll(() => view.server().followType('me', 'yuki')).toBe(FollowType.Follower);

    // And from the other view: following back from my followers list updates the header.
    await userEvent.click(view.yukiInMyFollowers);
    await expectYukiEverywhere(view, { followed: true });
    await userEvent.click(view.yukiInMyFollowers);
    await expectYukiEverywhere(view, { followed: false });
    await expect.poll(() => view.server().followType('me', 'yuki')).toBe(FollowType.Follower);
  });

  test('a failed follow rolls back everywhere and says so', async () => {
    // follow_add waits 300 ms, then fails once with 30006 (server internal error).
    const view = await renderProfile(() => [
      ...scenarios.latency(300, { commands: ['follow_add'] }),
      ...scenarios.failNext(1, 30006, { commands: ['follow_add'] }),
    ]);

    await userEvent.click(view.headerButton);
    // Optimistic first: every view shows the follow before the server answers…
    await expect.element(view.headerButton).toHaveAccessibleName(`Mutual ${YUKI}`);
    await expect.element(view.yukiInMyFollowers).toHaveAccessibleName(`Mutual ${YUKI}`);
    // …then the failure rolls every view back and is announced beside the button.
    const alert = view.main.getByRole('alert');
    await expect.element(alert).toHaveTextContent(`Couldn't follow ${YUKI}. Try again.`);
    await expect.element(alert).toBeVisible();
    await expect
      .element(view.headerButton)
      .toHaveAccessibleDescription(`Couldn't follow ${YUKI}. Try again.`);
    await expectYukiEverywhere(view, { followed: false });
    await expect.poll(() => view.server().followType('me', 'yuki')).toBe(FollowType.Follower);

    // The server answers normally again: a retry succeeds and the message goes.
    await userEvent.click(view.headerButton);
    await expectYukiEverywhere(view, { followed: true });
    await expect.element(alert).not.toBeInTheDocument();
  });

  test('keyboard only: counts, the follow button (Enter, Space, Escape), tabs (arrows, Home, End), list rows', async () => {
    const view = await renderProfile();
    const focused = () => document.activeElement;

    // Tab order: Yuki's three counts (buttons picking the tab), then her follow button.
    await userEvent.tab();
    expect(focused()).toHaveAccessibleName('3 followers');
    await userEvent.tab();
    expect(focused()).toHaveAccessibleName('3 following');
    await userEvent.tab();
    expect(focused()).toHaveAccessibleName('1 mutual');
    await userEvent.tab();
    await expect.element(view.headerButton).toHaveFocus();

    // Enter follows; focus stays on the button, whose name follows the state.
    await userEvent.keyboard('{Enter}');
    await expectYukiEverywhere(view, { followed: true });
    await expect.element(view.headerButton).toHaveFocus();
    // Space asks "Unfollow 佐藤ゆき?", focusing its Unfollow button; Escape cancels.
    await userEvent.keyboard(' ');
    const dialog = view.main.getByRole('dialog', { name: `Unfollow ${YUKI}?` });
    await expect.element(dialog.getByRole('button', { name: 'Unfollow' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await expect.element(dialog).not.toBeInTheDocument();
    await expect.element(view.headerButton).toHaveFocus();
    await expectYukiEverywhere(view, { followed: true });
    // Enter opens it again; Tab reaches Cancel, Shift+Tab Unfollow, and Enter unfollows.
    await userEvent.keyboard('{Enter}');
    await expect.element(dialog.getByRole('button', { name: 'Unfollow' })).toHaveFocus();
    await userEvent.tab();
    await expect.element(dialog.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await userEvent.tab({ shift: true });
    await userEvent.keyboard('{Enter}');
    await expect.element(view.headerButton).toHaveFocus();
    await expectYukiEverywhere(view, { followed: false });

    // The tab list is one tab stop: the selected tab. Arrows select at once, wrapping.
    const tab = (name: RegExp) => view.main.getByRole('tab', { name });
    await userEvent.tab();
    await expect.element(tab(/^Followers/)).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');
    await expect.element(tab(/^Following/)).toHaveFocus();
    await expect.element(tab(/^Following/)).toHaveAttribute('aria-selected', 'true');
    await expect.element(view.main.getByRole('list', { name: 'Following' })).toBeVisible();
    await userEvent.keyboard('{ArrowRight}');
    await expect.element(tab(/^Mutual/)).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{ArrowRight}');
    await expect.element(tab(/^Followers/)).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{ArrowLeft}');
    await expect.element(tab(/^Mutual/)).toHaveFocus();
    await userEvent.keyboard('{Home}');
    await expect.element(tab(/^Followers/)).toHaveFocus();
    await userEvent.keyboard('{End}');
    await expect.element(tab(/^Mutual/)).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{Home}');
    await expect.element(tab(/^Followers/)).toHaveAttribute('aria-selected', 'true');

    // Tab: the panel, the list's scroll region, then each row's button in turn, newest first.
    const fans = view.main.getByRole('list', { name: 'Followers' });
    await expect.element(fans.getByRole('button').first()).toBeEnabled();
    await userEvent.tab();
    await expect.element(view.main.getByRole('tabpanel', { name: /^Followers/ })).toHaveFocus();
    const rowButtons = fans.getByRole('button').elements();
    expect(rowButtons.map((button) => button.getAttribute('aria-label'))).toEqual([
      'Mutual 陈伟',
      'Follow Bob Smith',
      'Mutual Alice Martin',
    ]);
    await userEvent.tab();
    await expect.element(view.main.getByRole('region', { name: 'Followers' })).toHaveFocus();
    await userEvent.tab();
    expect(focused()).toBe(rowButtons[0]);
    expect(focused()?.closest('li')).toHaveAttribute('data-user-id', 'chen-wei');
    await userEvent.tab();
    expect(focused()).toBe(rowButtons[1]);
    // Space follows Bob; Enter unfollows him again (no confirmation in lists).
    await userEvent.keyboard(' ');
    await expect.element(fans.getByRole('button', { name: 'Following Bob Smith' })).toHaveFocus();
    await expect.element(view.myCounts).toHaveTextContent(countsText(9, 9, 3));
    await userEvent.keyboard('{Enter}');
    await expect.element(fans.getByRole('button', { name: 'Follow Bob Smith' })).toHaveFocus();
    await expect.element(view.myCounts).toHaveTextContent(countsText(9, 8, 3));
    await userEvent.tab({ shift: true });
    expect(focused()).toBe(rowButtons[0]);
  });
});
