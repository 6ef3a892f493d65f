import * as a11yAddonAnnotations from '@storybook/addon-a11y/preview';
import { setProjectAnnotations } from '@storybook/react-vite';
import * as previewAnnotations from './preview';

// Stories run as Vitest tests (project 'storybook') with the same decorators, loaders (the msw
// worker) and globals as in Storybook, and the a11y addon's axe check after each play function.
setProjectAnnotations([a11yAddonAnnotations, previewAnnotations]);
