import type { FollowCatalogs } from '../src/components/i18n/catalogs';
import { ja } from '../src/locales/ja';
import { ko } from '../src/locales/ko';
import { zhCN } from '../src/locales/zh-CN';

/** Every shipped opt-in catalog, as an app with a language switcher would hand them in. */
export const ALL_CATALOGS: FollowCatalogs = { 'zh-CN': zhCN, ko, ja };
