'use client';

import { createContext, type ReactNode, useContext, useMemo } from 'react';
import type { FollowCatalogs } from './catalogs';
import type { FollowLocale, FollowMessages } from './messages';
import { createFollowTranslator, type FollowTranslator } from './translator';

/** Props of {@link FollowMessagesProvider}. */
export interface FollowMessagesProviderProps {
  /** Language of the components' text and number formats. @default 'en' */
  locale?: FollowLocale | (string & {}) | undefined;
  /**
   * Opt-in catalogs by locale, from `react-follow-kit/locales/<locale>`; the one matching
   * `locale` (or its language) applies. English is built in. @example { 'zh-CN': zhCN, ja }
   */
  catalogs?: FollowCatalogs | undefined;
  /** Overrides of any component message for the active locale (on top of its catalog). */
  messages?: Partial<FollowMessages> | undefined;
  children?: ReactNode;
}

const MessagesContext = /* @__PURE__ */ createContext<FollowTranslator | null>(null);
let english: FollowTranslator | undefined;

/** The components' texts and number formats for `locale`; `FollowProvider` renders it. */
export function FollowMessagesProvider({
  locale = 'en',
  catalogs,
  messages,
  children,
}: FollowMessagesProviderProps) {
  const translator = useMemo(
    () => createFollowTranslator(locale, messages, catalogs),
    [locale, messages, catalogs],
  );
  return <MessagesContext.Provider value={translator}>{children}</MessagesContext.Provider>;
}

/**
 * The components' texts for the provider's `locale`: English ← the provider's catalog for
 * the locale ← its `messages`, with `{placeholder}` filling, plural forms and number formats.
 * Outside a provider: English.
 *
 * @example const { t } = useFollowMessages(); t('followersCount', { count: 1999 })
 */
export function useFollowMessages(): FollowTranslator {
  const translator = useContext(MessagesContext);
  if (translator) return translator;
  english ??= createFollowTranslator('en');
  return english;
}
