import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { FollowKitParameters } from '../../../.storybook/parameters';
import { storyMessages } from '../../../.storybook/storyMessages';
import { createFollowDb, demoUsers, generateFollowGraph, scenarios } from '../../../mocks/index';
import { FollowerList } from './FollowerList';

/**
 * Signed in as `me` (Mia Chen) in the demo world: 9 followers (alice, chen-wei and ivan are
 * mutual), 8 followings. Toolbar scenarios apply; some stories pin one.
 */
const meta = {
  title: 'Components/FollowerList',
  component: FollowerList,
  tags: ['autodocs'],
  args: { type: 'followers', height: 420 },
} satisfies Meta<typeof FollowerList>;

export default meta;
type Story = StoryObj<typeof meta>;

const SLOW = { timeout: 5000 };

export const Followers: Story = {
  play: async ({ canvasElement, globals }) => {
    const { t, button } = storyMessages(globals);
    const list = await within(canvasElement).findByRole('list', { name: t('followersTitle') });
    const rows = within(list);
    const alice = { name: button('mutual', 'Alice Martin') };
    await expect(await rows.findByRole('button', alice)).toBeVisible();
    await userEvent.click(
      await rows.findByRole('button', { name: button('followBack', '佐藤ゆき') }),
    );
    await expect(rows.getByRole('button', { name: button('mutual', '佐藤ゆき') })).toBeVisible();
  },
};

/** Focus on a row further down scrolls whole rows into view: the top row is never cut. */
export const FocusScrollsWholeRows: Story = {
  args: { height: 200 },
  play: async ({ canvasElement, globals }) => {
    const { t } = storyMessages(globals);
    const list = await within(canvasElement).findByRole('list', { name: t('followersTitle') });
    const fifth = () => list.querySelector<HTMLElement>('li[aria-posinset="5"] button');
    await waitFor(() => expect(fifth()).toBeEnabled());
    const viewport = list.parentElement as HTMLElement;
    fifth()?.focus();
    await expect(viewport.scrollTop).toBeGreaterThan(0);
    await expect(viewport.scrollTop % 64).toBe(0);
    const row = list.querySelector('li[aria-posinset="5"]') as HTMLElement;
    const bottom = row.getBoundingClientRect().bottom;
    await expect(bottom).toBeLessThanOrEqual(viewport.getBoundingClientRect().bottom + 0.5);
  },
};

/** My following list: Alice follows me back, so her row says Mutual; Fiona's says Following. */
export const Following: Story = {
  args: { type: 'following' },
  play: async ({ canvasElement, globals }) => {
    const { t, button } = storyMessages(globals);
    const list = await within(canvasElement).findByRole('list', { name: t('followingTitle') });
    const rows = within(list);
    const fiona = { name: button('following', 'Famous Fiona') };
    await expect(await rows.findByRole('button', fiona)).toBeVisible();
    await expect(
      rows.getByRole('button', { name: button('mutual', 'Alice Martin') }),
    ).toBeVisible();
    // Names in Latin, Cyrillic, Hebrew, Hangul with an emoji, Han: rows with the same lines
    // (a name alone, or a name and a signature) put their names on the same baseline, whatever
    // font each script falls back to.
    const baselines = new Map<number, Set<number>>();
    for (const row of list.querySelectorAll<HTMLElement>('li')) {
      const name = row.querySelector('.rfk-row__name');
      if (!name) continue;
      const probe = document.createElement('span');
      probe.style.cssText = 'display:inline-block;inline-size:0;block-size:0';
      name.append(probe);
      const baseline = probe.getBoundingClientRect().top - row.getBoundingClientRect().top;
      probe.remove();
      const lines = row.querySelector('.rfk-row__signature') ? 2 : 1;
      baselines.set(lines, (baselines.get(lines) ?? new Set()).add(Math.round(baseline)));
    }
    await expect([...baselines.values()].map((set) => set.size)).toEqual([1, 1]);
  },
};

export const Mutual: Story = {
  args: { type: 'mutual', showFollowsYou: true },
  play: async ({ canvasElement, globals }) => {
    const { t } = storyMessages(globals);
    const list = await within(canvasElement).findByRole('list', { name: t('mutualTitle') });
    await expect(within(list).getAllByRole('listitem')).toHaveLength(3);
    // Three rows, no empty frame below them: the box fits its content.
    const box = canvasElement.querySelector('[data-type="mutual"]') as HTMLElement;
    await expect(box.getBoundingClientRect().height).toBeLessThan(3 * 64 + 8);
    await waitFor(() => expect(within(list).getAllByText(t('followsYou'))).toHaveLength(3));
  },
};

