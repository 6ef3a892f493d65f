import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { FollowKitParameters } from '../../../.storybook/parameters';
import { storyMessages } from '../../../.storybook/storyMessages';
import { createDemoDb } from '../../../mocks/index';
import { FollowButton } from './FollowButton';

/**
 * Signed in as `me` (Mia Chen) in the demo world: she and `bob` have no relationship, `layla`
 * follows her, she follows `fiona`, and she and `alice` follow each other.
 */
const meta = {
  title: 'Components/FollowButton',
  component: FollowButton,
  tags: ['autodocs'],
  args: { userID: 'bob', name: 'Bob Smith' },
} satisfies Meta<typeof FollowButton>;

export default meta;
type Story = StoryObj<typeof meta>;

const SLOW = { timeout: 5000 };

export const Follow: Story = {
  play: async ({ canvasElement, globals }) => {
    const { button } = storyMessages(globals);
    const canvas = within(canvasElement);
    await userEvent.click(
      await canvas.findByRole('button', { name: button('follow', 'Bob Smith') }),
    );
    await expect(
      canvas.getByRole('button', { name: button('following', 'Bob Smith') }),
    ).toBeVisible();
  },
};

export const FollowBack: Story = {
  args: { userID: 'layla', name: 'Layla Haddad' },
  play: async ({ canvasElement, globals }) => {
    const { button } = storyMessages(globals);
    const canvas = within(canvasElement);
    const followBack = { name: button('followBack', 'Layla Haddad') };
    await userEvent.click(await canvas.findByRole('button', followBack));
    await expect(
      canvas.getByRole('button', { name: button('mutual', 'Layla Haddad') }),
    ).toBeVisible();
  },
};

export const Following: Story = {
  args: { userID: 'fiona', name: 'Famous Fiona' },
  play: async ({ canvasElement, globals }) => {
    const { button } = storyMessages(globals);
    const canvas = within(canvasElement);
    const following = { name: button('following', 'Famous Fiona') };
    await userEvent.click(await canvas.findByRole('button', following));
    await expect(
      canvas.getByRole('button', { name: button('follow', 'Famous Fiona') }),
    ).toBeVisible();
  },
};

export const Mutual: Story = {
  args: { userID: 'alice', name: 'Alice Martin' },
  play: async ({ canvasElement, globals }) => {
    const { button } = storyMessages(globals);
    const canvas = within(canvasElement);
    await userEvent.click(
      await canvas.findByRole('button', { name: button('mutual', 'Alice Martin') }),
    );
    const followBack = { name: button('followBack', 'Alice Martin') };
    await expect(canvas.getByRole('button', followBack)).toBeVisible();
  },
};

/** Every call takes 2 s: the click shows at once, busy until the server answers. */
export const PendingOnSlowNetwork: Story = {
  globals: { scenario: 'slow' },
  play: async ({ canvasElement, globals }) => {
    const { button } = storyMessages(globals);
    const canvas = within(canvasElement);
    const follow = { name: button('follow', 'Bob Smith') };
    await userEvent.click(await canvas.findByRole('button', follow, SLOW));
    const following = canvas.getByRole('button', { name: button('following', 'Bob Smith') });
    await expect(following).toHaveAttribute('aria-busy', 'true');
    await waitFor(() => expect(following).not.toHaveAttribute('aria-busy'), SLOW);
    await expect(following).toHaveAccessibleName(button('following', 'Bob Smith'));
  },
};

/** The server refuses the follow (30006): the button rolls back and says so. */
export const FailureRollsBack: Story = {
  globals: { scenario: 'followFails' },
  play: async ({ canvasElement, globals }) => {
    const { button, t } = storyMessages(globals);
    const canvas = within(canvasElement);
    const follow = { name: button('follow', 'Bob Smith') };
    await userEvent.click(await canvas.findByRole('button', follow));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      t('followFailed', { name: 'Bob Smith' }),
    );
    await expect(canvas.getByRole('button', follow)).toBeVisible();
  },
};

/**
 * Mia follows as many accounts as the server allows (here its cap is set to what she
 * follows now): the follow rolls back and says why, instead of "Try again".
 */
export const AtTheFollowCap: Story = {
  parameters: {
    followDb: () => {
      const following = createDemoDb().counts('me').following;
      return createDemoDb({ maxFollowing: following });
    },
  } satisfies FollowKitParameters,
  play: async ({ canvasElement, globals }) => {
    const { button, t } = storyMessages(globals);
    const canvas = within(canvasElement);
    const follow = { name: button('follow', 'Bob Smith') };
    await userEvent.click(await canvas.findByRole('button', follow));
    await expect(await canvas.findByRole('alert', {}, SLOW)).toHaveTextContent(
      t('followLimitReached', { name: 'Bob Smith', count: 5000 }),
    );
    await expect(canvas.getByRole('button', follow)).toBeVisible();
  },
};

