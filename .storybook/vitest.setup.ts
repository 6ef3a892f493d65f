import * as a11yAddonAnnotations from '@storybook/addon-a11y/preview';
import { setProjectAnnotations } from '@storybook/react-vite';
import { inject } from 'vitest';
import { initialGlobals } from './globals';
import * as previewAnnotations from './preview';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The toolbar locale a story starts with in this project (`vite.config.ts`). */
    storyLocale: string;
  }
}

// Stories run as Vitest tests (projects 'storybook', 'storybook-zh-CN', 'storybook-ja', 'storybook-ko') with the same
// decorators, loaders (the msw worker) and globals as in Storybook, and the a11y addon's axe
// check after each play function. Each project starts the toolbar on its own locale.
setProjectAnnotations([
  a11yAddonAnnotations,
  previewAnnotations,
  { initialGlobals: { ...initialGlobals, locale: inject('storyLocale') } },
]);
