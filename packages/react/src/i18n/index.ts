export { lawStatusText } from './catalog';
export { en } from './locales/en';
export { catalogFor, MessagesProvider, type MessagesProviderProps, useMessages } from './messages';
export { type CompleteMessages, type KnownUnit, type Messages, plural } from './types';
