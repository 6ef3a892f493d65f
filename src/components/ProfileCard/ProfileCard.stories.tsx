import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import type { FollowKitParameters } from '../../../.storybook/parameters';
import { neverAnswers, reportsCounts } from '../../../.storybook/storyHandlers';
import { storyMessages } from '../../../.storybook/storyMessages';
import { createFollowDb, scenarios } from '../../../mocks/index';
import { ProfileCard } from './ProfileCard';

/** Signed in as `me` (Mia Chen) in the demo world; Alice and I follow each other. */
const meta = {
  title: 'Components/ProfileCard',
  component: ProfileCard,
  tags: ['autodocs'],
  args: { userID: 'alice' },
} satisfies Meta<typeof ProfileCard>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement, globals }) => {
    const { t } = storyMessages(globals);
    const card = await within(canvasElement).findByRole('article', { name: 'Alice Martin' });
    await expect(card).toHaveAttribute('data-state', 'ready');
    const action = t('buttonName', { action: t('mutual'), name: 'Alice Martin' });
    await expect(await within(card).findByRole('button', { name: action })).toBeVisible();
    await expect(await within(card).findByRole('list', { name: t('countsLabel') })).toBeVisible();
  },
};

/** With a signature; unfollowing from the card updates its button and counts at once. */
export const UnfollowFromTheCard: Story = {
  args: { userID: 'fiona' },
  play: async ({ canvasElement, globals }) => {
    const { t } = storyMessages(globals);
    const card = await within(canvasElement).findByRole('article', { name: 'Famous Fiona' });
    await expect(within(card).getByText('Official account ✔')).toBeVisible();
    await userEvent.click(
      await within(card).findByRole('button', {
        name: t('buttonName', { action: t('following'), name: 'Famous Fiona' }),
      }),
    );
    await expect(
      await within(card).findByRole('button', {
        name: t('buttonName', { action: t('follow'), name: 'Famous Fiona' }),
      }),
    ).toBeVisible();
  },
};

/** The known-followers slot, here with placeholder text (`<KnownFollowers />` goes there). */
/** Known followers, built in: three people I follow follow Tara; "See all" lists them. */
export const WithKnownFollowers: Story = {
  args: { userID: 'tara' },
  parameters: {
    followDb: () =>
      createFollowDb({
        users: [
          { userID: 'me', nick: 'Mia Chen' },
          { userID: 'tara', nick: 'Tara Singh', selfSignature: 'Climbing, coffee, compilers.' },
          { userID: 'bob', nick: 'Bob Okafor' },
          { userID: 'chen-wei', nick: '陈伟' },
          { userID: 'dana', nick: 'Dana Kim' },
        ],
        follows: ['bob', 'chen-wei', 'dana'].flatMap(
          (id): Array<[string, string]> => [
            ['me', id],
            [id, 'tara'],
          ],
        ),
      }),
  } satisfies FollowKitParameters,
  play: async ({ canvasElement, globals }) => {
    const { t } = storyMessages(globals);
    const card = await within(canvasElement).findByRole('article', { name: 'Tara Singh' });
    const seeAll = await within(card).findByRole('button', {
      name: t('knownFollowersSeeAllName', { count: 3, name: 'Tara Singh' }),
    });
    await userEvent.click(seeAll);
    const list = await within(card).findByRole('list', {
      name: t('knownFollowersListLabel', { name: 'Tara Singh' }),
    });
    await expect(within(list).getAllByRole('listitem')).toHaveLength(3);
  },
};

/** The server has not answered yet (and never will, here). */
export const Loading: Story = {
  parameters: {
    followHandlers: () => neverAnswers('portrait_get'),
    followTimeoutMs: Number.POSITIVE_INFINITY,
  } satisfies FollowKitParameters,
  play: async ({ canvasElement, globals }) => {
    const { t } = storyMessages(globals);
    const card = await within(canvasElement).findByRole('article', { name: t('profileLoading') });
    await expect(card).toHaveAttribute('aria-busy', 'true');
  },
};

/** A user ID the server does not know: a message, and nothing to follow. */
export const UnknownUser: Story = {
  args: { userID: 'nobody-here' },
  play: async ({ canvasElement, globals }) => {
    const { t } = storyMessages(globals);
    const card = await within(canvasElement).findByRole('article', { name: 'nobody-here' });
    await expect(within(card).getByText(t('profileUnknown'))).toBeVisible();
    await expect(within(card).queryByRole('button')).toBeNull();
  },
};

/** The first look-up fails (HTTP 502 once); Retry loads the card. */
export const ErrorWithRetry: Story = {
  parameters: {
    followHandlers: () => scenarios.httpError(502, { times: 1, commands: ['portrait_get'] }),
  } satisfies FollowKitParameters,
  play: async ({ canvasElement, globals }) => {
    const { t } = storyMessages(globals);
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('alert')).toHaveTextContent(t('profileFailed'));
    await userEvent.click(canvas.getByRole('button', { name: t('retry') }));
    await expect(await canvas.findByRole('article', { name: 'Alice Martin' })).toBeVisible();
  },
};

/** Millions of followers: compact counts, full numbers for screen readers. */
export const ManyCounts: Story = {
  args: { userID: 'fiona' },
  parameters: {
    followHandlers: () => reportsCounts({ followers: 12_345_678, following: 4_321, mutual: 1_234 }),
  } satisfies FollowKitParameters,
  play: async ({ canvasElement, globals }) => {
    const { t, formatCompact } = storyMessages(globals);
    const count = 12_345_678;
    const followers = await within(canvasElement).findByTitle(t('followersCount', { count }));
    await expect(followers).toHaveTextContent(
      t('followersCount', { count, countText: formatCompact(count) }),
    );
  },
};

/** A very long name and a 10,000-character signature: truncated, full text in `title`. */
export const LongText: Story = {
  args: { userID: 'vera' },
  play: async ({ canvasElement }) => {
    const card = await within(canvasElement).findByRole('article', { name: 'Verbose Vera' });
    const signature = card.querySelector('.rfk-profile-card__signature') as HTMLElement;
    await expect(signature.getBoundingClientRect().height).toBeLessThan(100);
  },
};

/** Markup in a name and signature is text, never HTML. */
export const MarkupIsText: Story = {
  args: { userID: 'xss' },
  play: async ({ canvasElement }) => {
    const card = await within(canvasElement).findByRole('article', {
      name: '<img src=x onerror=alert(1)>',
    });
    await expect(card.querySelector('img, script')).toBeNull();
  },
};

/** A Hebrew name and signature in a right-to-left page. */
export const RightToLeft: Story = {
  args: { userID: 'noa' },
  globals: { direction: 'rtl' },
  play: async ({ canvasElement }) => {
    const card = await within(canvasElement).findByRole('article', { name: 'נועה לוי' });
    await expect(within(card).getByText('צלם חובב ואוהב קפה')).toBeVisible();
  },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByRole('article', { name: 'Alice Martin' });
  },
};

export const Japanese: Story = {
  args: { userID: 'nobody-here' },
  globals: { locale: 'ja' },
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByText('このアカウントは存在しません。');
  },
};
