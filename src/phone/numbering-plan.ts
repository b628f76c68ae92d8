import { Metadata } from 'libphonenumber-js/core';
import { isSupportedCountry, metadata } from './metadata.js';
import type { CountryCode } from './types.js';

/** Source of a regular expression national significant numbers match, and their lengths, ascending. */
type NumberType = { pattern: string; possibleLengths: readonly number[] };

/** The facts of one country's numbering plan that validation and the length guard need. */
export interface NumberingPlan {
  /** Calling code without the plus, e.g. `44`. */
  callingCode: string;
  /** Matches the international (IDD) prefixes dialled from this country at the start of digits. */
  iddPrefix: RegExp | undefined;
  /** The national (trunk) prefix, e.g. `0` in GB, `8` in RU, `1` in the US. */
  nationalPrefix: string | undefined;
  /** What every national significant number of the country looks like. */
  general: NumberType;
  /**
   * What a mobile number of the country looks like, or undefined when the metadata knows none.
   * Where fixed and mobile numbers share one pattern (US, CA) this is that shared pattern; where
   * the metadata has no type patterns for the country, it is the general pattern.
   */
  mobile: NumberType | undefined;
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

function mobileType(plan: MetadataPlan, general: NumberType): NumberType | undefined {
  // No type patterns at all (TA in the `mobile` set): fixed and mobile cannot be told apart, as
  // the `max` set says for TA ("fixed line or mobile"), so any valid number counts.
  if (!plan.hasTypes()) return general;
  // Mirrors libphonenumber-js getNumberType(): an empty mobile pattern, or no mobile type next to
  // a fixed-line one, means "fixed line or mobile" (the NANP countries in the `min` and `max` sets).
  const type = [plan.type('MOBILE'), plan.type('FIXED_LINE')].find((candidate) => candidate?.pattern());
  if (!type) return undefined;
  return { pattern: type.pattern(), possibleLengths: type.possibleLengths() ?? general.possibleLengths };
}

function readPlan(country: CountryCode): NumberingPlan {
  internals.selectNumberingPlan(country);
  const plan = internals.numberingPlan as unknown as MetadataPlan;
  const possibleLengths = [...(plan.possibleLengths() ?? [])].sort((x, y) => x - y);
  const general = { pattern: plan.nationalNumberPattern(), possibleLengths };
  const idd = plan.IDDPrefix();
  return {
    callingCode: plan.callingCode(),
    iddPrefix: idd ? new RegExp(`^(?:${idd})`) : undefined,
    nationalPrefix: plan.nationalPrefix() || undefined,
    general,
    mobile: mobileType(plan, general),
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
