export { catalogFor, type FollowCatalogs } from './catalogs';
export { createFollowTranslator } from './createFollowTranslator';
export { en } from './en';
export {
  FollowMessagesProvider,
  type FollowMessagesProviderProps,
  useFollowMessages,
} from './FollowMessagesProvider';
export type { FollowLocale, FollowMessages, PluralMessage } from './messages';
export type { FollowMessageKey, FollowTranslator } from './translator';
export { displayNameOf, MAX_LABEL_TEXT } from './userText';
