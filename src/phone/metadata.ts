// The one place that chooses the libphonenumber-js metadata set. Everything else in the kit calls
// the functions re-exported here, bound to that metadata, so changing the set is a one-line change.
import {
  AsYouType as AsYouTypeCore,
  getCountries as getCountriesCore,
  getCountryCallingCode as getCountryCallingCodeCore,
  type CountryCode,
  type MetadataJson,
} from 'libphonenumber-js/core';
import metadataJson from 'libphonenumber-js/metadata.min.json';

export const metadata = metadataJson as unknown as MetadataJson;

export function getCountries(): CountryCode[] {
  return getCountriesCore(metadata);
}

export function getCountryCallingCode(country: CountryCode): string {
  return getCountryCallingCodeCore(country, metadata);
}

export class AsYouType extends AsYouTypeCore {
  constructor(defaultCountry?: CountryCode) {
    super(defaultCountry, metadata);
  }
}
