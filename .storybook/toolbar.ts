/**
 * The toolbar's locales and directions, in one place: the preview offers them, the play functions
 * read them, and vite.config.ts runs every story once in each pair. No imports, so the Vitest
 * config can load it as it is.
 */
export const TOOLBAR_LOCALES = [
  { value: 'en-US', title: 'English' },
  { value: 'zh-CN', title: '简体中文' },
  { value: 'zh-TW', title: '繁體中文' },
  { value: 'ja-JP', title: '日本語' },
] as const;

export const TOOLBAR_DIRS = [
  { value: 'ltr', title: 'Left to right' },
  { value: 'rtl', title: 'Right to left' },
] as const;

export type ToolbarLocale = (typeof TOOLBAR_LOCALES)[number]['value'];
export type ToolbarDir = (typeof TOOLBAR_DIRS)[number]['value'];

/** The pair a story renders in unless the toolbar or the story says otherwise. */
export const DEFAULT_LOCALE: ToolbarLocale = 'en-US';
export const DEFAULT_DIR: ToolbarDir = 'ltr';
