import type { StorybookConfig } from '@storybook/react-vite';

const config: StorybookConfig = {
  framework: '@storybook/react-vite',
  stories: ['../src/**/*.stories.@(ts|tsx)', '../.storybook/**/*.stories.tsx'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // mockServiceWorker.js (from `npx msw init public`) must be served beside iframe.html.
  staticDirs: ['../public'],
  // Offline by design: no telemetry, no what's-new look-ups.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
};

export default config;
