import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
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
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Follow Bob Smith' }));
    await expect(canvas.getByRole('button', { name: 'Following Bob Smith' })).toBeVisible();
  },
};

export const FollowBack: Story = {
  args: { userID: 'layla', name: 'Layla Haddad' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Follow back Layla Haddad' }));
    await expect(canvas.getByRole('button', { name: 'Mutual Layla Haddad' })).toBeVisible();
  },
};

export const Following: Story = {
  args: { userID: 'fiona', name: 'Famous Fiona' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Following Famous Fiona' }));
    await expect(canvas.getByRole('button', { name: 'Follow Famous Fiona' })).toBeVisible();
  },
};

export const Mutual: Story = {
  args: { userID: 'alice', name: 'Alice Martin' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Mutual Alice Martin' }));
    await expect(canvas.getByRole('button', { name: 'Follow back Alice Martin' })).toBeVisible();
  },
};

/** Every call takes 2 s: the click shows at once, busy until the server answers. */
export const PendingOnSlowNetwork: Story = {
  globals: { scenario: 'slow' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Follow Bob Smith' }, SLOW));
    const button = canvas.getByRole('button', { name: 'Following Bob Smith' });
    await expect(button).toHaveAttribute('aria-busy', 'true');
    await waitFor(() => expect(button).not.toHaveAttribute('aria-busy'), SLOW);
    await expect(button).toHaveAccessibleName('Following Bob Smith');
  },
};

/** The server refuses the follow (30006): the button rolls back and says so. */
export const FailureRollsBack: Story = {
  globals: { scenario: 'followFails' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Follow Bob Smith' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      "Couldn't follow Bob Smith. Try again.",
    );
    await expect(canvas.getByRole('button', { name: 'Follow Bob Smith' })).toBeVisible();
  },
};

/** The relationship could not be loaded (HTTP 502): the button offers to retry. */
export const StatusFailed: Story = {
  globals: { scenario: 'http502' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const retry = await canvas.findByRole('button', {
      name: 'Retry loading follow status of Bob Smith',
    });
    await expect(retry).toHaveTextContent('Retry');
  },
};

export const ConfirmUnfollow: Story = {
  args: { userID: 'fiona', name: 'Famous Fiona', confirmUnfollow: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Following Famous Fiona' }));
    const dialog = canvas.getByRole('dialog', { name: 'Unfollow Famous Fiona?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Unfollow' }));
    await expect(canvas.getByRole('button', { name: 'Follow Famous Fiona' })).toHaveFocus();
    await expect(canvas.queryByRole('dialog')).toBeNull();
  },
};

const RELATIONSHIPS = [
  { userID: 'bob', name: 'Bob Smith', text: 'Follow' },
  { userID: 'layla', name: 'Layla Haddad', text: 'Follow back' },
  { userID: 'fiona', name: 'Famous Fiona', text: 'Following' },
  { userID: 'alice', name: 'Alice Martin', text: 'Mutual' },
];

/** The four relationships side by side, each button named after its user. */
export const Relationships: Story = {
  render: (args) => (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: '1rem' }}>
      {RELATIONSHIPS.map(({ userID, name }) => (
        <FollowButton key={userID} {...args} userID={userID} name={name} />
      ))}
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    for (const { name, text } of RELATIONSHIPS) {
      await expect(
        await canvas.findByRole('button', { name: `${text} ${name}` }),
      ).toHaveTextContent(text);
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
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findAllByRole('button', { name: 'Follow Bob Smith' })).toHaveLength(
      9,
    );
    await expect(canvas.getAllByRole('button', { name: 'Following Famous Fiona' })).toHaveLength(9);
  },
};

export const LongName: Story = {
  args: {
    userID: 'max',
    name: 'Maximilian Alexander Friedrich von Hohenzollern-Sigmaringen der Dritte',
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      await canvas.findByRole('button', { name: /^Following Maximilian Alexander/ }),
    ).toHaveTextContent('Following');
  },
};

/** Markup in a name is text, never HTML. */
export const HostileName: Story = {
  args: { userID: 'xss', name: '<img src=x onerror=alert(1)>' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('button', { name: 'Follow back <img src=x onerror=alert(1)>' });
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
