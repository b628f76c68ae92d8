// T2 of test-plan.md: golden cases, plus every country's example mobile number shipped with
// libphonenumber-js, each with the E.164 and the country it must give.
import { describe, expect, it } from 'vitest';
import { getExampleNumber } from 'libphonenumber-js/core';
import examples from 'libphonenumber-js/mobile/examples';
import { getCountries, metadata } from '../../../src/phone/metadata.js';
import { parsePhone } from '../../../src/phone/parse-phone.js';
import type { CountryCode } from '../../../src/phone/types.js';

type Golden = [label: string, input: string, chosen: CountryCode, e164: string, country: CountryCode];

const GOLDEN: Golden[] = [
  // Mainland China mobiles, every way people write them.
  ['CN 11 digits', '13800138000', 'CN', '+8613800138000', 'CN'],
  ['CN grouped 3-4-4', '138 0013 8000', 'CN', '+8613800138000', 'CN'],
  ['CN dashes', '138-0013-8000', 'CN', '+8613800138000', 'CN'],
  ['CN +86', '+86 138 0013 8000', 'CN', '+8613800138000', 'CN'],
  ['CN +86 from another country', '+86 13800138000', 'US', '+8613800138000', 'CN'],
  ['CN 0086', '0086 138 0013 8000', 'CN', '+8613800138000', 'CN'],
  ['CN 0086 from GB', '0086 138 0013 8000', 'GB', '+8613800138000', 'CN'],
  ['CN 86 without plus', '86 138 0013 8000', 'CN', '+8613800138000', 'CN'],
  ['CN full-width digits', '１３８００１３８０００', 'CN', '+8613800138000', 'CN'],
  ['CN full-width plus and digits', '＋８６ １３８ ００１３ ８０００', 'US', '+8613800138000', 'CN'],
  ['CN Arabic-Indic digits', '١٣٨٠٠١٣٨٠٠٠', 'CN', '+8613800138000', 'CN'],
  ['CN Persian digits', '۱۳۸۰۰۱۳۸۰۰۰', 'CN', '+8613800138000', 'CN'],
  ['CN Devanagari digits', '१३८००१३८०००', 'CN', '+8613800138000', 'CN'],
  ['CN mixed scripts', '138 ٠٠١٣ ８０００', 'CN', '+8613800138000', 'CN'],
  ['CN trailing newline', '13800138000\n', 'CN', '+8613800138000', 'CN'],
  ['CN surrounding spaces', '  13800138000  ', 'CN', '+8613800138000', 'CN'],
  ['CN NBSP groups', '138\u00a00013\u00a08000', 'CN', '+8613800138000', 'CN'],
  ['CN narrow NBSP', '138\u202f0013\u202f8000', 'CN', '+8613800138000', 'CN'],
  ['CN ideographic space', '138\u30000013\u30008000', 'CN', '+8613800138000', 'CN'],
  ['CN dots', '138.0013.8000', 'CN', '+8613800138000', 'CN'],
  ['CN en and em dashes', '138–0013—8000', 'CN', '+8613800138000', 'CN'],
  ['CN full-width hyphen', '138－0013－8000', 'CN', '+8613800138000', 'CN'],
  ['CN bidi marks', '\u200e+86\u200f 138\u2066 0013 8000\u2069', 'CN', '+8613800138000', 'CN'],
  ['CN zero-width space', '138\u200b0013\u200b8000', 'CN', '+8613800138000', 'CN'],
  ['CN tel: URI', 'tel:+8613800138000', 'US', '+8613800138000', 'CN'],
  ['CN 199 range', '199 1234 5678', 'CN', '+8619912345678', 'CN'],
  // Pastes of international numbers.
  ['GB +44', '+44 7400 123456', 'CN', '+447400123456', 'GB'],
  ['GB +44 (0)', '+44 (0) 7400 123456', 'CN', '+447400123456', 'GB'],
  ['GB +44 (0) tight', '+44(0)7400123456', 'US', '+447400123456', 'GB'],
  ['GB +44 0 (trunk kept by mistake)', '+44 07400 123456', 'CN', '+447400123456', 'GB'],
  ['GB 0044', '0044 7400 123456', 'CN', '+447400123456', 'GB'],
  ['GB 011 44 from US', '011 44 7400 123456', 'US', '+447400123456', 'GB'],
  ['GB 0044 from US (00 accepted everywhere)', '0044 7400 123456', 'US', '+447400123456', 'GB'],
  ['GB trunk 0', '07400 123456', 'GB', '+447400123456', 'GB'],
  ['GB no trunk', '7400 123456', 'GB', '+447400123456', 'GB'],
  ['GB (0) national', '(0)7400 123456', 'GB', '+447400123456', 'GB'],
  ['GB parens', '(07400) 123456', 'GB', '+447400123456', 'GB'],
  ['GB tel: national', 'tel:07400123456', 'GB', '+447400123456', 'GB'],
  ['GB slash', '07400/123456', 'GB', '+447400123456', 'GB'],
  ['FR +33 (0)', '+33 (0)6 12 34 56 78', 'CN', '+33612345678', 'FR'],
  ['FR trunk 0', '06 12 34 56 78', 'FR', '+33612345678', 'FR'],
  ['FR dots', '06.12.34.56.78', 'FR', '+33612345678', 'FR'],
  ['DE +49', '+49 151 23456789', 'CN', '+4915123456789', 'DE'],
  ['DE trunk 0', '0151 23456789', 'DE', '+4915123456789', 'DE'],
  ['DE +49 (0)', '+49 (0)151 2345 6789', 'FR', '+4915123456789', 'DE'],
  ['JP trunk 0', '090-1234-5678', 'JP', '+819012345678', 'JP'],
  ['JP 010 IDD from JP', '010 44 7400 123456', 'JP', '+447400123456', 'GB'],
  ['IN +91', '+91 81234 56789', 'CN', '+918123456789', 'IN'],
  ['AU trunk 0', '0412 345 678', 'AU', '+61412345678', 'AU'],
  ['AU 0011 IDD from AU', '0011 44 7400 123456', 'AU', '+447400123456', 'GB'],
  ['BR +55', '+55 11 96123-4567', 'CN', '+5511961234567', 'BR'],
  ['IT +39 mobile', '+39 312 345 6789', 'CN', '+393123456789', 'IT'],
  ['HK +852', '+852 5123 4567', 'CN', '+85251234567', 'HK'],
  ['TW trunk 0', '0912 345 678', 'TW', '+886912345678', 'TW'],
  ['KR trunk 0', '010-2000-0000', 'KR', '+821020000000', 'KR'],
  ['SG', '8123 4567', 'SG', '+6581234567', 'SG'],
  ['AE Arabic-Indic with +', '+٩٧١ ٥٠ ١٢٣ ٤٥٦٧', 'CN', '+971501234567', 'AE'],
  ['IR Persian trunk 0', '۰۹۱۲ ۳۴۵ ۶۷۸۹', 'IR', '+989123456789', 'IR'],
  ['RU trunk 8', '8 912 345-67-89', 'RU', '+79123456789', 'RU'],
  ['RU 810 IDD from RU', '810 44 7400 123456', 'RU', '+447400123456', 'GB'],
  ['AR mobile with 0 and 15', '011 15 2345 6789', 'AR', '+5491123456789', 'AR'],
  // NANP: shared +1, right country by the number, chosen country kept when valid for it.
  ['US national', '(201) 555-0123', 'US', '+12015550123', 'US'],
  ['US dashes', '201-555-0123', 'US', '+12015550123', 'US'],
  ['US dots', '201.555.0123', 'US', '+12015550123', 'US'],
  ['US trunk 1', '1 201 555 0123', 'US', '+12015550123', 'US'],
  ['US +1', '+1 (201) 555-0123', 'CN', '+12015550123', 'US'],
  ['US 001 from CN', '001 201 555 0123', 'CN', '+12015550123', 'US'],
  ['CA by the number while US chosen', '(506) 234-5678', 'US', '+15062345678', 'CA'],
  ['CA +1 from CN', '+1 506 234 5678', 'CN', '+15062345678', 'CA'],
  ['CA chosen, CA number', '506 234 5678', 'CA', '+15062345678', 'CA'],
  ['US by the number while CA chosen', '201 555 0123', 'CA', '+12015550123', 'US'],
  ['PR +1 787', '+1 787 234 5678', 'US', '+17872345678', 'PR'],
  ['AG +1 268', '+1 268 464 1234', 'GB', '+12684641234', 'AG'],
  // +44 shared with the Crown Dependencies.
  ['JE by the number', '+44 7797 712345', 'GB', '+447797712345', 'JE'],
  ['GG by the number', '07781 123456', 'GB', '+447781123456', 'GG'],
  // 07924 is in the Isle of Man's range and in GB's mobile ranges too: the main country wins
  // unless IM is the one chosen.
  ['IM range, nothing chosen on +44', '+44 7924 123456', 'CN', '+447924123456', 'GB'],
  ['IM range with IM chosen', '07924 123456', 'IM', '+447924123456', 'IM'],
  ['GB number stays GB when JE chosen', '+44 7400 123456', 'JE', '+447400123456', 'GB'],
  // +7, +61, +39, +358: chosen kept when the number is valid for it.
  ['KZ by the number', '+7 771 000 9998', 'RU', '+77710009998', 'KZ'],
  ['RU by the number', '+7 912 345 6789', 'KZ', '+79123456789', 'RU'],
  ['KZ trunk 8', '8 771 000 9998', 'KZ', '+77710009998', 'KZ'],
  ['AU number kept for CX', '+61 412 345 678', 'CX', '+61412345678', 'CX'],
  ['AU number kept for CC', '0412 345 678', 'CC', '+61412345678', 'CC'],
  ['AU number from AU', '+61 412 345 678', 'AU', '+61412345678', 'AU'],
  ['IT number kept for VA', '+39 312 345 6789', 'VA', '+393123456789', 'VA'],
  ['FI number kept for AX', '+358 41 2345678', 'AX', '+358412345678', 'AX'],
];

