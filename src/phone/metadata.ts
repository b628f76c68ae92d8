// The one place that chooses the libphonenumber-js metadata set; everything else passes `metadata`
// or calls the functions bound to it here. The set is `mobile` (`node bench/metadata-size.mjs`: 23 kB gzip against 18.5 for
// `min`, which cannot tell a mobile from a landline in most countries, and 38 for `max`, whose
// fixed-line and toll-free patterns the kit never accepts). `parsePhone(…, { mobileOnly: false })`
// falls back to each country's general pattern and lengths (numbering-plan.ts).
import {
  getCountries as getCountriesCore,
  getCountryCallingCode as getCountryCallingCodeCore,
  isSupportedCountry as isSupportedCountryCore,
  type CountryCode,
  type MetadataJson,
} from 'libphonenumber-js/core';
import metadataJson from 'libphonenumber-js/metadata.mobile.json';

export const metadata = metadataJson as unknown as MetadataJson;

export const getCountries = (): CountryCode[] => getCountriesCore(metadata);

export const getCountryCallingCode = (country: CountryCode): string =>
  getCountryCallingCodeCore(country, metadata);

/** True when the metadata knows `country` (an ISO 3166-1 alpha-2 code). */
export function isSupportedCountry(country: string): country is CountryCode {
  return typeof country === 'string' && isSupportedCountryCore(country as CountryCode, metadata);
}
