import { createFollowTranslator } from '../src/components/i18n/index';
import { ALL_CATALOGS } from '../test/catalogs';
import { readGlobals } from './globals';

/**
 * The kit's translator for the story's toolbar locale: play functions find text through it
 * (and by role), so they pass in every locale the toolbar offers.
 */
export function storyMessages(globals: Record<string, unknown>) {
  return createFollowTranslator(readGlobals(globals).locale, undefined, ALL_CATALOGS);
}
