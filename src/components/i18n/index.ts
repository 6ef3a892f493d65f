export { catalogFor, followCatalogs } from './catalogs';
export { ja } from './ja';
export { ko } from './ko';
export { en, type FollowLocale, type FollowMessages, type PluralMessage } from './messages';
export { createFollowTranslator, type FollowMessageKey, type FollowTranslator } from './translator';
export { useFollowMessages } from './useFollowMessages';
export { zhCN } from './zhCN';
