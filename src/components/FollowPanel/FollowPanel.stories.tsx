import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { FollowPanel } from './FollowPanel';

/** Signed in as `me` (Mia Chen): 9 followers, 8 following, 3 mutual in the demo world. */
const meta = {
  title: 'Components/FollowPanel',
  component: FollowPanel,
  tags: ['autodocs'],
  args: { listProps: { height: 400 }, onValueChange: fn() },
} satisfies Meta<typeof FollowPanel>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Tabs by click and by keyboard (arrows, Home, End), each mounting its list. */
export const Tabs: Story = {
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    const followers = await canvas.findByRole('tab', { name: 'Followers 9' });
    await expect(followers).toHaveAttribute('aria-selected', 'true');
    await expect(await canvas.findByRole('list', { name: 'Followers' })).toBeVisible();

    await userEvent.click(canvas.getByRole('tab', { name: /^Following/ }));
    await expect(args.onValueChange).toHaveBeenLastCalledWith('following');
    await expect(await canvas.findByRole('list', { name: 'Following' })).toBeVisible();

    await userEvent.keyboard('{ArrowRight}');
    await expect(canvas.getByRole('tab', { name: /^Mutual/ })).toHaveFocus();
    await expect(await canvas.findByRole('list', { name: 'Mutual' })).toBeVisible();
    await userEvent.keyboard('{Home}');
    await expect(followers).toHaveAttribute('aria-selected', 'true');
  },
};

/** Following back from the Followers tab moves the Mutual tab's count at once. */
export const CountsFollowTheLists: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('tab', { name: 'Mutual 3' });
    const list = await canvas.findByRole('list', { name: 'Followers' });
    await userEvent.click(
      await within(list).findByRole('button', { name: 'Follow back 佐藤ゆき' }),
    );
    await expect(canvas.getByRole('tab', { name: 'Mutual 4' })).toBeVisible();
    await expect(canvas.getByRole('tab', { name: 'Following 9' })).toBeVisible();
  },
};

export const StartsOnMutual: Story = {
  args: { defaultValue: 'mutual' },
  play: async ({ canvasElement }) => {
    const list = await within(canvasElement).findByRole('list', { name: 'Mutual' });
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(3));
  },
};

/** Famous Fiona's lists, seen by me: my own row has no button. */
export const AnotherUser: Story = {
  args: { userID: 'fiona' },
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByRole('tab', { name: 'Followers 5' });
  },
};

export const ChineseSimplified: Story = {
  globals: { locale: 'zh-CN' },
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByRole('tablist', { name: '粉丝与关注' });
  },
};

export const RightToLeft: Story = {
  globals: { direction: 'rtl' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const followers = await canvas.findByRole('tab', { name: /^Followers/ });
    followers.focus();
    // Mirrored: in right-to-left text ArrowLeft moves forward.
    await userEvent.keyboard('{ArrowLeft}');
    await expect(canvas.getByRole('tab', { name: /^Following/ })).toHaveFocus();
  },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByRole('list', { name: 'Followers' });
  },
};
