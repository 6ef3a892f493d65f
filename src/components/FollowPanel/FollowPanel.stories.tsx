import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { storyMessages } from '../../../.storybook/storyMessages';
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

/** A tab's accessible name: its title, then its count ("Followers 9"). */
function tabName(globals: Record<string, unknown>) {
  const { t, formatNumber } = storyMessages(globals);
  return (title: 'followersTitle' | 'followingTitle' | 'mutualTitle', count: number) => ({
    name: `${t(title)} ${formatNumber(count)}`,
  });
}

/** Tabs by click and by keyboard (arrows, Home, End), each mounting its list. */
export const Tabs: Story = {
  play: async ({ args, canvasElement, globals }) => {
    const { t } = storyMessages(globals);
    const tab = tabName(globals);
    const canvas = within(canvasElement);
    const followers = await canvas.findByRole('tab', tab('followersTitle', 9));
    await expect(followers).toHaveAttribute('aria-selected', 'true');
    await expect(await canvas.findByRole('list', { name: t('followersTitle') })).toBeVisible();

    await userEvent.click(canvas.getByRole('tab', tab('followingTitle', 8)));
    await expect(args.onValueChange).toHaveBeenLastCalledWith('following');
    await expect(await canvas.findByRole('list', { name: t('followingTitle') })).toBeVisible();

    await userEvent.keyboard('{ArrowRight}');
    await expect(canvas.getByRole('tab', tab('mutualTitle', 3))).toHaveFocus();
    await expect(await canvas.findByRole('list', { name: t('mutualTitle') })).toBeVisible();
    await userEvent.keyboard('{Home}');
    await expect(followers).toHaveAttribute('aria-selected', 'true');
  },
};

/** Following back from the Followers tab moves the Mutual tab's count at once. */
export const CountsFollowTheLists: Story = {
  play: async ({ canvasElement, globals }) => {
    const { t, button } = storyMessages(globals);
    const tab = tabName(globals);
    const canvas = within(canvasElement);
    await canvas.findByRole('tab', tab('mutualTitle', 3));
    const list = await canvas.findByRole('list', { name: t('followersTitle') });
    await userEvent.click(
      await within(list).findByRole('button', { name: button('followBack', '佐藤ゆき') }),
    );
    await expect(canvas.getByRole('tab', tab('mutualTitle', 4))).toBeVisible();
    await expect(canvas.getByRole('tab', tab('followingTitle', 9))).toBeVisible();
  },
};

export const StartsOnMutual: Story = {
  args: { defaultValue: 'mutual' },
  play: async ({ canvasElement, globals }) => {
    const { t } = storyMessages(globals);
    const list = await within(canvasElement).findByRole('list', { name: t('mutualTitle') });
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(3));
  },
};

/** Famous Fiona's lists, seen by me: my own row has no button. */
export const AnotherUser: Story = {
  args: { userID: 'fiona' },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('tab', tabName(globals)('followersTitle', 5));
    const { t } = storyMessages(globals);
    const list = await canvas.findByRole('list', { name: t('followersTitle') });
    const myRow = (await within(list).findByText('Mia Chen')).closest('li') as HTMLElement;
    await expect(within(myRow).queryByRole('button')).toBeNull();
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
  play: async ({ canvasElement, globals }) => {
    const tab = tabName(globals);
    const canvas = within(canvasElement);
    const followers = await canvas.findByRole('tab', tab('followersTitle', 9));
    followers.focus();
    // Mirrored: in right-to-left text ArrowLeft moves forward.
    await userEvent.keyboard('{ArrowLeft}');
    await expect(canvas.getByRole('tab', tab('followingTitle', 8))).toHaveFocus();
  },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement, globals }) => {
    const { t } = storyMessages(globals);
    await within(canvasElement).findByRole('list', { name: t('followersTitle') });
  },
};
