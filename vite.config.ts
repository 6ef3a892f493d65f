import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
/// <reference types="@vitest/browser-playwright" />
import { defineConfig } from 'vitest/config';
import type { BrowserCommand } from 'vitest/node';
import { recordFigure } from './bench/record.js';
import { chromiumLaunchOptions } from './scripts/chromium-launch.mjs';

/** The real-browser tier runs Debian's Chromium (see scripts/chromium-launch.mjs). */
const chromium = () =>
  playwright({
    launchOptions: chromiumLaunchOptions,
  });

/** A fresh object per project: Vitest writes each project's name into its instances. */
const browser = () => ({
  enabled: true,
  headless: true,
  provider: chromium(),
  instances: [{ browser: 'chromium' as const }],
  // A fixed viewport, so row counts and scroll positions are the same on every machine.
  viewport: { width: 1280, height: 900 },
  screenshotFailures: false,
});

/** Browser benches record figures server-side: node:fs does not exist in the page. */
const recordFigureCommand: BrowserCommand<[name: string, value: number, unit: string]> = (
  _context,
  name,
  value,
  unit,
) => recordFigure(name, value, unit);

/**
 * A real mouse wheel (Playwright's `mouse.wheel`) where the mouse already is: unlike
 * `userEvent.wheel`, no hover (and its actionability checks) before each of many steps.
 */
const mouseWheelCommand: BrowserCommand<[deltaX: number, deltaY: number]> = async (
  context,
  deltaX,
  deltaY,
) => {
  await context.page.mouse.wheel(deltaX, deltaY);
};

/**
 * The stories as tests, with `locale` as the toolbar's initial locale (stories that pin one
 * keep it): `.storybook/vitest.setup.ts` reads it with `inject('storyLocale')`. Projects of
 * a higher `groupOrder` start when those of lower ones have finished.
 */
function storybookProject(name: string, locale: string, groupOrder = 0) {
  return {
    plugins: [storybookTest({ configDir: '.storybook' })],
    test: {
      name,
      browser: browser(),
      setupFiles: '.storybook/vitest.setup.ts',
      provide: { storyLocale: locale },
      sequence: { groupOrder },
      testTimeout: 30_000,
    },
  };
}

export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          globals: true,
          setupFiles: ['./test/setup.ts'],
          include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts', 'test/**/*.test.{ts,tsx}'],
          exclude: ['test/browser/**', 'node_modules/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'bench',
          environment: 'jsdom',
          globals: true,
          setupFiles: ['./test/setup.ts'],
          include: ['bench/**/*.bench.test.{ts,tsx}'],
          exclude: ['bench/**/*.browser.bench.test.{ts,tsx}'],
        },
      },
      // Every story is a test: rendered in Chromium with its play function, then axe; once
      // with the toolbar's default locale, then under zh-CN after the first group (the e2e
      // checks' huge list must not share the CPU with two story passes), then ja and ko.
      storybookProject('storybook', 'en'),
      storybookProject('storybook-zh-CN', 'zh-CN', 1),
      storybookProject('storybook-ja', 'ja', 2),
      storybookProject('storybook-ko', 'ko', 2),
      // End-to-end checks on the profile page, with real events through Playwright.
      {
        extends: true,
        test: {
          name: 'e2e',
          browser: { ...browser(), commands: { mouseWheel: mouseWheelCommand } },
          setupFiles: ['./test/browser/setup.ts'],
          include: ['test/browser/**/*.browser.test.{ts,tsx}'],
          testTimeout: 60_000,
          // expect.element / expect.poll retry for this long, not the whole test timeout.
          expect: { poll: { timeout: 10_000 } },
        },
      },
      {
        extends: true,
        test: {
          name: 'bench-browser',
          browser: {
            ...browser(),
            commands: { mouseWheel: mouseWheelCommand, recordFigure: recordFigureCommand },
          },
          setupFiles: ['./test/browser/setup.ts'],
          include: ['bench/**/*.browser.bench.test.{ts,tsx}'],
          // One file at a time, after the jsdom benches: timings must not share the CPU.
          fileParallelism: false,
          sequence: { groupOrder: 1 },
          testTimeout: 120_000,
        },
      },
    ],
  },
});
