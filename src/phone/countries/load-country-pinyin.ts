import type { countryPinyin } from './country-pinyin.js';

/** The generated table of pinyin search keys (`src/phone/countries/country-pinyin.ts`). */
export type CountryPinyinTable = typeof countryPinyin;

let table: CountryPinyinTable | undefined;
let request: Promise<void> | undefined;
const listeners = new Set<() => void>();

/** The pinyin table if it has arrived, without loading it. */
export function loadedCountryPinyin(): CountryPinyinTable | undefined {
  return table;
}

/** Called once the pinyin table has arrived; returns the unsubscribe function. */
export function subscribeCountryPinyin(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Loads the pinyin search keys that `searchCountries` matches in Chinese locales (`meiguo`, `mg`
 * → 美国). Only Chinese locales need them, so they are a separate chunk (a dynamic `import()`);
 * the first search in a Chinese locale starts the load by itself, and searches from then on
 * match pinyin. Await this to have them from the first keystroke. One request however often it
 * is called; a failed load is forgotten so a later call tries again.
 */
export function loadCountryPinyin(): Promise<void> {
  if (table) return Promise.resolve();
  request ??= import('./country-pinyin.js').then(
    (module) => {
      table = module.countryPinyin;
      for (const listener of [...listeners]) listener();
    },
    (error: unknown) => {
      request = undefined;
      throw error;
    },
  );
  return request;
}
