'use client';
import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react';
import {
  loadCountryPinyin,
  loadedCountryPinyin,
  subscribeCountryPinyin,
} from '../../phone/countries/load-country-pinyin.js';
import { isChineseLocale, searchCountryList } from '../../phone/countries/search-countries.js';
import type { CountryOption } from '../../phone/types.js';

// Search only runs on user input, never in server HTML; the table is simply not there yet.
const serverSnapshot = () => undefined;

/**
 * `searchCountryList` for a picker in `locale`, as a function to call inside the memo of its
 * results. In Chinese locales the function changes when the pinyin table arrives, so results
 * ranked before it (without pinyin matches) are ranked again. Its one effect starts loading the
 * table when a Chinese-locale picker mounts, so it is normally there before the first keystroke.
 */
export function useCountrySearch(locale: string) {
  const chinese = useMemo(() => isChineseLocale(locale), [locale]);
  const pinyin = useSyncExternalStore(
    subscribeCountryPinyin,
    () => (chinese ? loadedCountryPinyin() : undefined),
    serverSnapshot,
  );

  useEffect(() => {
    // A failed load only means no pinyin matches; the next search in a Chinese locale retries.
    if (chinese) loadCountryPinyin().catch(() => undefined);
  }, [chinese]);

  // All the options for an empty query, else the ranked matches.
  return useCallback(
    (options: readonly CountryOption[], query: string) =>
      query ? searchCountryList(options, query, locale) : options,
    // `pinyin` is read inside searchCountryList, not here: listed so its arrival makes a new function.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [locale, pinyin],
  );
}
