import { isSupportedCountry } from './metadata.js';
import type { CountryCode } from './types.js';

export interface DetectDefaultCountryOptions {
  /**
   * The UI locale (or a list, best first), e.g. `zh-CN`, `en`, `pt-BR`. When omitted, the
   * browser's `navigator.languages` at call time (never at import); on a server, none.
   * @default navigator.languages
   */
  locale?: string | readonly string[];
  /**
   * The country when no locale names a supported region.
   * @default 'CN'
   */
  fallback?: CountryCode;
}

function regionOf(locale: string): CountryCode | undefined {
  try {
    const region = new Intl.Locale(locale).maximize().region;
    return region && isSupportedCountry(region) ? region : undefined;
  } catch {
    return undefined;
  }
}

function browserLocales(): readonly string[] {
  const nav = (globalThis as { navigator?: { languages?: readonly string[]; language?: string } }).navigator;
  if (nav?.languages?.length) return nav.languages;
  return nav?.language ? [nav.language] : [];
}

/**
 * The country to preselect in the phone field: the region of the UI locale (`en` → US,
 * `zh-TW` → TW, `ja` → JP, likely-subtags filled in by `Intl.Locale#maximize`), else `fallback`.
 * Safe on a server and at import time.
 */
export function detectDefaultCountry({
  locale,
  fallback = 'CN',
}: DetectDefaultCountryOptions = {}): CountryCode {
  const locales = locale === undefined ? browserLocales() : typeof locale === 'string' ? [locale] : locale;
  for (const candidate of locales) {
    if (typeof candidate !== 'string' || !candidate) continue;
    const region = regionOf(candidate);
    if (region) return region;
  }
  return fallback;
}