/** The relationship could not be loaded (HTTP 502): the button offers to retry. */
export const StatusFailed: Story = {
  globals: { scenario: 'http502' },
  play: async ({ canvasElement, globals }) => {
    const { t } = storyMessages(globals);
    const canvas = within(canvasElement);
    const retry = await canvas.findByRole('button', {
      name: t('retryStatusName', { name: 'Bob Smith' }),
    });
    await expect(retry).toHaveTextContent(t('retry'));
  },
};

export const ConfirmUnfollow: Story = {
  args: { userID: 'fiona', name: 'Famous Fiona', confirmUnfollow: true },
  play: async ({ canvasElement, globals }) => {
    const { button, t } = storyMessages(globals);
    const canvas = within(canvasElement);
    const following = { name: button('following', 'Famous Fiona') };
    await userEvent.click(await canvas.findByRole('button', following));
    const title = t('confirmUnfollowTitle', { name: 'Famous Fiona' });
    // The confirmation's code loads on mount of a button that asks first; it may still be
    // on its way when the click comes this fast.
    const dialog = await canvas.findByRole('dialog', { name: title });
    await userEvent.click(within(dialog).getByRole('button', { name: t('confirmUnfollow') }));
    await expect(
      canvas.getByRole('button', { name: button('follow', 'Famous Fiona') }),
    ).toHaveFocus();
    await expect(canvas.queryByRole('dialog')).toBeNull();
  },
};

const RELATIONSHIPS = [
  { userID: 'bob', name: 'Bob Smith', action: 'follow' },
  { userID: 'layla', name: 'Layla Haddad', action: 'followBack' },
  { userID: 'fiona', name: 'Famous Fiona', action: 'following' },
  { userID: 'alice', name: 'Alice Martin', action: 'mutual' },
] as const;

/** The four relationships side by side, each button named after its user. */
export const Relationships: Story = {
  render: (args) => (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: '1rem' }}>
      {RELATIONSHIPS.map(({ userID, name }) => (
        <FollowButton key={userID} {...args} userID={userID} name={name} />
      ))}
    </div>
  ),
  play: async ({ canvasElement, globals }) => {
    const { button, t } = storyMessages(globals);
    const canvas = within(canvasElement);
    for (const { name, action } of RELATIONSHIPS) {
      await expect(
        await canvas.findByRole('button', { name: button(action, name) }),
      ).toHaveTextContent(t(action));
    }
  },
};

const SIZES = ['sm', 'md', 'lg'] as const;
const VARIANTS = ['solid', 'outline', 'ghost'] as const;

/** Every size and variant, for a user I do not follow and for one I follow. */
export const SizesAndVariants: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(3, max-content)', gap: '1rem' }}>
      {VARIANTS.flatMap((variant) =>
        SIZES.map((size) => (
          <FollowButton key={`${variant}-${size}`} {...args} size={size} variant={variant} />
        )),
      )}
      {VARIANTS.flatMap((variant) =>
        SIZES.map((size) => (
          <FollowButton
            key={`following-${variant}-${size}`}
            userID="fiona"
            name="Famous Fiona"
            size={size}
            variant={variant}
          />
        )),
      )}
    </div>
  ),
  play: async ({ canvasElement, globals }) => {
    const { button } = storyMessages(globals);
    const canvas = within(canvasElement);
    const follow = { name: button('follow', 'Bob Smith') };
    await expect(await canvas.findAllByRole('button', follow)).toHaveLength(9);
    const following = { name: button('following', 'Famous Fiona') };
    await expect(canvas.getAllByRole('button', following)).toHaveLength(9);
  },
};

export const LongName: Story = {
  args: {
    userID: 'max',
    name: 'Maximilian Alexander Friedrich von Hohenzollern-Sigmaringen der Dritte',
  },
  play: async ({ canvasElement, globals }) => {
    const { button, t } = storyMessages(globals);
    // The accessible name carries the name's first 64 characters, then an ellipsis.
    const start = button('following', 'Maximilian Alexander');
    const name = (accessibleName: string) => accessibleName.startsWith(start);
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('button', { name })).toHaveTextContent(t('following'));
  },
};

/** Markup in a name is text, never HTML. */
export const HostileName: Story = {
  args: { userID: 'xss', name: '<img src=x onerror=alert(1)>' },
  play: async ({ canvasElement, globals }) => {
    const { button } = storyMessages(globals);
    const canvas = within(canvasElement);
    await canvas.findByRole('button', {
      name: button('followBack', '<img src=x onerror=alert(1)>'),
    });
    await expect(canvasElement.querySelector('img')).toBeNull();
  },
};

/** On the signed-in user's own ID there is nothing to follow. */
export const SignedInUser: Story = {
  args: { userID: 'me', name: 'Mia Chen' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole('button')).toBeNull();
  },
};
