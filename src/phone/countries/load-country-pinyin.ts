import { lazyImport } from './lazy-import.js';

/** The generated pinyin search keys, a chunk of their own: only Chinese locales need them. */
export const countryPinyinChunk = lazyImport(() => import('./country-pinyin.js'));

/** The pinyin table if it has arrived, without loading it. */
export const loadedCountryPinyin = () => countryPinyinChunk.loaded()?.countryPinyin;

/**
 * Loads the pinyin search keys that `searchCountries` matches in Chinese locales (`meiguo`, `mg`
 * → 美国). The first search in a Chinese locale starts the load by itself, and searches from then
 * on match pinyin; await this to have them from the first keystroke.
 */
export async function loadCountryPinyin(): Promise<void> {
  await countryPinyinChunk.load();
}
