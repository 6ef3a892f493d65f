import type { FollowMessages } from './messages';

/**
 * Catalogs an app hands to `FollowProvider`, by BCP 47 tag: opt-in imports from
 * `react-follow-kit/locales/<locale>` (English is built in).
 *
 * @example
 * import { ja } from 'react-follow-kit/locales/ja';
 * <FollowProvider catalogs={{ ja }} locale={navigator.language} … />
 */
export type FollowCatalogs = Readonly<Record<string, Partial<FollowMessages>>>;

// Traditional Chinese never falls back to Simplified: that would be wrong for its readers.
const TRADITIONAL_CHINESE = /^zh-(hant|tw|hk|mo)\b/i;

/**
 * The catalog of `catalogs` for a BCP 47 tag: an exact match (case-insensitive), else one of
 * the same language (`ja-JP` → `ja`, `zh-Hans-SG` → `zh-CN`, never for Traditional Chinese),
 * else none (English applies).
 */
export function catalogFor(
  locale: string,
  catalogs: FollowCatalogs | undefined,
): Partial<FollowMessages> | undefined {
  if (!catalogs) return undefined;
  const tags = Object.keys(catalogs);
  const exact = tags.find((tag) => tag.toLowerCase() === locale.toLowerCase());
  if (exact) return catalogs[exact];
  const language = languageOf(locale);
  if (language === 'zh' && TRADITIONAL_CHINESE.test(locale)) return undefined;
  const sameLanguage = tags.find((tag) => languageOf(tag) === language);
  return sameLanguage === undefined ? undefined : catalogs[sameLanguage];
}

function languageOf(tag: string): string {
  return tag.split(/[-_]/)[0]?.toLowerCase() ?? '';
}
