import { countryFlag } from './country-flag.js';
import { getCountries, getCountryCallingCode, isSupportedCountry } from '../metadata.js';
import type { CountryCode, CountryOption } from '../types.js';

/** Which countries `getCountryOptions` lists, and which of them come first. */
export interface CountryOptionsOptions {
  /**
   * Only these countries. Codes libphonenumber-js does not know are skipped, as are repeats.
   * @default every country libphonenumber-js knows
   */
  countries?: readonly CountryCode[];
  /**
   * Listed first, in this order, with `preferred: true`. Codes not in `countries` are skipped.
   * @default []
   */
  preferred?: readonly CountryCode[];
}

const FALLBACK_LOCALE = 'en-US';
const listCache = new Map<string, readonly CountryOption[]>();
// Intl.getCanonicalLocales costs tens of microseconds, and the picker asks on every keystroke.
const canonicalCache = new Map<string, string>();
const displayNamesCache = new Map<string, Intl.DisplayNames>();

/** `cache`'s value for `key`, made once; bounded, so a host passing ever-new arguments cannot grow it without end. */
function cached<T>(cache: Map<string, T>, key: string, make: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    if (cache.size >= 64) cache.delete(cache.keys().next().value ?? key);
    cache.set(key, value);
  }
  return value;
}

/**
 * A BCP 47 tag Intl accepts: the canonical form of `locale`, or en-US when it is missing or
 * malformed, so a bad prop degrades to English names instead of throwing during render.
 */
export function canonicalLocale(locale: string | undefined): string {
  if (!locale) return FALLBACK_LOCALE;
  return cached(canonicalCache, locale, () => {
    try {
      return Intl.getCanonicalLocales(locale)[0] ?? FALLBACK_LOCALE;
    } catch {
      return FALLBACK_LOCALE;
    }
  });
}

const displayNames = (locale: string, style: 'long' | 'short') =>
  cached(
    displayNamesCache,
    `${locale}|${style}`,
    () => new Intl.DisplayNames([locale, FALLBACK_LOCALE], { type: 'region', style, fallback: 'none' }),
  );

/** The name of a region in a locale, falling back to English and then to the code itself. */
export function countryName(code: CountryCode, locale: string, style: 'long' | 'short' = 'long'): string {
  return displayNames(locale, style).of(code) ?? displayNames(FALLBACK_LOCALE, style).of(code) ?? code;
}

/** Upper-cased, without repeats, and only codes libphonenumber-js knows. */
function uniqueKnown(codes: readonly string[]): CountryCode[] {
  return [...new Set(codes.map((code) => String(code).toUpperCase()))].filter(isSupportedCountry);
}

function buildOptions(locale: string, options: CountryOptionsOptions): readonly CountryOption[] {
  const countries = uniqueKnown(options.countries ?? getCountries());
  const preferred = uniqueKnown(options.preferred ?? []).filter((code) => countries.includes(code));

  const make = (code: CountryCode): CountryOption =>
    Object.freeze({
      code,
      callingCode: `+${getCountryCallingCode(code)}`,
      name: countryName(code, locale),
      englishName: countryName(code, FALLBACK_LOCALE),
      flag: countryFlag(code),
      preferred: preferred.includes(code),
    });

  const collator = new Intl.Collator([locale, FALLBACK_LOCALE]);
  const rest = countries
    .filter((code) => !preferred.includes(code))
    .map(make)
    .sort((a, b) => collator.compare(a.name, b.name) || (a.code < b.code ? -1 : 1));
  // Each country appears once: a preferred country is not repeated in the full list, so option
  // ids stay unique and the arrow keys never visit the same country twice.
  return Object.freeze([...preferred.map(make), ...rest]);
}

/**
 * The countries for a picker, in the UI locale: names from `Intl.DisplayNames`, sorted with
 * `Intl.Collator`, preferred countries first in the given order.
 *
 * Memoized per (locale, countries, preferred), so calling it on every render is cheap and returns
 * the same array while the inputs are the same. The result is frozen because it is shared.
 *
 * @example getCountryOptions('zh-CN', { preferred: ['CN'] })[0] // { code: 'CN', name: '中国', callingCode: '+86', … }
 */
export function getCountryOptions(
  locale: string | undefined,
  options: CountryOptionsOptions = {},
): readonly CountryOption[] {
  const tag = canonicalLocale(locale);
  const key = `${tag}|${options.countries?.join(',') ?? '*'}|${options.preferred?.join(',') ?? ''}`;
  return cached(listCache, key, () => buildOptions(tag, options));
}
