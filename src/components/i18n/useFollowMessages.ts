import { useMemo } from 'react';
import { useFollowKit } from '../../query/FollowProvider';
import { createFollowTranslator, type FollowTranslator } from './translator';

/**
 * The components' texts for the provider's `locale`: English ← the locale's catalog ← the
 * provider's `messages`, with `{placeholder}` filling, plural forms and number formats.
 *
 * @example const { t } = useFollowMessages(); t('followersCount', { count: 1999 })
 */
export function useFollowMessages(): FollowTranslator {
  const { locale, messages } = useFollowKit();
  return useMemo(() => createFollowTranslator(locale, messages), [locale, messages]);
}
