// Only en-US is inside the root entry; the other catalogs are `react-bind-phone/locales/*`, loaded
// by the kit on demand or imported and handed over as `messages`.
export { enUS } from './locales/en-US.js';
export { getMessages, loadMessages } from './catalogs.js';
export { mergeMessages } from './merge-messages.js';
export { formatMessage } from './format-message.js';
// Named for what it does here: the catalog a locale prop picks.
export { toServerLang as resolveLocale } from '../api/server-lang.js';
export { errorMessage } from './form-failure.js';
export * from './send-status-message.js';
export type { Messages, MessagesOverride, DeepPartial, SupportedLocale } from './types.js';
