import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { createDemoDb, demoUsers } from '../../mocks/index';
import type { FollowKitParameters } from '../parameters';
import { storyMessages } from '../storyMessages';
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
  play: async ({ canvasElement, globals }) => {
    const { t } = storyMessages(globals);
    const yukiButton = (action: 'followBack' | 'mutual') => ({
      name: t('buttonName', { action: t(action), name: '佐藤ゆき' }),
    });
    const countsLabel = { name: t('countsLabel') };
    const canvas = within(canvasElement);
    // Yuki is not in her own lists, so in <main> her name labels only the header's button.
    const profile = within(canvas.getByRole('main', { name: '佐藤ゆき' }));
    const aside = within(canvas.getByRole('complementary', { name: t('yourFollowersTitle') }));

    await profile.findByRole('button', yukiButton('followBack'));
    const counts = await profile.findByRole('list', countsLabel);
    await expect(counts).toHaveTextContent(t('followersCount', { count: 3 }));

    await userEvent.click(await aside.findByRole('button', yukiButton('followBack')));

    await expect(profile.getByRole('button', yukiButton('mutual'))).toBeVisible();
    await expect(counts).toHaveTextContent(t('followersCount', { count: 4 }));
    await expect(counts).toHaveTextContent(t('mutualCount', { count: 2 }));
    const myCounts = aside.getByRole('list', countsLabel);
    await expect(myCounts).toHaveTextContent(t('followingCount', { count: 9 }));
    await expect(myCounts).toHaveTextContent(t('mutualCount', { count: 4 }));
    await expect(profile.getByRole('tab', { name: `${t('followersTitle')} 4` })).toBeVisible();
    const fans = profile.getByRole('list', { name: t('followersTitle') });
    // The follow API carries no profile of mine: until a refetch my row may show my user ID
    // (and after one, my signature too).
    const [newest] = within(fans).getAllByRole('listitem');
    await expect(within(newest as HTMLElement).getByText(/^(Mia Chen|me)$/)).toBeVisible();

    const following = t('followingCount', { count: 3 });
    await userEvent.click(profile.getByRole('button', { name: following }));
    const followingTab = profile.getByRole('tab', { name: new RegExp(`^${t('followingTitle')}`) });
    await expect(followingTab).toHaveAttribute('aria-selected', 'true');
  },
};

export const Dark: Story = { globals: { theme: 'dark' } };

export const RightToLeft: Story = { globals: { direction: 'rtl' } };

export const SlowNetwork: Story = { globals: { scenario: 'slow' } };
