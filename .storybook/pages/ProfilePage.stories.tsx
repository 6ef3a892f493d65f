import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { createDemoDb, demoUsers } from '../../mocks/index';
import type { FollowKitParameters } from '../parameters';
import { ProfilePage } from './ProfilePage';

const yuki = demoUsers.find((user) => user.userID === 'yuki');

/**
 * The demo world, plus a few fans for Yuki: she follows me (Mia Chen) and Alice, and Alice,
 * Bob and Chen Wei follow her.
 */
function yukiWorld() {
  const db = createDemoDb();
  for (const fan of ['alice', 'bob', 'chen-wei']) db.follow(fan, 'yuki');
  db.follow('yuki', 'alice');
  return db;
}

const meta = {
  title: 'Pages/Profile page',
  component: ProfilePage,
  tags: ['autodocs'],
  parameters: { followDb: yukiWorld } satisfies FollowKitParameters,
  args: {
    profile: {
      userID: 'yuki',
      nick: yuki?.nick,
      avatar: yuki?.avatar,
      selfSignature: 'Photographer in Kyoto 📷 — film, trains and tea.',
    },
  },
} satisfies Meta<typeof ProfilePage>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * Following Yuki back from "Your followers" updates her header button, her counts and her
 * lists, and my counts; the header counts pick the tab.
 */
export const Profile: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // Yuki is not in her own lists, so in <main> her name labels only the header's button.
    const profile = within(canvas.getByRole('main', { name: '佐藤ゆき' }));
    const aside = within(canvas.getByRole('complementary', { name: 'Your followers' }));

    await profile.findByRole('button', { name: 'Follow back 佐藤ゆき' });
    const counts = await profile.findByRole('list', { name: 'Follow counts' });
    await expect(counts).toHaveTextContent('3 followers');

    await userEvent.click(await aside.findByRole('button', { name: 'Follow back 佐藤ゆき' }));

    await expect(profile.getByRole('button', { name: 'Mutual 佐藤ゆき' })).toBeVisible();
    await expect(counts).toHaveTextContent('4 followers');
    await expect(counts).toHaveTextContent('2 mutual');
    const myCounts = aside.getByRole('list', { name: 'Follow counts' });
    await expect(myCounts).toHaveTextContent('9 following');
    await expect(myCounts).toHaveTextContent('4 mutual');
    await expect(profile.getByRole('tab', { name: 'Followers 4' })).toBeVisible();
    const fans = profile.getByRole('list', { name: 'Followers' });
    // The follow API carries no profile of mine: until a refetch my row may show my user ID
    // (and after one, my signature too).
    const [newest] = within(fans).getAllByRole('listitem');
    await expect(within(newest as HTMLElement).getByText(/^(Mia Chen|me)$/)).toBeVisible();

    await userEvent.click(profile.getByRole('button', { name: '3 following' }));
    await expect(profile.getByRole('tab', { name: /^Following/ })).toHaveAttribute(
      'aria-selected',
      'true',
    );
  },
};

export const Dark: Story = { globals: { theme: 'dark' } };

export const RightToLeft: Story = { globals: { direction: 'rtl' } };

export const ChineseSimplified: Story = { globals: { locale: 'zh-CN' } };

export const SlowNetwork: Story = { globals: { scenario: 'slow' } };
