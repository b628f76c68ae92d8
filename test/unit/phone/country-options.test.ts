import { describe, expect, it } from 'vitest';
import { countryFlag } from '../../../src/phone/countries/country-flag.js';
import {
  canonicalLocale,
  countryName,
  getCountryOptions,
} from '../../../src/phone/countries/country-options.js';
import { getCountries } from '../../../src/phone/metadata.js';

describe('countryFlag', () => {
  it('builds the flag from regional indicator symbols', () => {
    expect(countryFlag('GB')).toBe('\u{1F1EC}\u{1F1E7}');
    expect(countryFlag('cn')).toBe('\u{1F1E8}\u{1F1F3}');
  });

  it('returns nothing for what is not two ASCII letters', () => {
    for (const bad of ['', 'G', 'GBR', '1A', 'É1', 'ÀB']) expect(countryFlag(bad)).toBe('');
  });
});

describe('getCountryOptions', () => {
  it('lists every country libphonenumber-js knows, once', () => {
    const options = getCountryOptions('en-US');
    expect(options).toHaveLength(getCountries().length);
    expect(new Set(options.map((o) => o.code)).size).toBe(options.length);
    const gb = options.find((o) => o.code === 'GB');
    expect(gb).toEqual({
      code: 'GB',
      callingCode: '+44',
      name: 'United Kingdom',
      englishName: 'United Kingdom',
      flag: countryFlag('GB'),
      preferred: false,
    });
  });

  it.each([
    ['en-US', 'US', 'United States'],
    ['zh-CN', 'US', '美国'],
    ['ja-JP', 'US', 'アメリカ合衆国'],
    ['ar', 'EG', 'مصر'],
  ])('names countries in %s, keeping the English name for search', (locale, code, name) => {
    const option = getCountryOptions(locale).find((o) => o.code === code);
    expect(option?.name).toBe(name);
    expect(option?.englishName).toBe(code === 'US' ? 'United States' : 'Egypt');
  });

  it.each(['en-US', 'zh-CN', 'ja-JP', 'ar'])('sorts by the collation of %s', (locale) => {
    const names = getCountryOptions(locale).map((o) => o.name);
    const collator = new Intl.Collator(locale);
    for (let i = 1; i < names.length; i += 1) {
      expect(collator.compare(names[i - 1] as string, names[i] as string)).toBeLessThanOrEqual(0);
    }
  });

  it('sorts Chinese names by pinyin, not by code point', () => {
    const names = getCountryOptions('zh-CN').map((o) => o.name);
    // 阿 (a) comes before 中 (zhong) and 美 (mei) before 英 (ying).
    expect(names.indexOf('阿富汗')).toBeLessThan(names.indexOf('美国'));
    expect(names.indexOf('美国')).toBeLessThan(names.indexOf('英国'));
    expect(names.indexOf('英国')).toBeLessThan(names.indexOf('中国'));
  });

  it('puts preferred countries first, in the given order, once', () => {
    const options = getCountryOptions('en-US', { preferred: ['US', 'CN', 'GB'] });
    expect(options.slice(0, 3).map((o) => o.code)).toEqual(['US', 'CN', 'GB']);
    expect(options.slice(0, 3).every((o) => o.preferred)).toBe(true);
    expect(options.slice(3).some((o) => o.preferred)).toBe(false);
    expect(options.filter((o) => o.code === 'US')).toHaveLength(1);
  });

  it('restricts to the given countries, skipping unknown codes, repeats and preferred ones outside', () => {
    const options = getCountryOptions('en-US', {
      // Unknown codes can come from untyped callers; they must not crash the list.
      countries: ['CN', 'HK', 'ZZ', 'cn', 'MO'] as never,
      preferred: ['MO', 'US'],
    });
    expect(options.map((o) => o.code)).toEqual(['MO', 'CN', 'HK']);
  });

  it('memoizes per locale and options, so renders get the same array', () => {
    expect(getCountryOptions('zh-CN')).toBe(getCountryOptions('zh-CN'));
    expect(getCountryOptions('en-US', { preferred: ['US'] })).toBe(
      getCountryOptions('en-US', { preferred: ['US'] }),
    );
    expect(getCountryOptions('en-US')).not.toBe(getCountryOptions('en-US', { preferred: ['US'] }));
    expect(Object.isFrozen(getCountryOptions('en-US'))).toBe(true);
  });

  it('falls back to English for a malformed or missing locale', () => {
    expect(canonicalLocale('not a locale!')).toBe('en-US');
    expect(canonicalLocale(undefined)).toBe('en-US');
    expect(getCountryOptions('not a locale!').find((o) => o.code === 'DE')?.name).toBe('Germany');
  });

  it('never shows a bare code when English has a name', () => {
    for (const option of getCountryOptions('zh-CN')) expect(option.name).not.toBe(option.code);
    expect(countryName('AC', 'en-US')).toBe('Ascension Island');
  });
});
