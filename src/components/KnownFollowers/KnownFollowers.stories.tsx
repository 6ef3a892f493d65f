import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { FollowKitParameters } from '../../../.storybook/parameters';
import { neverAnswers } from '../../../.storybook/storyHandlers';
import { storyMessages } from '../../../.storybook/storyMessages';
import { createFollowDb, type MockUser } from '../../../mocks/index';
import { KnownFollowers } from './KnownFollowers';

const PEOPLE: MockUser[] = [
  { userID: 'alice', nick: 'Alice Martin', avatar: '/story-assets/avatar-ada.svg' },
  { userID: 'bob', nick: 'Bob Okafor' },
  { userID: 'chen-wei', nick: '陈伟' },
  { userID: 'dana', nick: 'Dana Kim' },
  { userID: 'emre', nick: 'Emre Yılmaz' },
  { userID: 'user_8f3a2c' },
];

const RTL_PEOPLE: MockUser[] = [
  { userID: 'sara', nick: 'שרה לוי' },
  { userID: 'omar', nick: 'عمر الفاروق' },
  { userID: 'trick', nick: '\u202Eevil name' },
];

/**
 * Signed in as `me`, looking at Tara's profile. `me` follows every one of `people`, and each
 * follows Tara; Tara follows Zoe, whom `me` follows too (Zoe is no follower of Tara, so she
 * is never shown).
 */
function worldWith(people: readonly MockUser[]) {
  return () =>
    createFollowDb({
      users: [
        { userID: 'me', nick: 'Mia Chen' },
        { userID: 'tara', nick: 'Tara Singh' },
        { userID: 'zoe', nick: 'Zoe' },
        ...people,
      ],
      follows: [
        ['me', 'zoe'],
        ['tara', 'zoe'],
        ...[...people].reverse().flatMap(
          ({ userID }): Array<[string, string]> => [
            ['me', userID],
            [userID, 'tara'],
          ],
        ),
      ],
    });
}

const meta = {
  title: 'Components/KnownFollowers',
  component: KnownFollowers,
  tags: ['autodocs'],
  args: { userID: 'tara', name: 'Tara Singh' },
  parameters: { followDb: worldWith(PEOPLE) } satisfies FollowKitParameters,
} satisfies Meta<typeof KnownFollowers>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Three avatars, two names and "4 others"; "See all" opens the list of all six. */
export const Many: Story = {
  play: async ({ canvasElement, globals }) => {
    const { t } = storyMessages(globals);
    const canvas = within(canvasElement);
    const name = t('knownFollowersSeeAllName', { count: 6, name: 'Tara Singh' });
    const toggle = await canvas.findByRole('button', { name });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(toggle);
    const list = canvas.getByRole('list', {
      name: t('knownFollowersListLabel', { name: 'Tara Singh' }),
    });
    await expect(within(list).getAllByRole('listitem')).toHaveLength(6);
    await expect(within(list).queryByText('Zoe')).toBeNull();
  },
};

/** One person: named, no "others". */
export const One: Story = {
  parameters: { followDb: worldWith(PEOPLE.slice(0, 1)) } satisfies FollowKitParameters,
  play: async ({ canvasElement, globals }) => {
    const { t } = storyMessages(globals);
    const name = t('knownFollowersSeeAllName', { count: 1, name: 'Tara Singh' });
    await within(canvasElement).findByRole('button', { name });
    await expect(canvasElement.querySelectorAll('.rfk-avatar')).toHaveLength(1);
  },
};

/** Two people, joined the locale's way ("Alice Martin and Bob Okafor"). */
export const Two: Story = {
  parameters: { followDb: worldWith(PEOPLE.slice(0, 2)) } satisfies FollowKitParameters,
  play: async ({ canvasElement, globals }) => {
    const { locale } = storyMessages(globals);
    const joined = new Intl.ListFormat(locale, { type: 'conjunction' }).format([
      'Alice Martin',
      'Bob Okafor',
    ]);
    await expect(await within(canvasElement).findByText(new RegExp(joined))).toBeVisible();
  },
};

/**
 * None of the people I follow follow Tara: the component renders nothing at all (this canvas
 * is empty on purpose).
 */
export const NoKnownFollowers: Story = {
  parameters: { followDb: worldWith([]) } satisfies FollowKitParameters,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelector('.rfk-known')).toBeNull());
  },
};

/** Still asking: skeleton avatars and a line, hidden from assistive technology. */
export const Loading: Story = {
  parameters: {
    followHandlers: () => neverAnswers('follow_check'),
    followTimeoutMs: Number.POSITIVE_INFINITY,
  } satisfies FollowKitParameters,
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector('.rfk-known');
    await expect(root).toHaveAttribute('data-state', 'loading');
    await expect(root).toHaveAttribute('aria-hidden', 'true');
  },
};

/** Hebrew, Arabic and an override character: each name isolated, the sentence in order. */
export const RtlNames: Story = {
  parameters: { followDb: worldWith(RTL_PEOPLE) } satisfies FollowKitParameters,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelectorAll('bdi').length).toBeGreaterThan(0));
    for (const bdi of canvasElement.querySelectorAll('bdi')) {
      await expect(bdi).toHaveAttribute('dir', 'auto');
    }
  },
};

/** The same names in a right-to-left page. */
export const RtlPage: Story = { ...RtlNames, globals: { direction: 'rtl' } };

/** Dark theme, list open. */
export const Dark: Story = { ...Many, globals: { theme: 'dark' } };
