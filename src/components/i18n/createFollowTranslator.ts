import type { FollowCatalogs } from './catalogs';
import { en } from './en';
import type { FollowMessages } from './messages';
import { bindTranslator, type FollowTranslator, resolveLocaleMessages } from './translator';

/**
 * A translator for `locale` with every message: all of English, then the catalog of
 * `catalogs` for the locale (see `catalogFor`), then `overrides`. For code outside the
 * components (a page around them, a test); components use `useFollowMessages`.
 */
export function createFollowTranslator(
  locale: string,
  overrides?: Partial<FollowMessages>,
  catalogs?: FollowCatalogs,
): FollowTranslator {
  return bindTranslator(resolveLocaleMessages(locale, overrides, catalogs), en);
}
