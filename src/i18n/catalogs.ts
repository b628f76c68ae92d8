import { enUS } from './locales/en-US.js';
import { mergeMessages } from './merge-messages.js';
import { toServerLang } from '../api/server-lang.js';
import type { Messages, MessagesOverride, SupportedLocale } from './types.js';

/** The catalogs at hand: en-US always, the others once loaded. */
const loaded = new Map<SupportedLocale, Messages>([['en-US', enUS]]);
const requests = new Map<SupportedLocale, Promise<Messages>>();
const listeners = new Set<() => void>();

// One literal `import()` per locale, so a bundler splits each catalog into its own chunk and a page
// loads only the one it speaks (the same modules are the `react-bind-phone/locales/*` entries).
const IMPORTS: Record<Exclude<SupportedLocale, 'en-US'>, () => Promise<Messages>> = {
  'zh-CN': () => import('./locales/zh-CN.js').then((module) => module.zhCN),
  'zh-TW': () => import('./locales/zh-TW.js').then((module) => module.zhTW),
  'ja-JP': () => import('./locales/ja-JP.js').then((module) => module.jaJP),
};

/** Called after every catalog that arrives; returns the unsubscribe function. */
export function subscribeCatalogs(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Loads the catalog of a locale (any BCP 47 tag, matched like `locale` props) and keeps it, so every
 * part in that locale switches to it. One request per locale; a failed load is forgotten so a later
 * call tries again.
 */
export function loadMessages(locale: string | undefined): Promise<Messages> {
  const resolved = toServerLang(locale);
  const ready = loaded.get(resolved);
  if (ready) return Promise.resolve(ready);
  const request =
    requests.get(resolved) ??
    IMPORTS[resolved as keyof typeof IMPORTS]()
      .then((catalog) => {
        loaded.set(resolved, catalog);
        for (const listener of [...listeners]) listener();
        return catalog;
      })
      .finally(() => requests.delete(resolved));
  requests.set(resolved, request);
  return request;
}

/**
 * The catalog for a locale, with an optional deep-partial override applied. Synchronous: a locale
 * whose catalog is not loaded yet gives en-US under the override.
 */
export function getMessages(locale: string | undefined, override?: MessagesOverride): Messages {
  return mergeMessages(loaded.get(toServerLang(locale)) ?? enUS, override);
}

type Tree = { readonly [key: string]: unknown };

const covers = (reference: Tree, candidate: unknown): boolean =>
  !!candidate &&
  typeof candidate === 'object' &&
  Object.entries(reference).every(([key, value]) => {
    const found = (candidate as Tree)[key];
    return typeof value === 'string' ? typeof found === 'string' : covers(value as Tree, found);
  });

// Overrides are usually module constants or memoized props, so each is walked once.
const seen = new WeakMap<object, boolean>();

/**
 * True when an override has a string at every key of en-US (a whole catalog from
 * `react-bind-phone/locales/*`): then no base catalog shows through and none needs loading.
 */
export function coversCatalog(override: MessagesOverride | undefined): boolean {
  if (!override) return false;
  if (!seen.has(override)) seen.set(override, covers(enUS, override));
  return seen.get(override) === true;
}
