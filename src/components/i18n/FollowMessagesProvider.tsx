'use client';

import { createContext, type ReactNode, useContext, useMemo } from 'react';
import type { FollowCatalogs } from './catalogs';
import type { FollowLocale, FollowMessages } from './messages';
import {
  bindTranslator,
  type FollowLocaleMessages,
  type FollowTranslator,
  resolveLocaleMessages,
} from './translator';

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

const MessagesContext = /* @__PURE__ */ createContext<FollowLocaleMessages | null>(null);
let outsideProvider: FollowLocaleMessages | undefined;

function englishOutsideProvider(): FollowLocaleMessages {
  outsideProvider ??= resolveLocaleMessages('en');
  return outsideProvider;
}

/** The components' texts and number formats for `locale`; `FollowProvider` renders it. */
export function FollowMessagesProvider({
  locale = 'en',
  catalogs,
  messages,
  children,
}: FollowMessagesProviderProps) {
  const resolved = useMemo(
    () => resolveLocaleMessages(locale, messages, catalogs),
    [locale, messages, catalogs],
  );
  return <MessagesContext.Provider value={resolved}>{children}</MessagesContext.Provider>;
}

/**
 * The texts for the provider's `locale`: `english` (a component passes its own part of the
 * English catalog; pass `en` for all of it) ← the provider's catalog for the locale ← its
 * `messages`, with `{placeholder}` filling, plural forms and number formats. Outside a
 * provider: `english` with English number formats.
 *
 * @example const { t } = useFollowMessages(en); t('followersCount', { count: 1999 })
 */
export function useFollowMessages(english: Partial<FollowMessages>): FollowTranslator {
  const resolved = useContext(MessagesContext) ?? englishOutsideProvider();
  return useMemo(() => bindTranslator(resolved, english), [resolved, english]);
}