/**
 * "Follows you" on a phone-wide list: the badge shows beside a name only where both fit whole;
 * elsewhere it is left out of sight (the button says "Mutual" all the same) and the name
 * keeps the row's whole width. In Japanese, the name was once cut to nothing for the badge.
 */
export const FollowsYouInANarrowRow: Story = {
  args: { type: 'mutual', showFollowsYou: true },
  render: (args) => (
    <div style={{ inlineSize: 300 }}>
      <FollowerList {...args} />
    </div>
  ),
  play: async ({ canvasElement, globals }) => {
    const { t } = storyMessages(globals);
    const list = await within(canvasElement).findByRole('list', { name: t('mutualTitle') });
    await waitFor(() => expect(within(list).getAllByText(t('followsYou'))).toHaveLength(3));
    let shown = 0;
    for (const row of within(list).getAllByRole('listitem')) {
      const title = row.querySelector('.rfk-row__title') as HTMLElement;
      const name = row.querySelector('.rfk-row__name') as HTMLElement;
      const badge = within(row).getByText(t('followsYou'));
      const line = title.getBoundingClientRect();
      const box = badge.getBoundingClientRect();
      const beside = box.bottom <= line.bottom + 1;
      if (beside) {
        shown += 1;
        // Beside the name: the badge whole, the name not cut for it.
        await expect(box.left).toBeGreaterThanOrEqual(line.left - 1);
        await expect(box.right).toBeLessThanOrEqual(line.right + 1);
        await expect(name.scrollWidth).toBeLessThanOrEqual(name.clientWidth);
      } else {
        // Out of sight, wholly: the name has the line to itself.
        await expect(box.top).toBeGreaterThanOrEqual(line.bottom);
        await expect(name.clientWidth).toBeGreaterThanOrEqual(
          Math.min(name.scrollWidth, line.width - 1),
        );
      }
    }
    // At 300 px, at least one row of the three has no room for its badge in any locale.
    await expect(shown).toBeLessThan(3);
  },
};

/** Another user's list (a client with `getUserFollowList`): my own row has no button. */
export const AnotherUsersFollowers: Story = {
  args: { userID: 'fiona' },
  play: async ({ canvasElement, globals }) => {
    const { t } = storyMessages(globals);
    const list = await within(canvasElement).findByRole('list', { name: t('followersTitle') });
    const myRow = within(list).getByText('Mia Chen').closest('li') as HTMLElement;
    await expect(within(myRow).queryByRole('button')).toBeNull();
  },
};

export const Empty: Story = {
  globals: { scenario: 'empty' },
  args: {
    emptyAction: (
      <button type="button" className="rfk-list__retry">
        Find people
      </button>
    ),
  },
  play: async ({ canvasElement, globals }) => {
    const { t } = storyMessages(globals);
    const canvas = within(canvasElement);
    await expect(await canvas.findByText(t('emptyFollowers'))).toBeVisible();
    await expect(canvas.getByText(t('emptyFollowersHelp'))).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Find people' })).toBeVisible();
  },
};

/** The first load fails (HTTP 502 once); Retry loads the list. */
export const ErrorWithRetry: Story = {
  parameters: {
    followHandlers: () => scenarios.httpError(502, { times: 1, commands: ['follow_get'] }),
  } satisfies FollowKitParameters,
  play: async ({ canvasElement, globals }) => {
    const { t } = storyMessages(globals);
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('alert')).toHaveTextContent(t('listFailed'));
    await userEvent.click(canvas.getByRole('button', { name: t('retry') }));
    await expect(await canvas.findByRole('list', { name: t('followersTitle') })).toBeVisible();
  },
};

/** Every call takes 2 s: a busy skeleton first. */
export const SlowNetwork: Story = {
  globals: { scenario: 'slow' },
  play: async ({ canvasElement, globals }) => {
    const { t } = storyMessages(globals);
    const root = canvasElement.querySelector('[data-type="followers"]');
    await expect(root).toHaveAttribute('aria-busy', 'true');
    const list = within(canvasElement).findByRole('list', { name: t('followersTitle') }, SLOW);
    await expect(await list).toBeVisible();
  },
};

const HOSTILE_FANS = ['xss', 'link-trap', 'vera', 'max', 'sunny', 'noa', 'layla', 'user_8f3a2c'];

/** Markup in names, a `javascript:` avatar, a 10,000-character signature, RTL, emoji, no profile. */
export const LongNamesAndHostileProfiles: Story = {
  parameters: {
    followDb: () =>
      createFollowDb({ users: demoUsers, follows: HOSTILE_FANS.map((id) => [id, 'me'] as const) }),
  } satisfies FollowKitParameters,
  play: async ({ canvasElement, globals }) => {
    const { t } = storyMessages(globals);
    const list = await within(canvasElement).findByRole('list', { name: t('followersTitle') });
    await expect(within(list).getByText('<img src=x onerror=alert(1)>')).toBeVisible();
    for (const image of list.querySelectorAll('img')) {
      await expect(image.getAttribute('src')).toMatch(/^(data:image\/|https?:)/);
    }
    await expect(within(list).getAllByRole('listitem')).toHaveLength(HOSTILE_FANS.length);
  },
};

