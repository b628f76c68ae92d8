import { Metadata } from 'libphonenumber-js/core';
import { isSupportedCountry, metadata } from './metadata.js';
import type { CountryCode } from './types.js';

/** The facts of one country's numbering plan that validation and the length guard need. */
export interface NumberingPlan {
  /** Calling code without the plus, e.g. `44`. */
  callingCode: string;
  /** Matches the international (IDD) prefixes dialled from this country at the start of digits. */
  iddPrefix: RegExp | undefined;
  /** The national (trunk) prefix, e.g. `0` in GB, `8` in RU, `1` in the US. */
  nationalPrefix: string | undefined;
  /** Source of the regular expression every national significant number of the country matches. */
  nationalNumberPattern: string;
  /** Lengths a national significant number of the country can have, ascending. */
  possibleLengths: readonly number[];
  /**
   * What a mobile number of the country looks like, or undefined when the metadata knows none.
   * Where fixed and mobile numbers share one pattern (US, CA) this is that shared pattern; where
   * the metadata has no type patterns for the country, it is the general pattern.
   */
  mobile: { pattern: string; possibleLengths: readonly number[] } | undefined;
}

// The parts of a libphonenumber-js numbering plan used here. Most are not in its type
// declarations, but they are what its own parser and `getNumberType()` read.
interface MetadataPlan {
  callingCode(): string;
  IDDPrefix(): string | undefined;
  nationalPrefix(): string | undefined;
  nationalNumberPattern(): string;
  possibleLengths(): number[] | undefined;
  hasTypes(): boolean;
  type(
    type: 'MOBILE' | 'FIXED_LINE',
  ): { pattern(): string; possibleLengths(): number[] | undefined } | undefined;
}

const internals = new Metadata(metadata);
const plans = new Map<string, NumberingPlan | undefined>();

function mobileType(plan: MetadataPlan, general: readonly number[]): NumberingPlan['mobile'] {
  // No type patterns at all (TA in the `mobile` set): fixed and mobile cannot be told apart, as
  // the `max` set says for TA ("fixed line or mobile"), so any valid number counts.
  if (!plan.hasTypes()) return { pattern: plan.nationalNumberPattern(), possibleLengths: general };
  // Mirrors libphonenumber-js getNumberType(): an empty mobile pattern, or no mobile type next to
  // a fixed-line one, means "fixed line or mobile" (the NANP countries in the `min` and `max` sets).
  const type = [plan.type('MOBILE'), plan.type('FIXED_LINE')].find((candidate) => candidate?.pattern());
  return type && { pattern: type.pattern(), possibleLengths: type.possibleLengths() ?? general };
}

function readPlan(country: CountryCode): NumberingPlan {
  internals.selectNumberingPlan(country);
  const plan = internals.numberingPlan as unknown as MetadataPlan;
  const possibleLengths = [...(plan.possibleLengths() ?? [])].sort((x, y) => x - y);
  const idd = plan.IDDPrefix();
  return {
    callingCode: plan.callingCode(),
    iddPrefix: idd ? new RegExp(`^(?:${idd})`) : undefined,
    nationalPrefix: plan.nationalPrefix() || undefined,
    nationalNumberPattern: plan.nationalNumberPattern(),
    possibleLengths,
    mobile: mobileType(plan, possibleLengths),
  };
}

/** The numbering plan of `country`, or undefined when the metadata does not know the country. */
export function getNumberingPlan(country: string): NumberingPlan | undefined {
  if (!plans.has(country)) plans.set(country, isSupportedCountry(country) ? readPlan(country) : undefined);
  return plans.get(country);
}

/** The countries using a calling code (`'1'` → US, CA, …), main country first; [] if none. */
export function getCountriesForCallingCode(callingCode: string): CountryCode[] {
  return /^[1-9]\d{0,2}$/.test(callingCode) ? (metadata.country_calling_codes[callingCode] ?? []) : [];
}
