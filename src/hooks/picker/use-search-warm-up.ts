'use client';
import { useEffect } from 'react';
import { prepareCountrySearch } from '../../phone/search-countries.js';
import type { CountryOption } from '../../phone/types.js';

/**
 * Builds the search index of a picker's `options` once `ready` (the page has gone idle), so the
 * first key typed in its search field does not pay for it (2–3 ms at full speed, per locale).
 * Its one effect does the building.
 */
export function useSearchWarmUp(options: readonly CountryOption[], locale: string, ready: boolean): void {
  useEffect(() => {
    if (ready) prepareCountrySearch(options, locale);
  }, [options, locale, ready]);
}
