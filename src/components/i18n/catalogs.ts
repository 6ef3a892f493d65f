import { ja } from './ja';
import { ko } from './ko';
import { en, type FollowLocale, type FollowMessages } from './messages';
import { zhCN } from './zhCN';

/** The shipped catalogs by locale. */
export const followCatalogs: Readonly<Record<FollowLocale, FollowMessages>> = {
  en,
  'zh-CN': zhCN,
  ko,
  ja,
};

// Traditional Chinese is not shipped: falling back to Simplified would be wrong for its readers.
const TRADITIONAL_CHINESE = /^zh-(hant|tw|hk|mo)\b/i;

/**
 * The shipped catalog for a BCP 47 tag: an exact match, else the language's (`ja-JP` → `ja`,
 * `zh-Hans-SG` → `zh-CN`), else none (English applies).
 */
export function catalogFor(locale: string): FollowMessages | undefined {
  const exact = (followCatalogs as Record<string, FollowMessages>)[locale];
  if (exact) return exact;
  const language = locale.split(/[-_]/)[0]?.toLowerCase();
  if (language === 'zh') return TRADITIONAL_CHINESE.test(locale) ? undefined : zhCN;
  if (language === 'ko') return ko;
  if (language === 'ja') return ja;
  return undefined;
}
