import { createFollowTranslator } from '../src/components/i18n/index';
import { ALL_CATALOGS } from '../test/catalogs';
import { readGlobals } from './globals';

/** A follow button's visible texts, by relationship. */
type FollowAction = 'follow' | 'followBack' | 'following' | 'mutual';

/**
 * The kit's translator for the story's toolbar locale: play functions find text through it
 * (and by role), so they pass in every locale the toolbar offers. `button(action, name)` is
 * a follow button's accessible name ("Follow back Alice" in English).
 */
export function storyMessages(globals: Record<string, unknown>) {
  const translator = createFollowTranslator(readGlobals(globals).locale, undefined, ALL_CATALOGS);
  const { t } = translator;
  return {
    ...translator,
    button: (action: FollowAction, name: string) => t('buttonName', { action: t(action), name }),
  };
}
