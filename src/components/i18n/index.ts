export { catalogFor, followCatalogs } from './catalogs';
export {
  FollowMessagesProvider,
  type FollowMessagesProviderProps,
  useFollowMessages,
} from './FollowMessagesProvider';
export { ja } from './ja';
export { ko } from './ko';
export { en, type FollowLocale, type FollowMessages, type PluralMessage } from './messages';
export { createFollowTranslator, type FollowMessageKey, type FollowTranslator } from './translator';
export { displayNameOf, MAX_LABEL_TEXT } from './userText';
export { zhCN } from './zhCN';
