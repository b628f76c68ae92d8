// Only en-US is inside the root entry; the other catalogs are `react-bind-phone/locales/*`, loaded
// by the kit on demand or imported and handed over as `messages`.
export { enUS } from './locales/en-US.js';
export { getMessages, loadMessages } from './catalogs.js';
export { mergeMessages } from './merge-messages.js';
export { formatMessage } from './format-message.js';
export { resolveLocale } from './resolve-locale.js';
export { errorMessage } from './form-failure.js';
export * from './send-status-message.js';
export type { Messages, MessagesOverride, DeepPartial, SupportedLocale } from './types.js';
