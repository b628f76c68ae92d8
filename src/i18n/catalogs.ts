import { enUS } from './locales/en-US.js';
import { jaJP } from './locales/ja-JP.js';
import { zhCN } from './locales/zh-CN.js';
import { zhTW } from './locales/zh-TW.js';
import { mergeMessages } from './merge-messages.js';
import { resolveLocale } from './resolve-locale.js';
import type { Messages, MessagesOverride, SupportedLocale } from './types.js';

const CATALOGS: Readonly<Record<SupportedLocale, Messages>> = {
  'en-US': enUS,
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  'ja-JP': jaJP,
};

/** The catalog for a locale, with an optional deep-partial override applied. */
export function getMessages(locale: string | undefined, override?: MessagesOverride): Messages {
  const base = CATALOGS[resolveLocale(locale)];
  return override ? mergeMessages(base, override) : base;
}