/** `me` has 100,000 fans: rows are virtualized and pages load ahead of the scroll. */
export const HundredThousandFollowers: Story = {
  parameters: {
    followDb: () =>
      createFollowDb(
        generateFollowGraph({
          seed: 7,
          userCount: 200,
          celebrityFans: 100_000,
          celebrityID: 'me',
          me: 'me',
        }),
      ),
  } satisfies FollowKitParameters,
  play: async ({ canvasElement, globals }) => {
    const { t } = storyMessages(globals);
    const list = await within(canvasElement).findByRole('list', { name: t('followersTitle') });
    await waitFor(() =>
      expect(Number(list.querySelector('li')?.getAttribute('aria-setsize'))).toBeGreaterThan(
        100_000,
      ),
    );
    await expect(list.querySelectorAll('li').length).toBeLessThan(40);
    const viewport = list.parentElement as HTMLElement;
    viewport.scrollTop = viewport.scrollHeight;
    await waitFor(() => {
      const positions = [...list.querySelectorAll('li')].map((li) => Number(li.ariaPosInSet));
      return expect(Math.max(...positions)).toBeGreaterThan(100);
    }, SLOW);
  },
};

/**
 * A follow from a row fails on a phone-wide list: the alert sits beside the button, over the
 * row's text, and wraps inside the list instead of running out of it (also right to left).
 */
export const FailureInANarrowRow: Story = {
  globals: { scenario: 'followFails' },
  args: { height: 420 },
  render: (args) => (
    <div style={{ inlineSize: 340 }}>
      <FollowerList {...args} />
    </div>
  ),
  play: async ({ canvasElement, globals }) => {
    const { t, button } = storyMessages(globals);
    const list = await within(canvasElement).findByRole('list', { name: t('followersTitle') });
    await userEvent.click(
      await within(list).findByRole('button', { name: button('followBack', 'Link Trap') }),
    );
    const alert = await within(list).findByRole('alert', {}, SLOW);
    await expect(alert).toHaveTextContent(t('followFailed', { name: 'Link Trap' }));
    const box = alert.getBoundingClientRect();
    const bounds = list.getBoundingClientRect();
    await expect(box.left).toBeGreaterThanOrEqual(bounds.left);
    await expect(box.right).toBeLessThanOrEqual(bounds.right);
  },
};

export const FailureInANarrowRowRightToLeft: Story = {
  ...FailureInANarrowRow,
  globals: { ...FailureInANarrowRow.globals, direction: 'rtl' },
};

/**
 * "Unfollow Alice Martin?" from the last row of a list scrolled to its end: the list scrolls
 * so that the whole confirmation shows, not only the row.
 */
export const ConfirmUnfollowInTheLastRow: Story = {
  args: { height: 240, confirmUnfollow: true },
  play: async ({ canvasElement, globals }) => {
    const { t, button } = storyMessages(globals);
    const list = await within(canvasElement).findByRole('list', { name: t('followersTitle') });
    const viewport = list.closest('section') as HTMLElement;
    const alice = { name: button('mutual', 'Alice Martin') };
    // Alice Martin is the last follower: scroll to the end until her row is rendered.
    await waitFor(() => {
      viewport.scrollTop = viewport.scrollHeight;
      return expect(within(list).getByRole('button', alice)).toBeVisible();
    }, SLOW);
    await userEvent.click(within(list).getByRole('button', alice));
    const dialog = await within(list).findByRole('dialog');
    await waitFor(() => {
      const box = dialog.getBoundingClientRect();
      const bounds = viewport.getBoundingClientRect();
      expect(box.top).toBeGreaterThanOrEqual(bounds.top);
      return expect(box.bottom).toBeLessThanOrEqual(bounds.bottom);
    }, SLOW);
    await expect(within(dialog).getByRole('button', { name: t('confirmUnfollow') })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await expect(within(list).getByRole('button', alice)).toHaveFocus();
  },
};

export const RightToLeft: Story = {
  globals: { direction: 'rtl' },
  play: async ({ canvasElement, globals }) => {
    const { t } = storyMessages(globals);
    await within(canvasElement).findByRole('list', { name: t('followersTitle') });
    await expect(canvasElement.querySelector('[dir="rtl"]')).not.toBeNull();
  },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement, globals }) => {
    const { t } = storyMessages(globals);
    await within(canvasElement).findByRole('list', { name: t('followersTitle') });
  },
};
