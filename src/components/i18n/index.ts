export { catalogFor, type FollowCatalogs } from './catalogs';
export {
  FollowMessagesProvider,
  type FollowMessagesProviderProps,
  useFollowMessages,
} from './FollowMessagesProvider';
export { en, type FollowLocale, type FollowMessages, type PluralMessage } from './messages';
export { createFollowTranslator, type FollowMessageKey, type FollowTranslator } from './translator';
export { displayNameOf, MAX_LABEL_TEXT } from './userText';
