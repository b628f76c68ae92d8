// The one place that chooses the libphonenumber-js metadata set. Everything else in the kit calls
// the functions re-exported here, bound to that metadata, so changing the set is a one-line change.
//
// The set is `mobile`: it carries every country's formatting and parsing rules plus the regular
// expressions of mobile numbers, which is what an SMS kit validates against. Measured with
// `node bench/metadata-size.mjs` (libphonenumber-js 1.13.16, Vite 8 minified, gzip -9):
//
//   set       metadata gzip   bundle gzip (core + metadata)   US/CA mobile   SG type
//   min          18.5 kB          37.0 kB                     FIXED_LINE_OR_MOBILE   undefined
//   mobile       23.0 kB          41.7 kB                     MOBILE                 MOBILE
//   max          38.0 kB          56.9 kB                     FIXED_LINE_OR_MOBILE   MOBILE
//   subset       22.5 kB          40.9 kB                     MOBILE                 MOBILE
//
// `min` cannot tell a mobile from a landline for most countries (no type patterns); `max` costs
// 15 kB more for fixed-line, toll-free … patterns the kit never accepts. The generated subset
// (mobile minus non-geographic plans and redundant lengths) saves 0.5 kB but would freeze the
// metadata at generation time, where `mobile` follows libphonenumber-js updates. So: `mobile`.
// With it, fixed-line numbers fail `isValid()`; `parsePhone(…, { mobileOnly: false })` falls back
// to the country's general number pattern and lengths (see numbering-plan.ts).
import {
  AsYouType as AsYouTypeCore,
  getCountries as getCountriesCore,
  getCountryCallingCode as getCountryCallingCodeCore,
  isSupportedCountry as isSupportedCountryCore,
  parsePhoneNumberWithError as parsePhoneNumberWithErrorCore,
  type CountryCode,
  type MetadataJson,
  type PhoneNumber,
} from 'libphonenumber-js/core';
import metadataJson from 'libphonenumber-js/metadata.mobile.json';

export const metadata = metadataJson as unknown as MetadataJson;

/** The name of the metadata set in use, for tests and diagnostics. */
export const metadataSet = 'mobile';

export function getCountries(): CountryCode[] {
  return getCountriesCore(metadata);
}

export function getCountryCallingCode(country: CountryCode): string {
  return getCountryCallingCodeCore(country, metadata);
}

/** True when the metadata knows `country` (an ISO 3166-1 alpha-2 code). */
export function isSupportedCountry(country: string): country is CountryCode {
  return typeof country === 'string' && isSupportedCountryCore(country as CountryCode, metadata);
}

/** libphonenumber-js's parser bound to the metadata; throws a `ParseError` on bad input. */
export function parsePhoneNumberWithError(text: string, defaultCountry?: CountryCode): PhoneNumber {
  return defaultCountry
    ? parsePhoneNumberWithErrorCore(text, defaultCountry, metadata)
    : parsePhoneNumberWithErrorCore(text, metadata);
}

export class AsYouType extends AsYouTypeCore {
  constructor(defaultCountry?: CountryCode) {
    super(defaultCountry, metadata);
  }
}
