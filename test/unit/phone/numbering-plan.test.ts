import { describe, expect, it } from 'vitest';
import { getExampleNumber, parsePhoneNumberWithError, type MetadataJson } from 'libphonenumber-js/core';
import examples from 'libphonenumber-js/mobile/examples';
import maxMetadata from 'libphonenumber-js/metadata.max.json';
import mobileMetadata from 'libphonenumber-js/metadata.mobile.json';
import { getCountries, metadata } from '../../../src/phone/metadata.js';
import { getCountriesForCallingCode, getNumberingPlan } from '../../../src/phone/numbering-plan.js';
import { checkNationalNumber } from '../../../src/phone/parse-phone.js';

const max = maxMetadata as unknown as MetadataJson;

describe('numbering plans', () => {
  it('uses the mobile metadata set', () => {
    expect(metadata).toBe(mobileMetadata);
  });

  it('knows calling codes and their countries, main country first', () => {
    expect(getCountriesForCallingCode('1').slice(0, 2)).toEqual(['US', 'AG']);
    expect(getCountriesForCallingCode('44')).toEqual(expect.arrayContaining(['GB', 'GG', 'IM', 'JE']));
    expect(getCountriesForCallingCode('44')[0]).toBe('GB');
    expect(getCountriesForCallingCode('7')).toEqual(['RU', 'KZ']);
    expect(getCountriesForCallingCode('999')).toEqual([]);
    expect(getCountriesForCallingCode('800')).toEqual([]);
    expect(getCountriesForCallingCode('abc')).toEqual([]);
  });

  it('knows the lengths of a country’s mobile and other numbers, ascending', () => {
    expect(getNumberingPlan('CN')?.mobile?.possibleLengths.at(-1)).toBe(11);
    expect(getNumberingPlan('US')?.mobile?.possibleLengths.at(-1)).toBe(10);
    expect(getNumberingPlan('GB')?.mobile?.possibleLengths.at(-1)).toBe(10);
    expect(getNumberingPlan('CN')?.general.possibleLengths.at(-1)).toBeGreaterThanOrEqual(12);
  });

  it('returns nothing for unknown countries', () => {
    expect(getNumberingPlan('XX')).toBeUndefined();
    expect(getNumberingPlan('001')).toBeUndefined();
  });

  it("agrees with libphonenumber-js's own type detection on the max metadata (MOBILE or FIXED_LINE_OR_MOBILE)", () => {
    for (const country of getCountries()) {
      const example = getExampleNumber(country, examples, metadata);
      if (!example) continue;
      const plan = getNumberingPlan(country);
      expect(plan, country).toBeDefined();
      const byMax = parsePhoneNumberWithError(example.number, max);
      const ours = checkNationalNumber(plan!, example.nationalNumber, true);
      const type = byMax.getType();
      const isMobile = type === 'MOBILE' || type === 'FIXED_LINE_OR_MOBILE';
      // Numbers of countries sharing a calling code are typed by the country the max set picks.
      if (byMax.country === country)
        expect({ country, mobile: ours === undefined }).toEqual({ country, mobile: isMobile });
    }
  });

  it('refuses landlines the max metadata calls FIXED_LINE', () => {
    for (const [country, national] of [
      ['GB', '2079460958'],
      ['CN', '1065529988'],
      ['FR', '123456789'],
      ['DE', '30123456'],
      ['SG', '61234567'],
    ] as const) {
      const byMax = parsePhoneNumberWithError(national, country, max);
      expect(byMax.getType()).toBe('FIXED_LINE');
      expect(checkNationalNumber(getNumberingPlan(country)!, national, true)).toBe('NOT_MOBILE');
      expect(checkNationalNumber(getNumberingPlan(country)!, national, false)).toBeUndefined();
    }
  });
});
