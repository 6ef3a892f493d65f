import '@testing-library/jest-dom/vitest';
import { setProjectAnnotations } from '@storybook/react-vite';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import * as previewAnnotations from '../../.storybook/preview';

// Composed stories (`composeStories`) get the Storybook preview: the msw worker loader and the
// `withFollowKit` decorator (a fresh mock server per story), as in Storybook itself.
setProjectAnnotations([previewAnnotations]);

afterEach(() => cleanup());
