import type { Preview } from '@storybook/react-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import '../src/styles.css';
import './storybook.css';
import { globalTypes, initialGlobals } from './globals';
import { startMockWorker } from './mockBackend';
import { withFollowKit } from './withFollowKit';

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes,
  initialGlobals,
  loaders: [mswLoader(startMockWorker)],
  decorators: [withFollowKit],
  parameters: {
    // The decorator paints the theme's background edge to edge.
    layout: 'fullscreen',
    // axe runs after every story (and its play function); a violation fails the story's test.
    a11y: { test: 'error' },
  },
};

export default preview;
