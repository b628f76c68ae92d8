import { enUS } from '../../src/i18n/locales/en-US.js';
import { jaJP } from '../../src/i18n/locales/ja-JP.js';
import { zhCN } from '../../src/i18n/locales/zh-CN.js';
import { zhTW } from '../../src/i18n/locales/zh-TW.js';
import { toServerLang } from '../../src/api/server-lang.js';
import type { Messages, SupportedLocale } from '../../src/i18n/types.js';
import type { ToolbarDir } from '../../.storybook/toolbar.js';

/**
 * Every shipped catalog, imported up front: the preview hands the toolbar's one to the stories at
 * once, and the play functions ask for names in the same words.
 */
export const STORY_CATALOGS: Readonly<Record<SupportedLocale, Messages>> = {
  'en-US': enUS,
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  'ja-JP': jaJP,
};

/** What a story's context carries of the toolbar. */
export interface StoryGlobals {
  globals: Record<string, unknown>;
}

/** The catalog locale in force: the toolbar's tag matched as the kit matches a `locale` prop. */
export function storyLocale({ globals }: StoryGlobals): SupportedLocale {
  return toServerLang(typeof globals.locale === 'string' ? globals.locale : undefined);
}

/** The catalog of the locale in force. */
export function storyMessages(context: StoryGlobals): Messages {
  return STORY_CATALOGS[storyLocale(context)];
}

/** The catalog a part with its own `locale` prop (any tag) speaks, whatever the toolbar says. */
export function catalogFor(locale: string): Messages {
  return STORY_CATALOGS[toServerLang(locale)];
}

/** The toolbar's direction. */
export function storyDir({ globals }: StoryGlobals): ToolbarDir {
  return globals.dir === 'rtl' ? 'rtl' : 'ltr';
}

/** `text` as a pattern that matches it literally. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A catalog message as a whole-text pattern, each `{name}` replaced by the pattern given for it
 * (for values a play function cannot pin, such as the seconds left on a running countdown).
 */
export function messagePattern(template: string, values: Record<string, string | RegExp>): RegExp {
  const source = template
    .split(/(\{\w+\})/)
    .map((part) => {
      const name = /^\{(\w+)\}$/.exec(part)?.[1];
      if (name === undefined || !Object.prototype.hasOwnProperty.call(values, name))
        return escapeRegExp(part);
      const value = values[name] as string | RegExp;
      return typeof value === 'string' ? escapeRegExp(value) : `(?:${value.source})`;
    })
    .join('');
  return new RegExp(`^${source}$`);
}
