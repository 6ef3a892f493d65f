import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import type { FollowKitParameters } from '../../../.storybook/parameters';
import { neverAnswers, reportsCounts } from '../../../.storybook/storyHandlers';
import { storyMessages } from '../../../.storybook/storyMessages';
import { scenarios } from '../../../mocks/index';
import { FollowCounts } from './FollowCounts';

/** Signed in as `me` (Mia Chen): 9 followers, 8 following, 3 mutual in the demo world. */
const meta = {
  title: 'Components/FollowCounts',
  component: FollowCounts,
  tags: ['autodocs'],
  args: {},
} satisfies Meta<typeof FollowCounts>;

export default meta;
type Story = StoryObj<typeof meta>;

const HUGE = { followers: 12_345_678, following: 4_321, mutual: 1_234 };

export const Mine: Story = {
  play: async ({ canvasElement, globals }) => {
    const { t } = storyMessages(globals);
    const list = await within(canvasElement).findByRole('list', { name: t('countsLabel') });
    await expect(list).toHaveTextContent(t('followersCount', { count: 9 }));
    await expect(list).toHaveTextContent(t('followingCount', { count: 8 }));
    await expect(list).toHaveTextContent(t('mutualCount', { count: 3 }));
  },
};

export const AnotherUser: Story = {
  args: { userID: 'fiona' },
  play: async ({ canvasElement, globals }) => {
    const { t } = storyMessages(globals);
    const list = await within(canvasElement).findByRole('list', { name: t('countsLabel') });
    await expect(list).toHaveTextContent(t('followersCount', { count: 5 }));
  },
};

/** Counts as buttons: `onSelect` gets the list type (the profile page opens that tab). */
export const Selectable: Story = {
  args: { onSelect: fn() },
  play: async ({ args, canvasElement, globals }) => {
    const { t } = storyMessages(globals);
    const canvas = within(canvasElement);
    const following = t('followingCount', { count: 8 });
    await userEvent.click(await canvas.findByRole('button', { name: following }));
    await expect(args.onSelect).toHaveBeenCalledWith('following');
  },
};

/** Counts as links, from `getHref`. */
export const Links: Story = {
  args: { getHref: (type) => `#/profile/me/${type}` },
  play: async ({ canvasElement, globals }) => {
    const { t } = storyMessages(globals);
    const name = t('followersCount', { count: 9 });
    const link = await within(canvasElement).findByRole('link', { name });
    await expect(link).toHaveAttribute('href', '#/profile/me/followers');
  },
};

/** Millions, compact and truncated on screen ("12M"), in full for screen readers and tooltips. */
export const HugeNumbers: Story = {
  parameters: { followHandlers: () => reportsCounts(HUGE) } satisfies FollowKitParameters,
  play: async ({ canvasElement, globals }) => {
    const { t, formatCompact } = storyMessages(globals);
    const canvas = within(canvasElement);
    // On screen ("12M followers"): the title has the full count, screen readers too.
    const shown = (key: 'followersCount' | 'followingCount', count: number) => {
      const item = canvas.getByTitle(t(key, { count }));
      return item.querySelector('[aria-hidden="true"]')?.textContent;
    };
    await canvas.findByTitle(t('followersCount', { count: HUGE.followers }));
    await expect(shown('followersCount', HUGE.followers)).toBe(
      t('followersCount', { count: HUGE.followers, countText: formatCompact(HUGE.followers) }),
    );
    await expect(shown('followingCount', HUGE.following)).toBe(
      t('followingCount', { count: HUGE.following, countText: formatCompact(HUGE.following) }),
    );
  },
};

export const Zero: Story = {
  globals: { scenario: 'empty' },
  play: async ({ canvasElement, globals }) => {
    const { t } = storyMessages(globals);
    const list = await within(canvasElement).findByRole('list', { name: t('countsLabel') });
    await expect(list).toHaveTextContent(t('followersCount', { count: 0 }));
    await expect(list).toHaveTextContent(t('mutualCount', { count: 0 }));
  },
};

/** The server has not answered yet (and never will, here: the story's client never gives up). */
export const Loading: Story = {
  parameters: {
    followHandlers: () => neverAnswers('follow_get_info'),
    followTimeoutMs: Number.POSITIVE_INFINITY,
  } satisfies FollowKitParameters,
  play: async ({ canvasElement, globals }) => {
    const { t } = storyMessages(globals);
    const root = canvasElement.querySelector('.rfk-counts');
    await expect(root).toHaveAttribute('aria-busy', 'true');
    await expect(within(canvasElement).getByText(t('countsLoading'))).toBeInTheDocument();
  },
};

/** The first load fails (HTTP 502 once); Retry loads the counts. */
export const ErrorWithRetry: Story = {
  parameters: {
    followHandlers: () => scenarios.httpError(502, { times: 1, commands: ['follow_get_info'] }),
  } satisfies FollowKitParameters,
  play: async ({ canvasElement, globals }) => {
    const { t } = storyMessages(globals);
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('alert')).toHaveTextContent(t('countsFailed'));
    await userEvent.click(canvas.getByRole('button', { name: t('retry') }));
    await expect(await canvas.findByRole('list', { name: t('countsLabel') })).toBeVisible();
  },
};

export const ChineseSimplified: Story = {
  globals: { locale: 'zh-CN' },
  parameters: { followHandlers: () => reportsCounts(HUGE) } satisfies FollowKitParameters,
  play: async ({ canvasElement }) => {
    const list = await within(canvasElement).findByRole('list', { name: '关注数据' });
    await expect(list).toHaveTextContent('1234万 粉丝');
  },
};

export const Korean: Story = {
  globals: { locale: 'ko' },
  parameters: { followHandlers: () => reportsCounts(HUGE) } satisfies FollowKitParameters,
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByRole('list', { name: '팔로우 현황' });
  },
};

export const Japanese: Story = {
  globals: { locale: 'ja' },
  parameters: { followHandlers: () => reportsCounts(HUGE) } satisfies FollowKitParameters,
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByRole('list', { name: 'フォロー数' });
  },
};
