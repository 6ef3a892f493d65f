import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { Avatar } from './Avatar';

const DATA_URI_AVATAR = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">' +
    '<rect width="64" height="64" fill="#46a758"/><circle cx="32" cy="32" r="14" fill="#fff"/></svg>',
)}`;

const meta = {
  title: 'Components/Avatar',
  component: Avatar,
  tags: ['autodocs'],
  args: { userID: 'ada', name: 'Ada Lovelace', size: 'lg' },
} satisfies Meta<typeof Avatar>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A picture from an ordinary URL (served from Storybook's static folder). */
export const Image: Story = {
  args: { src: './story-assets/avatar-ada.svg' },
  play: async ({ canvasElement }) => {
    const image = within(canvasElement).getByRole('img', { name: 'Ada Lovelace' });
    await waitFor(() => expect((image as HTMLImageElement).naturalWidth).toBeGreaterThan(0));
    await expect(image.closest('[data-state]')).toHaveAttribute('data-state', 'image');
  },
};

/** Tencent profiles often carry `data:image/…` URIs; they load like any image. */
export const DataUri: Story = {
  args: { src: DATA_URI_AVATAR },
  play: async ({ canvasElement }) => {
    const image = within(canvasElement).getByRole('img', { name: 'Ada Lovelace' });
    await expect(image).toHaveAttribute('src', DATA_URI_AVATAR);
  },
};

/** A hostile `javascript:` URL is never put in an `<img>`: initials show instead. */
export const JavascriptUrlFallsBack: Story = {
  args: { src: 'javascript:alert(1)' },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('img')).toBeNull();
    const fallback = within(canvasElement).getByRole('img', { name: 'Ada Lovelace' });
    await expect(fallback).toHaveTextContent('AL');
  },
};

/**
 * An image that cannot be shown falls back to the initials. Here its bytes are no image: a
 * 404 takes the same path (the `error` event) but would log an error in every story load.
 */
export const BrokenImage: Story = {
  args: { src: `data:image/png;base64,${btoa('not an image')}` },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvasElement.querySelector('img')).toBeNull());
    await expect(canvas.getByRole('img', { name: 'Ada Lovelace' })).toHaveTextContent('AL');
  },
};

/** Without a name the user ID labels the avatar and gives the initial. */
export const UserIdOnly: Story = {
  args: { name: undefined, userID: 'user_8f3a2c' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('img', { name: 'user_8f3a2c' })).toHaveTextContent(
      'U',
    );
  },
};

export const Sizes: Story = {
  render: (args) => (
    <div style={{ display: 'flex', gap: '1rem', alignItems: 'center' }}>
      <Avatar {...args} size="sm" />
      <Avatar {...args} size="md" />
      <Avatar {...args} size="lg" />
    </div>
  ),
};
