'use client';

import { createContext, type ReactNode, useContext, useMemo } from 'react';
import type { FollowLocale, FollowMessages } from './messages';
import { createFollowTranslator, type FollowTranslator } from './translator';

/** Props of {@link FollowMessagesProvider}. */
export interface FollowMessagesProviderProps {
  /** Language of the components' text and number formats. @default 'en' */
  locale?: FollowLocale | (string & {}) | undefined;
  /** Overrides of any component message for the active locale. */
  messages?: Partial<FollowMessages> | undefined;
  children?: ReactNode;
}

const MessagesContext = /* @__PURE__ */ createContext<FollowTranslator | null>(null);
let english: FollowTranslator | undefined;

/** The components' texts and number formats for `locale`; `FollowProvider` renders it. */
export function FollowMessagesProvider({
  locale = 'en',
  messages,
  children,
}: FollowMessagesProviderProps) {
  const translator = useMemo(() => createFollowTranslator(locale, messages), [locale, messages]);
  return <MessagesContext.Provider value={translator}>{children}</MessagesContext.Provider>;
}

/**
 * The components' texts for the provider's `locale`: English ← the locale's catalog ← the
 * provider's `messages`, with `{placeholder}` filling, plural forms and number formats.
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
