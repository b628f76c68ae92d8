import { isSupportedCountry } from '../metadata.js';
import type { CountryCode } from '../types.js';

export interface DetectDefaultCountryOptions {
  /**
   * The UI locale (or a list, best first), e.g. `zh-CN`, `en`, `pt-BR`; read at call time, never at
   * import (on a server there is none).
   * @default navigator.languages
   */
  locale?: string | readonly string[];
  /**
   * The country when no locale names a supported region.
   * @default 'CN'
   */
  fallback?: CountryCode;
}

/**
 * The country to preselect in the phone field: the region of the UI locale (`en` → US, `zh-TW` → TW,
 * `ja` → JP, likely subtags filled in by `Intl.Locale#maximize`), else `fallback`. Safe on a server.
 */
export function detectDefaultCountry({
  locale,
  fallback = 'CN',
}: DetectDefaultCountryOptions = {}): CountryCode {
  const nav = (globalThis as { navigator?: { languages?: readonly string[]; language?: string } }).navigator;
  const locales = [locale ?? (nav?.languages?.length ? nav.languages : (nav?.language ?? []))].flat();
  for (const candidate of locales) {
    try {
      const region = new Intl.Locale(candidate).maximize().region;
      if (region && isSupportedCountry(region)) return region;
    } catch {
      // A malformed tag names no region: the next one may.
    }
  }
  return fallback;
}