describe('parsePhone golden cases (T2)', () => {
  it('has at least 60 hand-written cases', () => {
    expect(GOLDEN.length).toBeGreaterThanOrEqual(60);
  });

  it.each(GOLDEN)('%s: %j (%s)', (_label, input, chosen, e164, country) => {
    const value = parsePhone(input, chosen);
    expect({ e164: value.e164, country: value.country, reason: value.reason }).toEqual({
      e164,
      country,
      reason: undefined,
    });
    expect(value.isValid).toBe(true);
    expect(`${value.callingCode}${value.nationalNumber}`).toBe(e164);
  });
});

describe("every country's example mobile number from libphonenumber-js", () => {
  const countries = getCountries();

  it('covers every country of the metadata', () => {
    expect(countries.length).toBeGreaterThan(240);
    for (const country of countries) expect(examples[country], country).toBeTruthy();
  });

  it.each(countries)('%s', (country) => {
    const example = getExampleNumber(country, examples, metadata);
    expect(example).toBeDefined();
    const e164 = example?.number as string;
    const national = example?.formatNational() as string;
    // National, as the user of that country types it.
    const typed = parsePhone(national, country);
    expect({ input: national, e164: typed.e164, country: typed.country, reason: typed.reason }).toEqual({
      input: national,
      e164,
      country,
      reason: undefined,
    });
    // International, pasted while another country is chosen: the number picks its own country
    // (or one that shares the calling code and accepts it).
    const pasted = parsePhone(example?.formatInternational() as string, country === 'CN' ? 'US' : 'CN');
    expect(pasted.e164).toBe(e164);
    expect(pasted.isValid).toBe(true);
    // The same pasted with the country chosen keeps it.
    expect(parsePhone(e164, country).country).toBe(country);
  });
});
