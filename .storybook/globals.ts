import type { GlobalTypes } from 'storybook/internal/types';
import type { FollowLocale } from '../src/components/i18n/messages';
import { isScenarioName, type ScenarioName, STORY_SCENARIOS } from './scenarios';

const USERS = [
  { value: 'me', title: 'me — Mia Chen (demo default)' },
  { value: 'alice', title: 'alice — Alice Martin (mutual with me)' },
  { value: 'chen-wei', title: 'chen-wei — 陈伟' },
  { value: 'fiona', title: 'fiona — Famous Fiona (many fans)' },
  { value: 'user_8f3a2c', title: 'user_8f3a2c — no profile' },
];

const LOCALES: Array<{ value: FollowLocale; title: string }> = [
  { value: 'en', title: 'English' },
  { value: 'zh-CN', title: '简体中文' },
  { value: 'ko', title: '한국어' },
  { value: 'ja', title: '日本語' },
];

/** The toolbar menus. Stories pin one with `globals: { scenario: 'slow' }`. */
export const globalTypes: GlobalTypes = {
  user: {
    description: 'Signed-in user',
    toolbar: { title: 'User', icon: 'user', items: USERS, dynamicTitle: true },
  },
  locale: {
    description: 'Locale of the kit',
    toolbar: { title: 'Locale', icon: 'globe', items: LOCALES, dynamicTitle: true },
  },
  theme: {
    description: 'Colour theme (data-rfk-theme)',
    toolbar: {
      title: 'Theme',
      icon: 'contrast',
      items: [
        { value: 'light', title: 'Light', icon: 'sun' },
        { value: 'dark', title: 'Dark', icon: 'moon' },
      ],
      dynamicTitle: true,
    },
  },
  direction: {
    description: 'Text direction',
    toolbar: {
      title: 'Direction',
      icon: 'transfer',
      items: [
        { value: 'ltr', title: 'Left to right' },
        { value: 'rtl', title: 'Right to left' },
      ],
      dynamicTitle: true,
    },
  },
  scenario: {
    description: 'Mock server behaviour',
    toolbar: {
      title: 'Scenario',
      icon: 'lightning',
      items: Object.entries(STORY_SCENARIOS).map(([value, { title }]) => ({ value, title })),
      dynamicTitle: true,
    },
  },
};

export const initialGlobals = {
  user: 'me',
  locale: 'en',
  theme: 'light',
  direction: 'ltr',
  scenario: 'normal',
};

/** The toolbar's values, checked (a hand-edited URL can carry anything). */
export interface StorySettings {
  userID: string;
  locale: string;
  theme: 'light' | 'dark';
  direction: 'ltr' | 'rtl';
  scenario: ScenarioName;
}

export function readGlobals(globals: Record<string, unknown>): StorySettings {
  const text = (name: keyof typeof initialGlobals) => {
    const value = globals[name];
    return typeof value === 'string' && value !== '' ? value : initialGlobals[name];
  };
  return {
    userID: text('user'),
    locale: text('locale'),
    theme: text('theme') === 'dark' ? 'dark' : 'light',
    direction: text('direction') === 'rtl' ? 'rtl' : 'ltr',
    scenario: isScenarioName(globals.scenario) ? globals.scenario : 'normal',
  };
}
