import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { storyMessages } from '../../../.storybook/storyMessages';
import { ProfileHoverCard } from './ProfileHoverCard';

/** Signed in as `me` (Mia Chen) in the demo world. Hover or Tab to the name. */
const meta = {
  title: 'Components/ProfileHoverCard',
  component: ProfileHoverCard,
  tags: ['autodocs'],
  args: { userID: 'alice', openDelay: 300, children: <a href="#/u/alice">Alice Martin</a> },
  render: (args) => (
    <div style={{ minBlockSize: '22rem' }}>
      <button type="button">Before</button>
      <div style={{ marginBlock: '1rem' }}>
        Posted by <ProfileHoverCard {...args} /> · 2 h
      </div>
      <button type="button">After</button>
    </div>
  ),
} satisfies Meta<typeof ProfileHoverCard>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Resting the pointer on the name opens the card; moving away closes it. */
export const OnHover: Story = {
  play: async ({ canvasElement, globals }) => {
    const { t } = storyMessages(globals);
    const mutualAlice = t('buttonName', { action: t('mutual'), name: 'Alice Martin' });
    const canvas = within(canvasElement);
    const link = canvas.getByRole('link', { name: 'Alice Martin' });
    await userEvent.hover(link);
    const dialog = await canvas.findByRole('dialog', { name: 'Alice Martin' });
    await expect(link).toHaveAttribute('aria-expanded', 'true');
    await expect(await within(dialog).findByRole('button', { name: mutualAlice })).toBeVisible();
  },
};

/** Tab to the name: the card opens, Tab walks into it, Escape closes it. */
export const OnKeyboardFocus: Story = {
  play: async ({ canvasElement, globals }) => {
    const { t } = storyMessages(globals);
    const mutualAlice = t('buttonName', { action: t('mutual'), name: 'Alice Martin' });
    const canvas = within(canvasElement);
    await userEvent.tab();
    await userEvent.tab();
    const dialog = await canvas.findByRole('dialog', { name: 'Alice Martin' });
    await within(dialog).findByRole('button', { name: mutualAlice });
    await userEvent.tab();
    await expect(within(dialog).getByRole('button', { name: mutualAlice })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(canvas.queryByRole('dialog')).toBeNull());
    await expect(canvas.getByRole('link', { name: 'Alice Martin' })).toHaveFocus();
  },
};

/**
 * The trigger inside a `<p>`, with the card in a portal (`container={document.body}`): the
 * markup stays valid, and Tab still goes name → card → the post's next link.
 */
export const InAParagraph: Story = {
  render: (args) => (
    <div style={{ minBlockSize: '22rem' }}>
      <p>
        Posted by <ProfileHoverCard {...args} container={document.body} /> ·{' '}
        <a href="#/post/1">2 h</a>
      </p>
      <button type="button">After</button>
    </div>
  ),
  play: async ({ canvasElement, globals }) => {
    const { t } = storyMessages(globals);
    const mutualAlice = t('buttonName', { action: t('mutual'), name: 'Alice Martin' });
    const canvas = within(canvasElement);
    const page = within(canvasElement.ownerDocument.body);
    await userEvent.tab();
    await expect(canvas.getByRole('link', { name: 'Alice Martin' })).toHaveFocus();
    const dialog = await page.findByRole('dialog', { name: 'Alice Martin' });
    await expect(canvasElement).not.toContainElement(dialog);
    const follow = await within(dialog).findByRole('button', { name: mutualAlice });
    await userEvent.tab();
    await expect(follow).toHaveFocus();
    const controls = within(dialog).getAllByRole('button');
    controls[controls.length - 1]?.focus();
    await userEvent.tab();
    await expect(canvas.getByRole('link', { name: '2 h' })).toHaveFocus();
    await waitFor(() => expect(page.queryByRole('dialog')).toBeNull());
  },
};

export const RightToLeft: Story = {
  args: { userID: 'noa', children: <a href="#/u/noa">נועה לוי</a> },
  globals: { direction: 'rtl' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.hover(canvas.getByRole('link'));
    await canvas.findByRole('dialog', { name: 'נועה לוי' });
  },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  play: OnHover.play,
};
